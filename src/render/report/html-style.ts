// The one inline stylesheet of the HTML report: kwp's shared page style (src/render/html/style.ts),
// with the report's own parts (the status light, the charts, the funnel, evaluations, unread files,
// the long list of projects) between its two halves, and the report's print layout (A4, the list on
// landscape pages, tables kept whole where they fit).
import { REPORT_PRINT_STYLE, REPORT_STYLE } from '../html/report-style.js';
import { BASE_STYLE, SMALL_SCREEN_STYLE } from '../html/style.js';

/** The report's own page on paper: A4, text a little smaller, links as plain text. */
const PAGE_PRINT_STYLE = `
@media print {
  @page { size: A4; margin: 15mm 12mm; }
  html { font-size: 10pt; }
  main { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  .table-wrap { overflow: visible; }
}
`;

export const STYLE = BASE_STYLE + REPORT_STYLE + SMALL_SCREEN_STYLE + PAGE_PRINT_STYLE + REPORT_PRINT_STYLE;
