// `kwp list aanbod`, `kwp show <aanbod>` (who used it, each period's capacity) and `kwp schema aanbod`,
// on a small knowledge base whose numbers are worked out below from its files.
import { describe, expect, it } from 'vitest';
import { kwp, makeKb, project } from '../helpers/kb.js';

const A = 'knowledge/aanbod';
const school = (id: string, naam: string, niveau: string) =>
  `---\nid: ${id}\nnaam: ${naam}\ngroep: onderwijs\nniveau: ${niveau}\n---\n`;
const inOffer = (id: string, aanbod: string, start: string, status = 'lopend') =>
  project(id, `aanbod: [${aanbod}]\n`)
    .replace('status: lopend', `status: ${status}`)
    .replace(
      'planning: {start: 2026-02-02, einde: 2026-06-26}',
      `planning: {start: ${start}, einde: 2027-06-30}`,
    );

const root = makeKb({
  'knowledge/partners/hogeschool-test.md': school('hogeschool-test', 'Hogeschool Test', 'hbo'),
  'knowledge/partners/roc-test.md': school('roc-test', 'ROC Test', 'mbo'),
  // No status: open. Two periods; the first takes two questions, the second one (the default).
  [`${A}/minor-stad.md`]: `---
id: minor-stad
titel: Minor De Stad
instelling: Hogeschool Test
niveau: hbo
vorm: minor
thema: [armoede]
gebied: [Rivierenwijk]
periodes:
  - {naam: blok 1, start: 2026-09-01, einde: 2027-01-29, intake_tot: 2026-06-15, studenten: 12, vragen: 2}
  - {naam: blok 3, start: 2027-02-01, einde: 2027-06-30, studenten: 8}
contactpersoon: {naam: Anouk Visser, email: a.visser@example.org}
---

Studenten werken een half jaar aan een vraag uit de wijk.
`,
  [`${A}/stage-zorg.md`]: `---
id: stage-zorg
titel: Stage Zorg en Welzijn
instelling: ROC Test
niveau: mbo
thema: [duurzaamheid]
periodes:
  - {start: 2026-09-01, einde: 2027-01-29}
status: vol
---
`,
  'knowledge/projecten/2026-a.md': inOffer('2026-a', 'minor-stad', '2026-09-07'),
  'knowledge/projecten/2026-b.md': inOffer('2026-b', 'minor-stad', '2027-02-01'),
  'knowledge/projecten/2026-c.md': inOffer('2026-c', 'minor-stad', '2027-03-01'),
  'knowledge/projecten/2026-gestopt.md': inOffer(
    '2026-gestopt',
    'minor-stad',
    '2026-09-07',
    'voorbereiding',
  ).replace(
    'status: voorbereiding',
    'status: gestopt\nevaluatie: {datum: 2026-10-01, conclusies: [Geen studenten.]}',
  ),
});

const ids = async (...flags: string[]) =>
  (
    JSON.parse((await kwp(['list', 'aanbod', '--kb', root, '--json', ...flags])).stdout) as { id: string }[]
  ).map((r) => r.id);

