// Every figure of the example knowledge base's report, against counts worked out by hand from the
// files in knowledge/ (see the comments), for all time and for the calendar year 2026.
import { describe, expect, it } from 'vitest';
import { kwp, makeKb, project, REPO } from '../helpers/kb.js';

async function json(...args: string[]) {
  const result = await kwp(['report', '--kb', REPO, '--format', 'json', ...args]);
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout);
}

describe('kwp report --format json on the example knowledge base', () => {
  it('counts every project without a period', async () => {
    const r = await json();
    expect(r.werkplaats).toBe('Kenniswerkplaats Rivelde');
    expect(r.periode).toBeNull();
    // 13 project files: voorbereiding 2 (koele-routes, jongeren-en-werk), lopend 4, afgerond 5, gestopt 2
    expect(r.projecten.totaal).toBe(13);
    expect(r.projecten.per_status).toEqual({ afgerond: 5, lopend: 4, gestopt: 2, voorbereiding: 2 });
    expect(r.projecten.per_programma).toEqual({ 'CDKM Rivelde': 7, 'Leren met de Stad': 6 });
    // a project with two themes counts under each
    expect(r.projecten.per_thema).toEqual({
      duurzaamheid: 5,
      IT: 4,
      armoede: 3,
      eenzaamheid: 3,
      'ruimtelijke ontwikkeling': 3,
      laaggeletterdheid: 2,
      'positieve gezondheid': 2,
    });
    expect(r.projecten.per_gebied).toEqual({
      Rivierenwijk: 4,
      Oosterpark: 3,
      Zandveld: 3,
      Binnenstad: 1,
      Havenkwartier: 1,
      Molenbeek: 1,
    });
    // partners[].studenten summed: mbo 85 + hbo 62 + vmbo 27 + wo 18
    expect(r.studenten).toMatchObject({
      totaal: 192,
      per_niveau: { mbo: 85, hbo: 62, vmbo: 27, wo: 18 },
      doel: 400,
    });
    // Hooilanden appears only in an open question, not in a project
    expect(r.gebieden).toMatchObject({ actief: 6, doel: 7 });
    expect(r.partners.per_groep).toEqual({
      ondernemers: 5,
      onderwijs: 5,
      overig: 4,
      bewoners: 3,
      overheid: 2,
    });
    expect(r.multilevel).toBe(9);
    // every project is covered; energiecoaches has € 500 more coverage than costs, which hides nothing
    expect(r.begroting).toMatchObject({ kosten: 49050, dekking: 49550, tekort: 0 });
    // open: aansprakelijkheid, geldzorgen, jonge-mantelzorgers, hittestress-sensordata, hitte-in-portiekflats
    expect(r.kennisvragen.per_status).toEqual({ open: 5, opgepakt: 5, beantwoord: 1, vervallen: 1 });
    expect(r.evaluaties.map((e: { project: string }) => e.project)).toHaveLength(7);
    expect(r.ketens).toEqual([
      [
        '2024-hittekaart-rivierenwijk',
        '2025-groene-schoolpleinen-rivierenwijk',
        '2026-onderhoud-schoolpleinen-door-buurt',
        '2027-koele-routes-rivierenwijk',
      ],
      ['2024-taalcafe-zandveld', '2025-armoede-signalering-zandveld', '2026-geldzaken-en-taal-zandveld'],
      [
        '2024-eenzaamheid-ouderen-oosterpark',
        '2025-digitale-buurtkamer-oosterpark',
        '2026-samen-online-oosterpark',
      ],
    ]);
  });

  it('counts the projects whose planning overlaps 2026, and says which period it covers', async () => {
    const r = await json('--since', '2026-01-01', '--until', '2026-12-31');
    expect(r.periode).toEqual({ van: '2026-01-01', tot: '2026-12-31' });
    // lopend 4, plus digitale-buurtkamer (afgerond, ends 2026-01-30) and deelmobiliteit (gestopt, ends 2026-01-30);
    // jongeren-en-werk has no planning, so counts only without a period
    expect(r.projecten.per_status).toEqual({ lopend: 4, afgerond: 1, gestopt: 1 });
    expect(r.studenten).toMatchObject({ totaal: 96, per_niveau: { mbo: 50, hbo: 24, vmbo: 12, wo: 10 } });
    expect(r.multilevel).toBe(5);
    expect(r.begroting).toMatchObject({ kosten: 26900, dekking: 27400, tekort: 0 });
    // the question register is described whole, whatever the period
    expect(r.kennisvragen.per_status).toEqual({ open: 5, opgepakt: 5, beantwoord: 1, vervallen: 1 });
  });

  it('limits to a programme, and refuses one that does not exist with a suggestion', async () => {
    const r = await json('--programme', 'Leren met de Stad');
    expect(r.projecten.totaal).toBe(6);
    const bad = await kwp(['report', '--kb', REPO, '--programme', 'Leren met de Stat']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Bedoel je "Leren met de Stad"?');
  });
});

describe('kwp report: periods and bad input', () => {
  it('refuses --until before --since, and impossible dates, with exit 2', async () => {
    const r = await kwp(['report', '--kb', REPO, '--since', '2026-05-01', '--until', '2026-01-01']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--until 2026-01-01');
    expect((await kwp(['report', '--kb', REPO, '--since', '2026-02-30'])).code).toBe(2);
    expect((await kwp(['report', '--kb', REPO, '--format', 'pdf'])).code).toBe(2);
  });

  it('gives a sensible report for a period with no projects and for an empty knowledge base', async () => {
    const none = await json('--since', '2030-01-01');
    expect(none.projecten.totaal).toBe(0);
    expect(none.ketens).toEqual([]);
    const empty = await kwp(['report', '--kb', makeKb()]);
    expect(empty.code).toBe(0);
    expect(empty.stdout).toContain('# Werkplaatsoverzicht: Kenniswerkplaats Test');
  });

  it("sums each project's own shortfall, so one surplus does not hide another gap", async () => {
    const root = makeKb({
      'knowledge/projecten/2026-a.md': project(
        '2026-a',
        'begroting: {kosten: [{post: x, bedrag: 1000}], dekking: [{partner: P, bedrag: 400}]}\n',
      ),
      'knowledge/projecten/2026-b.md': project(
        '2026-b',
        'begroting: {kosten: [{post: x, bedrag: 100}], dekking: [{partner: P, bedrag: 700}]}\n',
      ),
    });
    const r = JSON.parse((await kwp(['report', '--kb', root, '--format', 'json'])).stdout);
    expect(r.begroting).toMatchObject({ kosten: 1100, dekking: 1100, tekort: 600 });
    // the running project with the gap needs attention (and it is past its planned end of 2026-06-26)
    expect(r.statuslicht.find((s: { project: string }) => s.project === '2026-a')).toMatchObject({
      licht: 'aandacht',
      redenen: ['einde-voorbij', 'tekort'],
    });
  });
});

describe('kwp report <id>', () => {
  it('puts what was wanted beside what was learned, and the plan beside reality', async () => {
    const r = JSON.parse(
      (await kwp(['report', '2025-groene-schoolpleinen-rivierenwijk', '--kb', REPO, '--format', 'json']))
        .stdout,
    );
    expect(r.kennisvraag).toContain('schoolpleinen');
    expect(r.conclusies).toHaveLength(3);
    expect(r.leerdoelen).toHaveLength(3);
    expect(r.leerpunten).toHaveLength(2);
    expect(r.planning).toEqual({ start: '2025-02-03', einde: '2025-06-27' });
    expect(r.evaluatiedatum).toBe('2025-07-03');
    expect(r.studenten).toBe(35);
    expect(r.nieuwe_kennisvragen).toEqual([
      expect.objectContaining({
        id: 'schoolpleinen-onderhoud-door-buurt',
        opgepakt_door: ['2026-onderhoud-schoolpleinen-door-buurt'],
      }),
    ]);
    expect(r.keten.map((k: { id: string }) => k.id)).toHaveLength(4);
    const md = await kwp(['report', '2025-groene-schoolpleinen-rivierenwijk', '--kb', REPO]);
    expect(md.stdout).toContain('# Groene schoolpleinen in de Rivierenwijk');
    expect(md.stdout).toContain(
      '| gemeente | welke ontwerpen kinderen zelf willen gebruiken en onderhouden |',
    );
  });

  it('refuses an unknown project with exit 2 and the closest id', async () => {
    const r = await kwp(['report', '2025-groene-schoolpleinen', '--kb', REPO]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Bedoel je "2025-groene-schoolpleinen-rivierenwijk"?');
  });
});

describe('kwp report progress', () => {
  it('notes progress on standard error only in a terminal, and erases it; standard output stays the report', async () => {
    const plain = await kwp(['report', '--kb', REPO, '--format', 'json']);
    expect(plain.stderr).toBe('');
    const tty = await kwp(['report', '--kb', REPO, '--format', 'json'], { stderrTty: true });
    expect(tty.stderr).toContain('bestanden gelezen');
    expect(tty.stderr.endsWith('\r\u001b[K')).toBe(true);
    expect(JSON.parse(tty.stdout).projecten.totaal).toBe(13);
  });
});
