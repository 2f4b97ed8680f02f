// `kwp report --format csv`: one row per project with its key figures, for a spreadsheet set to Dutch:
// `;` between fields, a UTF-8 byte order mark (so accents survive), CRLF line ends, amounts with a
// decimal comma and no thousands separator, quotes where a field needs them, and no field that a
// spreadsheet would run as a formula. The header speaks the reader's language; the values are the
// knowledge base's own (status `lopend` stays `lopend`), so the file filters the same in any language.
import type { ProjectReport } from '../../core/report/project-report.js';
import type { ProjectRow } from '../../core/report/summary.js';
import { fileStem, kindOfPath } from '../../core/kinds.js';
import type { NotRead } from '../../core/unread.js';
import { type Lang, t } from '../../messages/catalogue.js';
import type { MessageId } from '../../messages/nl.js';
import type { Stand } from '../../core/report/stand.js';
import type { ReportData, ReportView } from './index.js';

export const CSV_SEPARATOR = ';';
const BOM = '\ufeff';
const EOL = '\r\n';

const HEADER: MessageId[] = [
  'report.csv.id',
  'report.csv.titel',
  'report.csv.status',
  'report.csv.programma',
  'report.csv.themas',
  'report.csv.gebied',
  'report.csv.start',
  'report.csv.einde',
  'report.csv.studenten',
  'report.csv.niveaus',
  'report.csv.partners',
  'report.csv.kosten',
  'report.csv.dekking',
  'report.csv.tekort',
  'report.csv.evaluatie',
];

/**
 * Columns added after the first 15 (issue 12), always at the end so no column moves: when the
 * report was made and from which commit, on every row; and who leads the project, except in a
 * --public report, where that column is left out.
 */
function extraHeader(lang: Lang, view: ReportView): string[] {
  const ids: MessageId[] = ['report.csv.stand', 'report.csv.commit', 'report.csv.gewijzigd'];
  if (!view.public) ids.push('report.csv.projectleider');
  return ids.map((id) => textField(t(lang, id)));
}

function extraFields(stand: Stand, view: ReportView, row?: ProjectRow): string[] {
  // Like a status, a code that filters the same in any language: ja or nee (empty outside git).
  const changed = stand.gewijzigd === null ? '' : stand.gewijzigd ? 'ja' : 'nee';
  const fields = [textField(stand.datum), textField(stand.commit ?? ''), textField(changed)];
  if (!view.public) fields.push(textField(row?.projectleider ?? ''));
  return fields;
}

export function renderCsv(data: ReportData, lang: Lang, view: ReportView = {}): string {
  const rows = data.kind === 'werkplaats' ? data.report.projectlijst : [rowOfProject(data.report)];
  const stand = data.report.stand;
  const header = HEADER.map((id) => textField(t(lang, id)));
  // A project file that could not be read is a project the list would silently lack: it gets a row
  // of its own, with only its id, and a column saying why. That column is there only then (after
  // the first 15, as before), so a list without such files keeps its usual columns; files of other
  // kinds are not projects and change nothing in this list (stderr and the other formats name them).
  const unread = data.kind === 'werkplaats' ? unreadProjects(data.report.niet_gelezen) : [];
  let lines: string[][];
  if (unread.length === 0) {
    lines = [
      [...header, ...extraHeader(lang, view)],
      ...rows.map((row) => [...fields(row), ...extraFields(stand, view, row)]),
    ];
  } else {
    const reason = (u: NotRead) =>
      t(lang, 'report.unread.item', { file: u.bestand, line: u.regel, column: u.kolom, reason: u.reden });
    const byId = [
      ...rows.map((row) => ({
        id: row.id,
        line: [...fields(row), '', ...extraFields(stand, view, row)],
      })),
      ...unread.map((u) => {
        const id = fileStem(u.bestand);
        return {
          id,
          line: [
            textField(id),
            ...HEADER.slice(1).map(() => ''),
            textField(reason(u)),
            ...extraFields(stand, view),
          ],
        };
      }),
    ].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    lines = [
      [...header, textField(t(lang, 'report.csv.niet-gelezen')), ...extraHeader(lang, view)],
      ...byId.map((r) => r.line),
    ];
  }
  return BOM + lines.map((line) => line.join(CSV_SEPARATOR) + EOL).join('');
}

/** The unread files that are project descriptions (a folder or other file there is no project). */
function unreadProjects(unread: readonly NotRead[]): NotRead[] {
  return unread.filter((u) => kindOfPath(u.bestand) === 'project' && u.bestand.endsWith('.md'));
}

function fields(p: ProjectRow): string[] {
  return [
    textField(p.id),
    textField(p.titel),
    textField(p.status),
    textField(p.programma),
    textField(p.thema.join(', ')),
    textField(p.gebied),
    textField(p.start),
    textField(p.einde),
    numberField(p.studenten),
    textField(p.niveaus.join(', ')),
    textField(p.partners.join(', ')),
    numberField(p.kosten),
    numberField(p.dekking),
    numberField(p.tekort),
    textField(p.evaluatie),
  ];
}

/** One project's report as a row of the same columns. */
export function rowOfProject(r: ProjectReport): ProjectRow {
  const onderwijs = r.partners.filter((p) => p.groep === 'onderwijs');
  return {
    id: r.id,
    titel: r.titel,
    status: r.status,
    programma: r.programma,
    thema: [...r.thema],
    gebied: r.gebied ?? '',
    start: r.planning.start ?? '',
    einde: r.planning.einde ?? '',
    studenten: r.studenten,
    niveaus: [...new Set(onderwijs.flatMap((p) => (p.niveau ? [p.niveau] : [])))].sort(),
    partners: r.partners.map((p) => p.naam).filter(Boolean),
    kosten: r.begroting.kosten,
    dekking: r.begroting.dekking,
    tekort: r.begroting.tekort,
    evaluatie: r.evaluatiedatum ?? '',
    projectleider: r.projectleider,
    aanbod: [...r.aanbod],
  };
}

/** Starts a spreadsheet would read as a formula (OWASP's list: = + - @ tab CR). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Text from the knowledge base: a leading `'` when it would start a formula (shown by the
 * spreadsheet as text, never run), line ends as LF inside the field, and quotes when the field holds
 * the separator, a quote or a line end (quotes inside doubled).
 */
export function textField(value: string): string {
  let text = FORMULA_START.test(value) ? `'${value}` : value;
  // Control characters other than tab and line ends (a terminal escape, a bell): no spreadsheet shows
  // them, and the file may be printed to a terminal.
  // eslint-disable-next-line no-control-regex
  text = text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '');
  text = text.replace(/\r\n?/g, '\n');
  return /[;"\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A number as a Dutch spreadsheet reads it: decimal comma, no thousands separator, at most 2 decimals. */
export function numberField(value: number): string {
  if (!Number.isFinite(value)) return '';
  const rounded = Math.round(value * 100) / 100;
  return (Object.is(rounded, -0) ? 0 : rounded).toString().replace('.', ',');
}
