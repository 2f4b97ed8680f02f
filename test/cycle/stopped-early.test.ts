// A project stopped while still in preparation: format.md asks a leader, a planning and content of
// every project that is not in voorbereiding, which a project stopped before it began never had.
// kwp asks a stopped project for its evaluation only, and lets it stop before its planned start.
import { describe, expect, it } from 'vitest';
import { kwp, makeKb, validateJson } from '../helpers/kb.js';

const preparation = (planning = '') => `---
id: 2027-plan
titel: Een plan
status: voorbereiding
programma: CDKM Test
kennisvraag: Wat als?
contactpersoon: {naam: Ahmed Yilmaz}
${planning}---

## Inhoud
`;

describe('stopping a project in voorbereiding', () => {
  it('without a planning: kwp evaluate stops it and the file stays valid', async () => {
    const root = makeKb({ 'knowledge/projecten/2027-plan.md': preparation() });
    const run = await kwp([
      'evaluate',
      '2027-plan',
      '--kb',
      root,
      '--conclusion',
      'Geen partners gevonden',
      '--status',
      'gestopt',
      '--yes',
    ]);
    expect(run.code).toBe(0);
    const { json } = await validateJson(root);
    expect(json.errors).toBe(0);
  });

  it('before its planned start: allowed for gestopt, refused for afgerond', async () => {
    const root = makeKb({
      'knowledge/projecten/2027-plan.md': preparation('planning: {start: 2027-02-01, einde: 2027-06-30}\n'),
    });
    const early = await kwp([
      'evaluate',
      '2027-plan',
      '--kb',
      root,
      '--conclusion',
      'Te weinig studenten',
      '--date',
      '2026-11-01',
      '--status',
      'gestopt',
      '--yes',
    ]);
    expect(early.code).toBe(0);
    expect(
      (await validateJson(root)).json.diagnostics.filter((d) => d.rule === 'evaluation-before-start'),
    ).toEqual([]);
    // Stopped before it started: no leader and no content needed, as without a planning.
    expect((await validateJson(root)).json.errors).toBe(0);
  });

  it('stopped after its planned start: a leader and content are needed, as for any project that ran', async () => {
    const root = makeKb({
      'knowledge/projecten/2027-plan.md': preparation(
        'planning: {start: 2027-02-01, einde: 2027-06-30}\n',
      ).replace('status: voorbereiding', 'status: gestopt\nevaluatie: {datum: 2027-03-01, conclusies: [x]}'),
    });
    const rules = (await validateJson(root)).json.diagnostics.map((d) => d.rule);
    expect(rules).toContain('missing-inhoud');
    expect(rules).toContain('required-for-status');
  });

  it('still reports a finished project evaluated before it started', async () => {
    const root = makeKb({
      'knowledge/projecten/2027-plan.md': preparation('planning: {start: 2027-02-01, einde: 2027-06-30}\n')
        .replace(
          'status: voorbereiding',
          'status: afgerond\nprojectleider: {naam: Femke de Vries}\nevaluatie: {datum: 2026-11-01, conclusies: [x]}',
        )
        .replace('## Inhoud\n', '## Inhoud\n\nTekst.\n'),
    });
    const { json } = await validateJson(root);
    expect(json.diagnostics.map((d) => d.rule)).toContain('evaluation-before-start');
  });
});
