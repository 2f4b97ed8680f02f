// One report, four formats. Each renderer gets the same data; --public redacts that data before any
// renderer sees it, so no format can leak what another hides.
import type { ProjectReport } from '../../core/report/project-report.js';
import type { WerkplaatsReport } from '../../core/report/summary.js';
import type { Lang } from '../../messages/catalogue.js';

export type ReportData =
  { kind: 'werkplaats'; report: WerkplaatsReport } | { kind: 'project'; report: ProjectReport };

/** How the report is meant to be read: `public` leaves out who leads each project. */
export interface ReportView {
  public?: boolean;
  /** Which table a werkplaats CSV holds (`--table`): the list of projects unless said otherwise. */
  table?: 'projecten' | 'vragen' | 'capaciteit';
  /** Where the names in the HTML lead: given by the site's report page, none for a report of its own. */
  links?: ReportLinks;
}

/** The addresses of the pages a report's names link to, relative to the report; undefined when none. */
export interface ReportLinks {
  record(kind: 'project' | 'vraag' | 'aanbod', id: string): string | undefined;
  partner(name: string): string | undefined;
}

export async function renderReport(
  data: ReportData,
  format: 'md' | 'html' | 'json' | 'csv',
  lang: Lang,
  view: ReportView = {},
): Promise<string> {
  switch (format) {
    case 'json':
      return reportJsonParts(data.report).join('');
    case 'md':
      return (await import('./md.js')).renderMarkdown(data, lang, view);
    case 'html':
      return (await import('./html.js')).renderHtml(data, lang, view);
    case 'csv':
      if (data.kind === 'werkplaats' && view.table !== undefined && view.table !== 'projecten')
        return (await import('./csv-offer.js')).renderOfferCsv(data.report, view.table, lang, view);
      return (await import('./csv.js')).renderCsv(data, lang, view);
  }
}

/**
 * The text of `JSON.stringify(report, null, 2)` and a newline, in pieces: one per key of the report
 * (each made as the one key of an object, so it comes out indented as in the whole). Written piece by
 * piece, a sentence with a character beyond Latin-1 (the matcher's "–") makes only its own piece a
 * two-byte string, not the whole 15–40 MB, which then costs twice the memory and a slower encoding.
 */
export function reportJsonParts(report: object): string[] {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(report)) {
    const one = JSON.stringify({ [key]: value }, null, 2);
    // `{\n  "key": …\n}`; a value JSON leaves out (undefined) gives `{}`.
    if (one !== '{}') parts.push(`${parts.length === 0 ? '{\n' : ',\n'}${one.slice(2, -2)}`);
  }
  if (parts.length === 0) return ['{}\n'];
  parts.push('\n}\n');
  return parts;
}
