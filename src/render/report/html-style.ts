// The one inline stylesheet of the HTML report: kwp's shared page style (src/render/html/style.ts),
// with the report's own parts (the status light, the charts, the funnel, evaluations, unread files,
// the long list of projects) between its two halves, and the report's print layout (A4, the list on
// landscape pages, tables kept whole where they fit).
import { REPORT_STYLE } from '../html/report-style.js';
import { BASE_STYLE, SMALL_SCREEN_STYLE } from '../html/style.js';

const PRINT_STYLE = `
@media print {
  @page { size: A4; margin: 15mm 12mm; }
  @page lijst { size: A4 landscape; margin: 12mm; }
  html { font-size: 10pt; }
  .lijst-section { page: lijst; }
  main { max-width: none; padding: 0; }
  nav.toc { display: none; }
  a { color: inherit; text-decoration: none; }
  .table-wrap { overflow: visible; }
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

export const STYLE = BASE_STYLE + REPORT_STYLE + SMALL_SCREEN_STYLE + PRINT_STYLE;
