// The small pieces every page of the site is built from: escaped text, links relative to the page
// (so the site works from disk and under any path), dates, and the page shell with its strict
// Content-Security-Policy. Plain string concatenation: the site writes thousands of pages.
import { longDateFormat } from '../../core/format/long-date.js';
import { escapeHtml } from '../html/markup.js';
import { t, type Lang, type MessageId } from '../../messages/catalogue.js';

export { escapeHtml as esc };

/**
 * Scripts only from the site itself (no inline script, no eval, no WebAssembly), styles only from its
 * stylesheet, images only its own, nothing else fetched, nothing posted anywhere.
 */
export const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'";

/** A page's path inside the site, forward slashes (`projecten/x.html`), as a link from the root. */
export function hrefOf(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** Dates written out already, per language: thousands of pages share a few hundred dates. */
const written = new Map<string, string>();

/** A YYYY-MM-DD date written out ("3 december 2026") in <time>; anything else escaped as written. */
export function dateHtml(value: string | undefined, lang: Lang): string {
  if (value === undefined || value === '') return '';
  const key = `${lang}:${value}`;
  let html = written.get(key);
  if (html === undefined) written.set(key, (html = writeDate(value, lang)));
  return html;
}

function writeDate(value: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return escapeHtml(value);
  const time = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (new Date(time).toISOString().slice(0, 10) !== value) return escapeHtml(value);
  return `<time datetime="${value}">${longDateFormat(lang).format(new Date(time))}</time>`;
}

/** The site's sections, in the order the navigation shows them. */
export const SECTIONS = [
  { path: 'index.html', label: 'site.nav.projects' },
  { path: 'vragen.html', label: 'site.nav.questions' },
  { path: 'partners.html', label: 'site.nav.partners' },
  { path: 'aanbod.html', label: 'site.nav.offers' },
  { path: 'ketens.html', label: 'site.nav.chains' },
  { path: 'werkplaats.html', label: 'site.nav.werkplaats' },
  { path: 'rapport.html', label: 'site.nav.report' },
  { path: 'zoeken.html', label: 'site.nav.search' },
] as const satisfies readonly { path: string; label: MessageId }[];

export interface Shell {
  readonly lang: Lang;
  /** The werkplaats' name (escaped here). */
  readonly site: string;
  /** The footer's "as of" line, as HTML. */
  readonly stand: string;
  /** The navigation, made once per depth. */
  readonly nav: Map<number, string>;
}

function navHtml(shell: Shell, up: string): string {
  const items = SECTIONS.map(
    (s) => `<li><a href="${up}${s.path}">${escapeHtml(t(shell.lang, s.label))}</a></li>`,
  );
  return `<nav aria-label="${escapeHtml(t(shell.lang, 'site.nav'))}"><ul>${items.join('')}</ul></nav>`;
}

export interface PageSpec {
  /** The page's path inside the site. */
  readonly path: string;
  /** Plain text for <title> (escaped here). */
  readonly title: string;
  /** The main content, as HTML. */
  readonly main: string;
  /** Scripts of the site to load (paths inside the site). */
  readonly scripts?: readonly string[];
}

/** How far a page is from the root, as the prefix its links need (`''`, `'../'`). */
export function upOf(path: string): string {
  return '../'.repeat(path.split('/').length - 1);
}

export function page(shell: Shell, spec: PageSpec): string {
  const up = upOf(spec.path);
  const depth = up.length / 3;
  let nav = shell.nav.get(depth);
  if (nav === undefined) shell.nav.set(depth, (nav = navHtml(shell, up)));
  const title = spec.title === shell.site ? spec.title : `${spec.title} — ${shell.site}`;
  const scripts = (spec.scripts ?? []).map((s) => `<script src="${up}${s}" defer></script>\n`).join('');
  return `<!doctype html>
<html lang="${shell.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="kwp">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="${up}assets/style.css">
<link rel="icon" href="${up}assets/favicon.svg" type="image/svg+xml">
${scripts}</head>
<body>
<a class="skip" href="#inhoud">${escapeHtml(t(shell.lang, 'site.skip'))}</a>
<header class="site">
<p class="site-name"><a href="${up}index.html">${escapeHtml(shell.site)}</a></p>
${nav}
</header>
<main id="inhoud">
${spec.main}</main>
<footer class="site">
<p>${shell.stand}</p>
</footer>
</body>
</html>
`;
}

/**
 * A catalogue text as HTML with its `{name}` placeholders filled by HTML (links, say): the text is
 * escaped, the values are put in as they are, and never read as placeholders themselves.
 */
export function fill(lang: Lang, id: MessageId, html: Readonly<Record<string, string>>): string {
  const template = t(lang, id);
  let out = '';
  let last = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    if (!Object.hasOwn(html, match[1]!)) continue;
    out += escapeHtml(template.slice(last, match.index)) + html[match[1]!]!;
    last = match.index + match[0].length;
  }
  return out + escapeHtml(template.slice(last));
}
