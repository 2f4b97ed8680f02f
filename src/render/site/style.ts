// The site's one stylesheet (assets/style.css) and its icon: kwp's shared page style
// (src/render/html/style.ts) and the report's (src/render/html/report-style.ts, for the report page)
// with the site's own parts — the header and navigation, the facets, the list of projects, the
// diagrams, record bodies — readable at 360 px wide and in print.
import { REPORT_PRINT_STYLE, REPORT_STYLE } from '../html/report-style.js';
import { BASE_STYLE, SMALL_SCREEN_STYLE } from '../html/style.js';

const SITE_STYLE = `
.skip { position: absolute; left: -999px; top: 0; background: #ffffff; padding: 0.5rem 1rem; z-index: 1; }
.skip:focus { left: 0.5rem; }
header.site { background: #1f5f99; color: #ffffff; padding: 0.5rem 1rem; }
header.site a { color: #ffffff; }
header.site a:focus-visible { outline-color: #ffffff; }
.site-name { margin: 0; font-weight: 700; font-size: 1.15rem; }
.site-name a { text-decoration: none; }
header.site nav ul { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; list-style: none; margin: 0.25rem 0 0; padding: 0; }
footer.site { max-width: 64rem; margin: 2rem auto 0; padding: 0.5rem 1rem 2rem; }
header.record { border-bottom: 4px solid #1f5f99; margin-bottom: 1rem; }
.body { margin: 1rem 0; }
.body h1, .body h2 { font-size: 1.25rem; }
.body h3, .body h4, .body h5, .body h6 { font-size: 1.05rem; }
.body pre { overflow-x: auto; background: #f2f5f8; padding: 0.5rem; }
.body table { margin: 0.5rem 0 1rem; }
.body img { max-width: 100%; }
.facets { display: flex; flex-wrap: wrap; gap: 0 1rem; align-items: end; background: #f2f5f8; padding: 0.25rem 0.75rem; margin: 1rem 0; }
.facets[hidden] { display: none; }
.facets p { margin: 0.4rem 0; }
.facets label { display: block; font-weight: 600; font-size: 0.9rem; }
.facets select { max-width: 14rem; font: inherit; }
button { font: inherit; }
ul.records { list-style: none; padding: 0; }
ul.records > li { padding: 0.4rem 0; border-bottom: 1px solid #c4c9cf; }
ul.records > li[hidden] { display: none; }
ul.records .meta { display: block; color: #4a4a4a; font-size: 0.9rem; }
.count { font-weight: 600; }
figure.diagram { margin: 0.5rem 0; max-width: 100%; overflow-x: auto; }
figure.diagram svg { max-width: 100%; height: auto; }
figure.diagram a:focus-visible { outline: 3px solid #a4161a; }
ol.line { display: flex; flex-wrap: wrap; gap: 0.25rem 0.5rem; list-style: none; padding: 0; }
ol.line > li + li::before { content: "→ "; color: #1f5f99; font-weight: 700; }
section.chain { border-top: 1px solid #c4c9cf; }
[data-kwp-results] ol { padding-left: 1.25rem; }
[data-kwp-results] li { margin: 0.5rem 0; }
[data-kwp-results] li p { margin: 0.15rem 0; color: #333333; }
mark { background: #fff3a3; color: inherit; }
input[type="search"] { font: inherit; padding: 0.25rem; width: min(100%, 24rem); }
`;

const PRINT_STYLE = `
@media print {
  header.site nav, .skip, .facets, form[data-kwp-search] { display: none; }
  header.site { background: none; color: #000000; padding: 0; }
  header.site a { color: #000000; }
  main { max-width: none; padding: 0; }
  a { color: inherit; }
  figure.diagram, section.chain, dl.facts { break-inside: avoid; page-break-inside: avoid; }
  .table-wrap { overflow: visible; }
}
`;

export const SITE_CSS = `${BASE_STYLE}${REPORT_STYLE}${SITE_STYLE}${SMALL_SCREEN_STYLE}${PRINT_STYLE}${REPORT_PRINT_STYLE}`;

/** A plain icon: the first letters of "kennis" on the site's blue. */
export const FAVICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#1f5f99"/><path d="M9 7v18M9 16l9-9M12 13l8 12" stroke="#ffffff" stroke-width="3.5" fill="none" stroke-linecap="round"/></svg>
`;
