// `kwp list` and `kwp show` on the example knowledge base, checked against what its files say.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kwp, REPO } from '../helpers/kb.js';

const kbArgs = ['--kb', REPO];

describe('kwp list', () => {
  it('lists every project as a table by default', async () => {
    const { code, stdout } = await kwp(['list', ...kbArgs]);
    expect(code).toBe(0);
    const rows = stdout.trim().split('\n').slice(2);
    expect(rows).toHaveLength(13);
    expect(rows[0]).toMatch(
      /^2024-eenzaamheid-ouderen-oosterpark\s+afgerond\s+2024-09-02\s+Oosterpark\s+Eenzaamheid/,
    );
  });

  it('gives records as read, dates as YYYY-MM-DD strings, plus path', async () => {
    const { stdout } = await kwp(['list', ...kbArgs, '--json']);
    const records = JSON.parse(stdout) as Record<string, unknown>[];
    expect(records).toHaveLength(13);
    const groen = records.find((r) => r['id'] === '2025-groene-schoolpleinen-rivierenwijk')!;
    expect(groen['path']).toBe('knowledge/projecten/2025-groene-schoolpleinen-rivierenwijk.md');
    expect(groen['planning']).toMatchObject({ start: '2025-02-03' });
    expect(groen['vervolg_op']).toEqual(['2024-hittekaart-rivierenwijk']);
  });

  it('filters by status, theme, area, programme and partner', async () => {
    const ids = async (...flags: string[]) =>
      (JSON.parse((await kwp(['list', ...kbArgs, '--json', ...flags])).stdout) as { id: string }[]).map(
        (r) => r.id,
      );
    expect(await ids('--status', 'gestopt')).toEqual([
      '2025-armoede-signalering-zandveld',
      '2025-deelmobiliteit-binnenstad',
    ]);
    expect(await ids('--status', 'lopend')).toHaveLength(4);
    expect(await ids('--area', 'Oosterpark')).toEqual([
      '2024-eenzaamheid-ouderen-oosterpark',
      '2025-digitale-buurtkamer-oosterpark',
      '2026-samen-online-oosterpark',
    ]);
    expect(await ids('--programme', 'CDKM Rivelde')).toHaveLength(7);
    expect(await ids('--theme', 'duurzaamheid')).toHaveLength(5);
    expect(await ids('--status', 'lopend', '--area', 'Rivierenwijk')).toEqual([
      '2026-onderhoud-schoolpleinen-door-buurt',
    ]);
    expect((await ids('--partner', 'Universiteit Oostland')).length).toBeGreaterThan(0);
  });

  it('lists questions and partners', async () => {
    const vragen = JSON.parse(
      (await kwp(['list', 'vragen', ...kbArgs, '--json', '--status', 'open'])).stdout,
    );
    // The open questions, read from the files themselves.
    const folder = join(REPO, 'knowledge', 'kennisvragen');
    const open = readdirSync(folder)
      .filter((name) => /^status: open$/m.test(readFileSync(join(folder, name), 'utf8')))
      .map((name) => name.slice(0, -'.md'.length))
      .sort();
    expect(open).toContain('geldzorgen-signalen-delen');
    expect(vragen.map((v: { id: string }) => v.id)).toEqual(open);
    const partners = await kwp(['list', 'partners', ...kbArgs]);
    expect(partners.stdout).toContain('gemeente-rivelde');
    expect(partners.stdout.trim().split('\n')).toHaveLength(2 + 19);
  });

  it('refuses an unknown kind or filter value with exit 2 and the allowed values', async () => {
    const kind = await kwp(['list', 'dingen', ...kbArgs]);
    expect(kind.code).toBe(2);
    expect(kind.stderr).toContain('projecten, vragen, partners, aanbod');
    const status = await kwp(['list', ...kbArgs, '--status', 'klaar']);
    expect(status.code).toBe(2);
    expect(status.stderr).toContain('voorbereiding, lopend, afgerond, gestopt');
    const theme = await kwp(['list', ...kbArgs, '--theme', 'duurzaamheit']);
    expect(theme.code).toBe(2);
    expect(theme.stderr).toContain('Bedoel je "duurzaamheid"?');
  });
});

