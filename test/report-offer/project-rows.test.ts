// The report's project rows name the education offers each project is carried out in (`aanbod`), in
// the werkplaats summary and in one project's summary, as JSON; the CSV keeps its columns.
import { describe, expect, it } from 'vitest';
import { EXAMPLE_KB, kwp } from '../helpers/kb.js';

describe('the aanbod of each project in the report', () => {
  it('is in every row of the project list, as the file lists it (none: an empty list)', async () => {
    const json = JSON.parse((await kwp(['report', '--kb', EXAMPLE_KB, '--format', 'json'])).stdout);
    const byId = new Map<string, string[]>(
      json.projectlijst.map((p: { id: string; aanbod: string[] }) => [p.id, p.aanbod]),
    );
    expect(byId.get('2026-energiecoaches-molenbeek')).toEqual(['afstuderen-built-environment-2026-2027']);
    expect(byId.get('2027-koele-routes-rivierenwijk')).toEqual([
      'afstuderen-built-environment-2026-2027',
      'masteronderzoek-stedelijke-transities-2026-2027',
    ]);
    expect(byId.get('2024-taalcafe-zandveld')).toEqual([]);
  });

  it('is in one project’s report too', async () => {
    const one = await kwp(['report', '2026-samen-online-oosterpark', '--kb', EXAMPLE_KB, '--format', 'json']);
    expect(JSON.parse(one.stdout).aanbod).toEqual(['stage-ict-support-2026-2027']);
  });

  it('leaves the CSV columns as they were', async () => {
    const csv = (await kwp(['report', '--kb', EXAMPLE_KB, '--format', 'csv'])).stdout.split('\r\n');
    expect(csv[0]).not.toMatch(/aanbod/);
    expect(csv[0]!.split(';')).toHaveLength(19);
  });
});
