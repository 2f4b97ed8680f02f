// The report's own rules (the status light, the charts, the funnel, evaluations, unread files, the
// long list of projects), on screen and on paper: shared by the HTML report's inline stylesheet and
// the site's stylesheet, whose report page shows the same pieces. REPORT_STYLE goes between
// BASE_STYLE and SMALL_SCREEN_STYLE, whose card layout overrides the list's widths.

export const REPORT_STYLE = `
table.lijst th[scope="row"] { min-width: 12rem; }
.light { white-space: nowrap; font-weight: 600; }
.light .sym { display: inline-block; width: 1.2em; }
.light-op-schema { color: #1b6530; /* 7.1:1 */ }
.light-aandacht { color: #8a3b00; /* 7.6:1 */ }
.light-klaar { color: #3b4858; /* 9.4:1 */ }
.figure { margin: 0.5rem 0 1rem; }
.figure svg { display: block; width: 100%; max-width: 26rem; height: auto; }
.figure svg text { font-family: inherit; font-size: 13px; }
.funnel { display: flex; flex-wrap: wrap; align-items: center; gap: 0.25rem 0.5rem; padding: 0; list-style: none; }
.funnel li { border: 2px solid #1f5f99; border-radius: 0.4rem; padding: 0.25rem 0.6rem; }
.funnel li.arrow { border: 0; padding: 0; }
.funnel li.aside { border-style: dashed; border-color: #4a4a4a; }
.funnel strong { font-size: 1.2rem; }
article.eval { border-top: 1px solid #c4c9cf; padding-top: 0.25rem; }
section.unread { border: 3px solid #8a3b00; /* 7.6:1 */ padding: 0.25rem 1rem; margin: 1rem 0; }
section.unread h2 { margin-top: 0.5rem; color: #8a3b00; border-bottom-color: #8a3b00; }
section.unread code { overflow-wrap: anywhere; }
`;

/**
 * The report's parts on paper (the HTML report's and the site's report page): the list of projects on
 * landscape pages of its own, fitting the page's width whatever it holds; tables, charts and
 * evaluations kept whole where they fit; no table of contents.
 */
export const REPORT_PRINT_STYLE = `
@media print {
  @page lijst { size: A4 landscape; margin: 12mm; }
  .lijst-section { page: lijst; }
  nav.toc { display: none; }
  section.unread { break-inside: avoid; page-break-inside: avoid; }
  table, .figure, article.eval, ol.chains > li, blockquote, .funnel { break-inside: avoid; page-break-inside: avoid; }
  table.lijst { break-inside: auto; page-break-inside: auto; font-size: 0.8rem; }
  table.lijst .num { white-space: normal; }
  .breakout { width: auto; max-width: 100%; position: static; transform: none; }
  /* Fixed column widths and words that may break: the list fits the page's width, whatever it holds. */
  table.lijst { width: 100%; table-layout: fixed; }
  table.lijst th, table.lijst td { overflow-wrap: anywhere; }
  table.lijst .date { white-space: normal; }
  table.lijst th[scope="row"] { min-width: 0; width: 18%; }
  table.lijst th, table.lijst td { padding-right: 0.4rem; }
  table.aanbod { width: 100%; table-layout: fixed; }
  table.aanbod th, table.aanbod td { overflow-wrap: anywhere; }
  thead th { white-space: normal; }
  td.wide { min-width: 0; font-size: inherit; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; page-break-inside: avoid; }
  h2, h3, h4, h5, caption { break-after: avoid; page-break-after: avoid; }
  h2 { break-before: auto; }
  nav.toc, ol.chains > li, blockquote { background: none; }
}
`;
