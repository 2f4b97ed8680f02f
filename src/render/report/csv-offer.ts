// `kwp report --format csv --table vragen|capaciteit`: the report's "Vraag en aanbod" as tables for a
// spreadsheet, beside the list of projects (the default table, unchanged). The same conventions as
// that list (csv.ts): `;`, a byte order mark, CRLF, decimal commas, no field a spreadsheet would run,
// a header in the reader's language and values in the knowledge base's own (an outcome stays
// `te_laat`), and the report's day and commit on every row.
import type { WerkplaatsReport } from '../../core/report/summary.js';
import type { Stand } from '../../core/report/stand.js';
import { type Lang, type MessageId, t } from '../../messages/catalogue.js';
import { CSV_SEPARATOR, numberField, textField } from './csv.js';
import type { ReportView } from './index.js';

const BOM = '\ufeff';
const EOL = '\r\n';

/** The tables `--table` chooses; `projecten` is the list of projects of csv.ts. */
export const CSV_TABLES = ['projecten', 'vragen', 'capaciteit'] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

const QUESTION_HEADER: MessageId[] = [
  'report.csv.offer.vraag',
  'report.csv.offer.kennisvraag',
  'report.csv.offer.uitkomst',
  'report.csv.offer.aanbod',
  'report.csv.offer.aanbod-titel',
  'report.csv.offer.periode',
  'report.csv.start',
  'report.csv.einde',
  'report.csv.offer.intake',
  'report.csv.offer.passend',
  'report.csv.offer.toelichting',
  'report.csv.stand',
  'report.csv.commit',
  'report.csv.gewijzigd',
];

const CAPACITY_HEADER: MessageId[] = [
  'report.csv.offer.aanbod',
  'report.csv.titel',
  'report.csv.offer.instelling',
  'report.csv.offer.niveau',
  'report.csv.offer.vorm',
  'report.csv.status',
  'report.csv.offer.periode-nummer',
  'report.csv.offer.periode',
  'report.csv.start',
  'report.csv.einde',
  'report.csv.offer.intake',
  'report.csv.studenten',
  'report.csv.offer.plaatsen',
  'report.csv.offer.bezet',
  'report.csv.offer.vrij',
  'report.csv.offer.projecten',
  'report.csv.stand',
  'report.csv.commit',
  'report.csv.gewijzigd',
];

function standFields(stand: Stand): string[] {
  const changed = stand.gewijzigd === null ? '' : stand.gewijzigd ? 'ja' : 'nee';
  return [textField(stand.datum), textField(stand.commit ?? ''), textField(changed)];
}

const optional = (value: string | number | null | undefined) =>
  value === null || value === undefined
    ? ''
    : typeof value === 'number'
      ? numberField(value)
      : textField(value);

export function renderOfferCsv(
  report: WerkplaatsReport,
  table: Exclude<CsvTable, 'projecten'>,
  lang: Lang,
  view: ReportView = {},
): string {
  const s = report.vraag_en_aanbod;
  const stand = standFields(report.stand);
  let lines: string[][];
  if (table === 'vragen') {
    lines = [
      QUESTION_HEADER.map((id) => textField(t(lang, id))),
      ...s.vragen.map((q) => [
        textField(q.vraag),
        textField(q.tekst),
        textField(q.uitkomst),
        optional(q.aanbod),
        optional(q.aanbod_titel),
        optional(q.periode?.naam),
        optional(q.periode?.start),
        optional(q.periode?.einde),
        optional(q.periode?.intake_tot),
        numberField(q.passend),
        textField(q.uitleg),
        ...stand,
      ]),
    ];
  } else {
    // The contact person, like the projectleider in the list of projects: last, and not in --public.
    const contact = !view.public;
    lines = [
      [
        ...CAPACITY_HEADER.map((id) => textField(t(lang, id))),
        ...(contact ? [textField(t(lang, 'report.csv.offer.contactpersoon'))] : []),
      ],
      ...s.capaciteit.flatMap((o) =>
        o.periodes.map((p) => [
          textField(o.aanbod),
          textField(o.titel),
          textField(o.instelling),
          optional(o.niveau),
          optional(o.vorm),
          textField(o.status),
          numberField(p.periode),
          optional(p.naam),
          optional(p.start),
          optional(p.einde),
          optional(p.intake_tot),
          optional(p.studenten),
          numberField(p.vragen),
          numberField(p.bezet),
          numberField(p.vrij),
          textField(p.projecten.join(', ')),
          ...stand,
          ...(contact ? [optional(o.contactpersoon)] : []),
        ]),
      ),
    ];
  }
  return BOM + lines.map((line) => line.join(CSV_SEPARATOR) + EOL).join('');
}
