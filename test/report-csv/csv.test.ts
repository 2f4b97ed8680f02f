// `kwp report --format csv`: one row per project, in the shape a spreadsheet set to Dutch opens
// correctly — `;` between fields, a UTF-8 BOM, CRLF, decimal commas, quotes where needed — and no
// field a spreadsheet would run as a formula. A strict little parser reads it all back.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ProjectRow, WerkplaatsReport } from '../../src/core/report/summary.js';
import { t } from '../../src/messages/catalogue.js';
import { numberField, renderCsv, rowOfProject, textField } from '../../src/render/report/csv.js';
import {
  exampleRoot,
  FORMULA_TITLES,
  HOSTILE,
  hostileKbRoot,
  oneProject,
  STAND,
  werkplaats,
} from '../report-html/fixtures.js';
import { BOM, parseCsv } from '../helpers/csv.js';

/** What the spreadsheet shows, without the `'` that keeps a formula from running. */
const unneutralised = (field: string) => (/^'[=+\-@\t\r\n]/.test(field) ? field.slice(1) : field);
/** The CSV keeps line ends inside a field as LF. */
const lf = (s: string) => s.replace(/\r\n?/g, '\n');
/** Amounts as a Dutch spreadsheet reads them. */
const dutch = (n: number) => String(n).replace('.', ',');

function expectedRow(p: ProjectRow): string[] {
  return [
    p.id,
    p.titel,
    p.status,
    p.programma,
    p.thema.join(', '),
    p.gebied,
    p.start,
    p.einde,
    String(p.studenten),
    p.niveaus.join(', '),
    p.partners.join(', '),
    dutch(p.kosten),
    dutch(p.dekking),
    dutch(p.tekort),
    p.evaluatie,
    // Added at the end (issue 12): as of, commit, uncommitted changes, project leader.
    STAND.datum,
    '',
    '',
    p.projectleider ?? '',
  ].map(lf);
}

let example: WerkplaatsReport;
let hostile: WerkplaatsReport;
let hostileRoot: string;

beforeAll(async () => {
  example = (await werkplaats(exampleRoot)).report;
  hostileRoot = hostileKbRoot();
  hostile = (await werkplaats(hostileRoot)).report;
});

describe('the CSV of the werkplaats report', () => {
  it('starts with a BOM, separates with ;, and ends every row with CRLF', () => {
    const csv = renderCsv({ kind: 'werkplaats', report: example }, 'nl');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    // The example has no line end inside a field: every LF belongs to a CRLF, one per row.
    expect(csv.match(/\n/g)).toHaveLength(example.projectlijst.length + 1);
    expect(csv.match(/\r\n/g)).toHaveLength(example.projectlijst.length + 1);
    expect(csv.split('\r\n')[0]).toBe(
      `${BOM}id;titel;status;programma;thema's;gebied;start;einde;studenten;niveaus;partners;kosten (EUR);dekking (EUR);tekort (EUR);evaluatiedatum;stand per;commit;niet vastgelegde wijzigingen;projectleider`,
    );
  });

  it('has one row per project of the example, with the figures of the report', () => {
    const rows = parseCsv(renderCsv({ kind: 'werkplaats', report: example }, 'nl'));
    expect(rows).toHaveLength(14);
    expect(rows.slice(1)).toEqual(example.projectlijst.map(expectedRow));
    const school = rows.find((r) => r[0] === '2025-groene-schoolpleinen-rivierenwijk')!;
    expect(school).toEqual([
      '2025-groene-schoolpleinen-rivierenwijk',
      'Groene schoolpleinen in de Rivierenwijk',
      'afgerond',
      'CDKM Rivelde',
      'duurzaamheid, ruimtelijke ontwikkeling',
      'Rivierenwijk',
      '2025-02-03',
      '2025-06-27',
      '35',
      'hbo, mbo, vmbo',
      'Hogeschool Rivelde, Groen College Hooilanden, Stroomdal College, Hoveniersbedrijf Groen Dichtbij, Gemeente Rivelde, Bewonersplatform Rivierenwijk',
      '13000',
      '13000',
      '0',
      '2025-07-03',
      '2026-07-01',
      '',
      '',
      'Femke de Vries',
    ]);
    // The columns add up to the report's own totals.
    const sum = (col: number) => rows.slice(1).reduce((s, r) => s + Number(r[col]!.replace(',', '.')), 0);
    expect(sum(8)).toBe(example.studenten.totaal);
    expect(sum(11)).toBe(example.begroting.kosten);
    expect(sum(12)).toBe(example.begroting.dekking);
    expect(sum(13)).toBe(example.begroting.tekort);
  });

  it('speaks the reader’s language in the header only', () => {
    const en = parseCsv(renderCsv({ kind: 'werkplaats', report: example }, 'en'));
    expect(en[0]).toEqual([
      'id',
      'title',
      'status',
      'programme',
      'themes',
      'area',
      'start',
      'end',
      'students',
      'levels',
      'partners',
      'costs (EUR)',
      'coverage (EUR)',
      'shortfall (EUR)',
      'evaluation date',
      'as of',
      'commit',
      'uncommitted changes',
      'project leader',
    ]);
    expect(en[0]![1]).toBe(t('en', 'report.csv.titel'));
    expect(en.slice(1)).toEqual(parseCsv(renderCsv({ kind: 'werkplaats', report: example }, 'nl')).slice(1));
  });

  it('writes only a header for a report without projects', async () => {
    const { report } = await werkplaats(exampleRoot, { period: { van: '2040-01-01' } });
    expect(parseCsv(renderCsv({ kind: 'werkplaats', report }, 'nl'))).toHaveLength(1);
  });
});

describe('the CSV of one project', () => {
  it('is the header and one row, with the same columns as in the werkplaats report', async () => {
    const report = await oneProject(exampleRoot, '2025-groene-schoolpleinen-rivierenwijk');
    const rows = parseCsv(renderCsv({ kind: 'project', report }, 'nl'));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toEqual(parseCsv(renderCsv({ kind: 'werkplaats', report: example }, 'nl'))[0]);
    const full = expectedRow(example.projectlijst.find((p) => p.id === report.id)!);
    const [row] = rows.slice(1);
    // Every column as in the werkplaats report, the themes and the area included.
    expect(row).toEqual(full);
    expect(row![4]).toBe('duurzaamheid, ruimtelijke ontwikkeling');
    expect(row![5]).toBe('Rivierenwijk');
  });

  it('derives the levels from the education partners', async () => {
    const report = await oneProject(exampleRoot, '2025-groene-schoolpleinen-rivierenwijk');
    expect(rowOfProject(report).niveaus).toEqual(['hbo', 'mbo', 'vmbo']);
    expect(rowOfProject({ ...report, thema: ['a', 'b'], gebied: 'X' })).toMatchObject({
      thema: ['a', 'b'],
      gebied: 'X',
    });
  });
});

describe('hostile text in the CSV', () => {
  it('keeps every row intact: the same number of fields, values back as they were', () => {
    const rows = parseCsv(renderCsv({ kind: 'werkplaats', report: hostile }, 'nl'));
    expect(rows).toHaveLength(hostile.projectlijst.length + 1);
    for (const row of rows) expect(row).toHaveLength(19);
    expect(rows.slice(1).map((r) => r.map(unneutralised))).toEqual(hostile.projectlijst.map(expectedRow));
  });

  it('quotes a field with ;, a quote or a line end, doubling the quotes', () => {
    const csv = renderCsv({ kind: 'werkplaats', report: hostile }, 'nl');
    // The partners of h-script, in one field: quoted, its quotes doubled, its line ends kept.
    expect(csv).toContain(
      `;"'=cmd|' /C calc'!A0, +1+1, -1+1, @SUM(1+1), ${HOSTILE.separator} Zeg ""hallo"" en 'dag', Regel een\nRegel twee\nRegel drie";`,
    );
    expect(textField('a;b')).toBe('"a;b"');
    expect(textField('zeg "ja"')).toBe('"zeg ""ja"""');
    expect(textField('een\r\ntwee')).toBe('"een\ntwee"');
    expect(textField(' spatie ')).toBe('" spatie "');
    expect(textField('gewoon')).toBe('gewoon');
  });

  it.each(Object.entries(FORMULA_TITLES))('neutralises a field that starts a formula: %s', (id, titel) => {
    const rows = parseCsv(renderCsv({ kind: 'werkplaats', report: hostile }, 'nl'));
    const row = rows.find((r) => r[0] === id)!;
    // Title, programme, theme, area and partner all start with the formula character.
    for (const col of [1, 3, 4, 5, 10]) {
      expect(row[col]!.startsWith("'"), `column ${rows[0]![col]}`).toBe(true);
      expect(row[col]!.slice(1)).toBe(lf(titel));
    }
  });

  it('leaves no field anywhere that a spreadsheet would run', () => {
    for (const kind of ['werkplaats', 'project'] as const) {
      const csv =
        kind === 'werkplaats'
          ? renderCsv({ kind, report: hostile }, 'nl')
          : renderCsv({ kind, report: rowlessProject() }, 'nl');
      for (const row of parseCsv(csv)) for (const field of row) expect(field).not.toMatch(/^[=+\-@\t\r]/);
    }
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(textField(`${start}1+1`)).toMatch(/^"?'/);
  });

  it('writes amounts with a decimal comma and no thousands separator', () => {
    const rows = parseCsv(renderCsv({ kind: 'werkplaats', report: hostile }, 'nl'));
    const row = rows.find((r) => r[0] === 'h-script')!;
    expect(row.slice(11, 14)).toEqual(['1234,5', '1000,25', '234,25']);
    expect(numberField(49050)).toBe('49050');
    expect(numberField(0.1 + 0.2)).toBe('0,3');
    expect(numberField(-0)).toBe('0');
    expect(numberField(Number.NaN)).toBe('');
  });
});

/** A project report whose every text is a formula, for the one-row CSV. */
function rowlessProject() {
  const f = HOSTILE.equals;
  return {
    id: 'x',
    titel: f,
    thema: [f, f],
    gebied: HOSTILE.dde,
    aanbod: [],
    status: HOSTILE.plus,
    programma: HOSTILE.minus,
    projectleider: HOSTILE.at,
    stand: STAND,
    niet_gelezen: [],
    kennisvraag: f,
    conclusies: [],
    leerdoelen: [],
    leerpunten: [],
    verbeterpunten: [],
    planning: { start: HOSTILE.at, einde: HOSTILE.tab },
    evaluatiedatum: HOSTILE.cr,
    studenten: 1,
    partners: [{ naam: HOSTILE.dde, groep: 'onderwijs', niveau: HOSTILE.at, studenten: 1 }],
    begroting: { kosten: 1, dekking: 0, tekort: 1, dekking_per_partner: [] },
    nieuwe_kennisvragen: [],
    keten: [],
    ketenlinks: [],
  };
}
