// `kwp site`: the knowledge base as a static website, as files (path and text) handed one by one to
// `emit`, which writes them (the store does; this module does no I/O). Reproducible: the same commit
// gives the same bytes (no clock is read; the "as of" line is the commit's own date).
import type { KnowledgeBase } from '../../core/knowledge-base.js';
import { longDate } from '../../core/format/long-date.js';
import { Matcher, matchModelOf } from '../../core/match/match.js';
import type { Matched } from '../../core/report/offer-section.js';
import { publicRedactor } from '../../core/privacy/redact.js';
import { buildIndex } from '../../core/search/build-index.js';
import type { SearchDocument } from '../../core/search/document.js';
import { searchDocuments } from '../../core/search/records.js';
import { type IndexFile, splitIndex } from '../../core/search/split.js';
import type { NotRead } from '../../core/unread.js';
import { type Lang, t } from '../../messages/catalogue.js';
import { chainNumbers, chainsPage } from './chains.js';
import { dateHtml, esc, page, type Shell } from './html.js';
import {
  offersPage,
  overviewPage,
  type PageContext,
  partnersPage,
  questionsPage,
  recordPage,
  searchPage,
} from './pages.js';
import { SiteRecords } from './records.js';
import { REPORT_PATH, reportPage, siteReport } from './report.js';
import { FAVICON_SVG, SITE_CSS } from './style.js';

/** Where the knowledge base stood: its commit's date and short hash (none outside git). */
export interface SiteStand {
  /** YYYY-MM-DD: the commit's date. */
  readonly datum: string | null;
  readonly commit: string | null;
  /** Files under knowledge/ differ from the commit. */
  readonly gewijzigd: boolean | null;
}

export interface SiteInput {
  readonly kb: KnowledgeBase;
  readonly lang: Lang;
  readonly public: boolean;
  readonly stand: SiteStand;
  /** The browser scripts: the search runtime (src/web/search.ts) and the facets (src/web/site.ts). */
  readonly scripts: { readonly search: string; readonly site: string };
  /** The files that could not be read: the report page names them, as `kwp report` does. */
  readonly unread?: readonly NotRead[];
  /**
   * Builds the search index's files from the documents, perhaps elsewhere (a worker thread) while the
   * pages are made; they must be what splitIndex(buildIndex(documents)) gives. Without it, in-process.
   */
  readonly indexFiles?: (documents: readonly SearchDocument[]) => Promise<readonly IndexFile[]>;
}

export interface SiteFile {
  /** Inside the site, forward slashes. */
  readonly path: string;
  readonly text: string;
}

/** The file that marks a folder as a site kwp wrote: only such a folder is ever replaced. */
export const SITE_MARKER = '.kwp-site';

export interface SiteSummary {
  /** Pages written, records and lists together. */
  readonly pages: number;
  readonly files: number;
  /** Milliseconds per step, for `npm run bench`. */
  readonly timings: Readonly<Record<string, number>>;
}

export type Progress = (step: 'index' | 'pages' | 'chains', done: number, total: number) => void;

function standHtml(lang: Lang, stand: SiteStand): string {
  if (stand.commit === null) return esc(t(lang, 'site.stand.none'));
  const datum = stand.datum ? dateHtml(stand.datum, lang) : '';
  const id = stand.gewijzigd ? 'site.stand.changed' : 'site.stand';
  // The date as <time>, the rest escaped.
  const [before, after] = t(lang, id, { commit: stand.commit }).split('{datum}');
  return `${esc(before!)}${datum}${esc(after ?? '')}`;
}

/** Vraag en aanbod on `on`: made once, for the question register and the report page alike. */
function matchedOn(kb: KnowledgeBase, on: string): Matched {
  const model = matchModelOf(kb);
  return { model, today: on, matches: new Matcher(model, on).matchAll({ top: 1, explain: false }) };
}