describe('kwp show', () => {
  it('derives followed-by and the chain for a project', async () => {
    const { code, stdout } = await kwp([
      'show',
      '2025-groene-schoolpleinen-rivierenwijk',
      ...kbArgs,
      '--json',
    ]);
    expect(code).toBe(0);
    const record = JSON.parse(stdout);
    expect(record.vervolgd_door).toEqual(['2026-onderhoud-schoolpleinen-door-buurt']);
    expect(record.opgepakt_door).toEqual([]);
    expect(record.keten).toEqual([
      '2024-hittekaart-rivierenwijk',
      '2025-groene-schoolpleinen-rivierenwijk',
      '2026-onderhoud-schoolpleinen-door-buurt',
      '2027-koele-routes-rivierenwijk',
    ]);
  });

  it('orders a chain with two roots by start date', async () => {
    const { stdout } = await kwp(['show', '2026-geldzaken-en-taal-zandveld', ...kbArgs, '--json']);
    expect(JSON.parse(stdout).keten).toEqual([
      '2024-taalcafe-zandveld',
      '2025-armoede-signalering-zandveld',
      '2026-geldzaken-en-taal-zandveld',
    ]);
  });

  it('derives taken-up-by for a question', async () => {
    const { stdout } = await kwp(['show', 'taal-en-geldzaken', ...kbArgs, '--json']);
    const record = JSON.parse(stdout);
    expect(record.opgepakt_door).toEqual(['2026-geldzaken-en-taal-zandveld']);
    expect(record.path).toBe('knowledge/kennisvragen/taal-en-geldzaken.md');
  });

  it('derives the inverse of every link pointing at the kind, from the link table', async () => {
    const question = JSON.parse((await kwp(['show', 'taal-en-geldzaken', ...kbArgs, '--json'])).stdout);
    expect(question.voortgekomen_uit).toEqual(['2024-taalcafe-zandveld']);
    expect(question.vervolgd_door).toEqual([]);
    const project = JSON.parse((await kwp(['show', '2024-taalcafe-zandveld', ...kbArgs, '--json'])).stdout);
    expect(project.vragen).toEqual(['taal-en-geldzaken']);
    expect(project.opgepakt_door).toEqual([]);
    expect(project).not.toHaveProperty('projecten');
    const partner = await kwp(['show', 'bibliotheek-rivelde', ...kbArgs]);
    expect(partner.stdout).toContain(
      'projecten: 2024-taalcafe-zandveld, 2025-digitale-buurtkamer-oosterpark',
    );
    // An inverse no link of this kind can fill is left out of the text (the JSON keeps the key).
    expect(partner.stdout).not.toContain('vervolgd door');
    expect(
      JSON.parse((await kwp(['show', 'bibliotheek-rivelde', ...kbArgs, '--json'])).stdout).vervolgd_door,
    ).toEqual([]);
    expect(
      JSON.parse((await kwp(['show', 'bibliotheek-rivelde', ...kbArgs, '--json'])).stdout).projecten,
    ).toContain('2026-geldzaken-en-taal-zandveld');
  });

  it('shows a readable record with the derived links', async () => {
    const { stdout } = await kwp(['show', '2024-hittekaart-rivierenwijk', ...kbArgs]);
    expect(stdout).toContain('titel: Hittekaart van de Rivierenwijk');
    expect(stdout).toContain(
      'Vervolgd door:\n  2025-groene-schoolpleinen-rivierenwijk — Groene schoolpleinen in de Rivierenwijk (afgerond)',
    );
    expect(stdout).toContain(
      'keten: 2024-hittekaart-rivierenwijk → 2025-groene-schoolpleinen-rivierenwijk →',
    );
  });

  it('refuses an unknown id with exit 2 and the closest id', async () => {
    const { code, stderr, stdout } = await kwp(['show', '2024-hittekaart-rivierwijk', ...kbArgs]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('Bedoel je "2024-hittekaart-rivierenwijk"?');
  });
});