describe('kwp list aanbod', () => {
  it('shows id, status (open when absent), institution, level and title', async () => {
    const { code, stdout } = await kwp(['list', 'aanbod', '--kb', root]);
    expect(code).toBe(0);
    const [header, , ...rows] = stdout.trim().split('\n');
    expect(header!.split(/\s{2,}/)).toEqual(['id', 'status', 'instelling', 'niveau', 'titel']);
    expect(rows.map((r) => r.split(/\s{2,}/))).toEqual([
      ['minor-stad', 'open', 'Hogeschool Test', 'hbo', 'Minor De Stad'],
      ['stage-zorg', 'vol', 'ROC Test', 'mbo', 'Stage Zorg en Welzijn'],
    ]);
  });

  it('filters by status, theme, area and the institution (part of its name)', async () => {
    expect(await ids('--status', 'open')).toEqual(['minor-stad']);
    expect(await ids('--status', 'vol')).toEqual(['stage-zorg']);
    expect(await ids('--status', 'gestopt')).toEqual([]);
    expect(await ids('--theme', 'duurzaamheid')).toEqual(['stage-zorg']);
    expect(await ids('--area', 'Rivierenwijk')).toEqual(['minor-stad']);
    expect(await ids('--partner', 'roc')).toEqual(['stage-zorg']);
    expect(await ids('--partner', 'hogeschool test')).toEqual(['minor-stad']);
    // Offers have no programme: that filter leaves none.
    expect(await ids('--programme', 'CDKM Test')).toEqual([]);
  });

  it('gives the frontmatter as read plus path with --json', async () => {
    const records = JSON.parse((await kwp(['list', 'aanbod', '--kb', root, '--json'])).stdout) as Record<
      string,
      unknown
    >[];
    expect(records[0]).toMatchObject({
      id: 'minor-stad',
      path: 'knowledge/aanbod/minor-stad.md',
      periodes: [
        expect.objectContaining({ start: '2026-09-01', intake_tot: '2026-06-15' }),
        expect.anything(),
      ],
    });
    expect(records[0]).not.toHaveProperty('status');
  });

  it('refuses a status an offer cannot have, naming the allowed ones (exit 2)', async () => {
    const { code, stderr, stdout } = await kwp(['list', 'aanbod', '--kb', root, '--status', 'lopend']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('open, vol, gestopt');
  });
});

describe('kwp show <aanbod>', () => {
  it('gives per period the dates, intake deadline, students and room left, and who used it (--json)', async () => {
    const { code, stdout } = await kwp(['show', 'minor-stad', '--kb', root, '--json']);
    expect(code).toBe(0);
    const record = JSON.parse(stdout) as Record<string, unknown>;
    expect(record['gebruikt_door']).toEqual(['2026-a', '2026-b', '2026-c', '2026-gestopt']);
    expect(record['bezetting']).toEqual([
      {
        periode: 1,
        naam: 'blok 1',
        start: '2026-09-01',
        einde: '2027-01-29',
        intake_tot: '2026-06-15',
        studenten: 12,
        vragen: 2,
        // The gestopt project starts in it too, but takes no room.
        projecten: ['2026-a'],
        vrij: 1,
      },
      {
        periode: 2,
        naam: 'blok 3',
        start: '2027-02-01',
        einde: '2027-06-30',
        intake_tot: '2027-01-31', // the day before start
        studenten: 8,
        vragen: 1,
        projecten: ['2026-b', '2026-c'],
        vrij: 0,
      },
    ]);
  });

  it('says the same in text, in Dutch and in English', async () => {
    const nl = (await kwp(['show', 'minor-stad', '--kb', root])).stdout;
    expect(nl).toContain('gebruikt door: 2026-a, 2026-b, 2026-c, 2026-gestopt');
    expect(nl).toContain(
      'Bezetting per periode:\n  1. blok 1: 2026-09-01 – 2027-01-29, aanmelden tot en met 2026-06-15, 12 studenten\n     1 van 2 bezet, 1 vrij: 2026-a\n',
    );
    expect(nl).toContain(
      '  2. blok 3: 2027-02-01 – 2027-06-30, aanmelden tot en met 2027-01-31, 8 studenten\n',
    );
    expect(nl).toContain('     2 van 1 bezet, 0 vrij (overboekt): 2026-b, 2026-c\n');
    expect(nl).not.toContain('bezetting:');
    const en = (await kwp(['show', 'minor-stad', '--kb', root, '--lang', 'en'])).stdout;
    expect(en).toContain('used by: 2026-a');
    expect(en).toContain('Capacity per period:');
    expect(en).toContain('2 of 1 taken, 0 left (over-booked): 2026-b, 2026-c');
  });

  it('shows a project with its offer and the period it occupies, and a school with what it offers', async () => {
    const shown = (await kwp(['show', '2026-c', '--kb', root])).stdout;
    expect(shown).toContain(
      'Uitgevoerd in onderwijsaanbod:\n  minor-stad — Minor De Stad (open)\n    periode blok 3: 2027-02-01 – 2027-06-30\n',
    );
    const school = JSON.parse((await kwp(['show', 'roc-test', '--kb', root, '--json'])).stdout);
    expect(school['biedt_aan']).toEqual(['stage-zorg']);
  });
});

describe('kwp schema aanbod', () => {
  it('requires at least one period, and whole numbers: students ≥ 0, questions ≥ 1', async () => {
    const { code, stdout } = await kwp(['schema', 'aanbod']);
    expect(code).toBe(0);
    const schema = JSON.parse(stdout) as {
      required: string[];
      properties: Record<
        string,
        { minItems?: number; items?: { properties: Record<string, { minimum?: number }> } }
      >;
    };
    expect(schema.required).toEqual(
      expect.arrayContaining(['id', 'titel', 'instelling', 'niveau', 'periodes']),
    );
    expect(schema.properties['periodes']!.minItems).toBe(1);
    const period = schema.properties['periodes']!.items!.properties;
    expect(period['studenten']).toMatchObject({ minimum: 0 });
    expect(period['vragen']).toMatchObject({ minimum: 1 });
  });
});
