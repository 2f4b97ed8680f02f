// The site's report page (rapport.html): the werkplaats report `kwp report` shows the steering
// group — key figures, status light, the charts, vraag en aanbod, evaluations, chains and the list of
// projects — made by the HTML report's own renderer (render/report/html-werkplaats.ts), on the
// commit's date, its names linked to their pages in the site. Under `--public` the report's data is
// redacted as `kwp report --public` redacts it, and the same columns are left out.
import type { KnowledgeBase } from '../../core/knowledge-base.js';
import type { Matched } from '../../core/report/offer-section.js';
import { werkplaatsReport, type WerkplaatsReport } from '../../core/report/summary.js';
import type { NotRead } from '../../core/unread.js';
import type { Redactor } from '../../core/privacy/redact.js';
import type { Lang } from '../../messages/catalogue.js';
import { t } from '../../messages/catalogue.js';
import { Context } from '../html/context.js';
import type { ReportLinks } from '../report/index.js';
import { werkplaatsPage } from '../report/html-werkplaats.js';
import { esc } from './html.js';
import type { SiteRecords } from './records.js';

/** The page's path in the site: at the root, so its links to records need no `../`. */
export const REPORT_PATH = 'rapport.html';

export interface ReportInput {
  readonly kb: KnowledgeBase;
  readonly lang: Lang;
  readonly records: SiteRecords;
  /** The commit's date (YYYY-MM-DD), the report's day; null outside git: no report then. */
  readonly datum: string | null;
  readonly commit: string | null;
  readonly gewijzigd: boolean | null;
  /** The redactor of `--public`, undefined for the full site. */
  readonly redact: Redactor | undefined;
  /** The files that could not be read: the report names them, as `kwp report` does. */
  readonly unread: readonly NotRead[];
  /** The matcher's outcome on the commit's date, which the question register has made already. */
  readonly matched?: Matched | undefined;
}

/** The report as data, on the commit's date and redacted for `--public`; null without a date. */
export function siteReport(input: ReportInput): WerkplaatsReport | null {
  if (input.datum === null) return null;
  const report = werkplaatsReport(input.kb, {
    period: null,
    today: input.datum,
    stand: { datum: input.datum, commit: input.commit, gewijzigd: input.gewijzigd },
    notRead: input.unread,
    lang: input.lang,
    ...(input.matched ? { matched: input.matched } : {}),
  });
  return input.redact ? input.redact.data(report) : report;
}

/** Links from the report page (at the site's root) to the pages of the records it names. */
function reportLinks(records: SiteRecords): ReportLinks {
  return {
    record: (kind, id) => {
      const record = records.get(id);
      return record?.kind === kind ? record.href : undefined;
    },
    partner: (name) => records.named(name)?.href,
  };
}

/** The page's title and main content. */
export function reportPage(
  input: Pick<ReportInput, 'lang' | 'records'>,
  report: WerkplaatsReport | null,
  isPublic: boolean,
): { title: string; main: string } {
  const { lang } = input;
  if (report === null)
    return {
      title: t(lang, 'site.report.title'),
      main: `<h1>${esc(t(lang, 'site.report.title'))}</h1>\n<p class="empty">${esc(t(lang, 'site.report.no-date'))}</p>\n`,
    };
  const page = werkplaatsPage(new Context(lang), report, {
    public: isPublic,
    links: reportLinks(input.records),
  });
  return { title: page.title, main: page.body.raw };
}