export async function buildSite(
  input: SiteInput,
  emit: (file: SiteFile) => void | Promise<void>,
  progress: Progress = () => {},
): Promise<SiteSummary> {
  const { kb, lang } = input;
  const timings: Record<string, number> = {};
  let clock = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    timings[name] = Math.round(now - clock);
    clock = now;
  };
  let files = 0;
  let pages = 0;
  const write = async (path: string, text: string) => {
    files++;
    await emit({ path, text });
  };

  const redact = input.public
    ? publicRedactor(
        [...kb.entries, ...(kb.werkplaats ? [kb.werkplaats] : [])].filter((e) => e.data !== null),
      )
    : undefined;
  const records = new SiteRecords(kb, redact);
  lap('records');

  // The search index first: its files are many and small. Given `indexFiles`, it is built elsewhere
  // while the pages are made, and its files are written once the rest is.
  progress('index', 0, 1);
  const documents = searchDocuments(kb, { public: input.public, ...(redact ? { redact } : {}) });
  const writeIndex = async (files: readonly IndexFile[]) => {
    for (const file of files) await write(`zoeken/${file.path}`, file.text);
  };
  const indexing = input.indexFiles?.(documents);
  // Written as soon as they come, between two pages; a failure is thrown at the end.
  let indexed: readonly IndexFile[] | undefined;
  let indexWritten = !indexing;
  indexing?.then(
    (files) => (indexed = files),
    () => {},
  );
  const indexIfReady = async () => {
    if (indexed === undefined || indexWritten) return;
    indexWritten = true;
    await writeIndex(indexed);
  };
  if (!indexing) await writeIndex(splitIndex(buildIndex(documents), documents));
  await write('zoeken/kwp-search.js', input.scripts.search);
  lap('index');

  const name = records.werkplaats?.title ?? t(lang, 'site.untitled');
  const shell: Shell = { lang, site: name, stand: standHtml(lang, input.stand), nav: new Map() };
  const chains = kb.graph.chains();
  const matched =
    input.stand.datum && kb.ofKind('aanbod').length > 0 ? matchedOn(kb, input.stand.datum) : undefined;
  const ctx: PageContext = {
    lang,
    records,
    public: input.public,
    chainOf: chainNumbers(chains),
    // Vraag en aanbod on the commit's date, so that the same commit always gives the same outcomes.
    ...(matched
      ? {
          matches: new Map(matched.matches.map((m) => [m.vraag, m])),
          matchedOn: longDate(matched.today, lang),
        }
      : {}),
  };
  const emitPage = async (path: string, title: string, main: string, scripts?: readonly string[]) => {
    pages++;
    await write(path, page(shell, { path, title, main, ...(scripts ? { scripts } : {}) }));
  };

  const total = records.all.length;
  let done = 0;
  for (const record of records.all) {
    await emitPage(record.path, record.title, recordPage(ctx, record));
    await indexIfReady();
    if (++done % 250 === 0) progress('pages', done, total);
  }
  if (!records.werkplaats)
    await emitPage(
      'werkplaats.html',
      name,
      `<h1>${esc(name)}</h1>\n<p class="empty">${esc(t(lang, 'site.no-werkplaats'))}</p>\n`,
    );
  progress('pages', total, total);
  lap('pages');

  const counts = (['project', 'vraag', 'partner', 'aanbod'] as const).map((k) => records.ofKind(k).length);
  const intro = `<p>${esc(t(lang, 'site.overview.intro', { projects: counts[0]!, questions: counts[1]!, partners: counts[2]!, offers: counts[3]! }))}</p>\n`;
  await emitPage('index.html', name, overviewPage(ctx, intro), ['assets/kwp-site.js']);
  await emitPage('vragen.html', t(lang, 'site.questions.title'), questionsPage(ctx));
  await emitPage('partners.html', t(lang, 'site.partners.title'), partnersPage(ctx));
  await emitPage('aanbod.html', t(lang, 'site.offers.title'), offersPage(ctx));
  await emitPage('zoeken.html', t(lang, 'site.search.title'), searchPage(ctx), ['zoeken/kwp-search.js']);
  lap('lists');
  const report = reportPage(
    ctx,
    siteReport({
      kb,
      lang,
      records,
      ...input.stand,
      redact,
      unread: input.unread ?? [],
      matched,
    }),
    input.public,
  );
  await emitPage(REPORT_PATH, report.title, report.main);
  lap('report');
  progress('chains', 0, 1);
  await emitPage('ketens.html', t(lang, 'site.chains.title'), await chainsPage(ctx, chains));
  lap('chains');
  if (indexing && !indexWritten) {
    indexed = await indexing;
    await indexIfReady();
    lap('index-files');
  }

  await write('assets/style.css', SITE_CSS);
  await write('assets/favicon.svg', FAVICON_SVG);
  await write('assets/kwp-site.js', input.scripts.site);
  await write(SITE_MARKER, 'kwp site\n');
  return { pages, files, timings };
}
