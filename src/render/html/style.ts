// The stylesheet every HTML page of kwp shares (the report, and the coming website): system fonts
// only (nothing to fetch), readable on a phone (tables scroll sideways in their own box, or become
// cards), and colours that meet WCAG AA against white (contrast noted per colour). A page adds its own
// rules between the two parts: BASE_STYLE first, then the page's, then SMALL_SCREEN_STYLE, whose
// rules for narrow screens must come after every rule they override.
export const BASE_STYLE = `
:root { color-scheme: light; }
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0;
  background: #ffffff;
  color: #1a1a1a; /* 17.4:1 */
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif;
  font-size: 1rem;
  line-height: 1.5;
  overflow-wrap: break-word;
}
main { max-width: 64rem; margin: 0 auto; padding: 1rem 1rem 2rem; }
header.top { border-bottom: 4px solid #1f5f99; padding-bottom: 0.75rem; margin-bottom: 1rem; }
.kicker { margin: 0; color: #4a4a4a; /* 8.9:1 */ font-size: 0.95rem; text-transform: uppercase; letter-spacing: 0.04em; }
h1 { font-size: 1.75rem; line-height: 1.2; margin: 0.25rem 0 0.5rem; overflow-wrap: anywhere; }
h2 { font-size: 1.35rem; line-height: 1.25; margin: 2.25rem 0 0.75rem; padding-bottom: 0.25rem; border-bottom: 2px solid #1f5f99; /* 6.6:1 */ }
h3 { font-size: 1.12rem; margin: 1.5rem 0 0.5rem; }
h4 { font-size: 1rem; margin: 1.25rem 0 0.25rem; }
h5 { font-size: 0.95rem; margin: 0.75rem 0 0.25rem; color: #333333; }
p, ul, ol { margin: 0.4rem 0 0.8rem; }
ul, ol { padding-left: 1.4rem; }
.meta { margin: 0.15rem 0; color: #333333; /* 12.6:1 */ }
.note, .legend, .empty { color: #4a4a4a; font-size: 0.95rem; }
.empty { font-style: italic; }
nav.toc { background: #f2f5f8; border-left: 4px solid #1f5f99; padding: 0.5rem 1rem; margin: 1rem 0; }
nav.toc h2 { font-size: 1rem; margin: 0.25rem 0; border: 0; padding: 0; }
nav.toc ol { columns: 2 14rem; margin: 0.25rem 0; }
a { color: #1f5f99; }
a:focus-visible, .table-wrap:focus-visible { outline: 3px solid #a4161a; outline-offset: 2px; }
.table-wrap { max-width: 100%; overflow-x: auto; margin: 0.5rem 0 1.25rem; }
table { border-collapse: collapse; font-size: 0.95rem; }
caption { caption-side: top; text-align: left; font-weight: 600; padding: 0.25rem 0 0.4rem; }
th, td { text-align: left; vertical-align: top; padding: 0.35rem 0.65rem 0.35rem 0; border-bottom: 1px solid #c4c9cf; }
thead th { border-bottom: 2px solid #1a1a1a; white-space: nowrap; }
tbody th { font-weight: 600; }
tfoot th, tfoot td { border-top: 2px solid #1a1a1a; font-weight: 600; }
.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; padding-left: 0.65rem; }
.date { white-space: nowrap; }
td.wide { min-width: 14rem; font-size: 0.9rem; }
@media (min-width: 68rem) {
  .breakout { width: min(94rem, calc(100vw - 2rem)); max-width: none; position: relative; left: 50%; transform: translateX(-50%); }
}
.sr-only { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.sub { display: block; color: #4a4a4a; font-weight: 400; font-size: 0.85rem; overflow-wrap: anywhere; }
.cols, .pair { display: grid; align-items: start; gap: 0 2rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 20rem), 1fr)); }
.cols > section > h3:first-child { margin-top: 0.75rem; }
ol.chains { padding-left: 0; list-style: none; }
ol.chains > li { margin: 0 0 0.75rem; padding: 0.5rem 0.75rem; border-left: 4px solid #1f5f99; background: #f2f5f8; }
.chain-label { display: block; font-weight: 600; font-size: 0.9rem; color: #333333; }
ul.builds-on { margin: 0.25rem 0 0; padding-left: 1.25rem; }
ul.builds-on > li { margin: 0.15rem 0; }
/* The projects in bold, the words between them not: two long titles in one sentence stay apart. */
ul.builds-on .step { font-weight: 600; }
.step { overflow-wrap: anywhere; }
.arrow { color: #1f5f99; font-weight: 700; padding: 0 0.3rem; }
.this { font-weight: 700; }
blockquote { margin: 0.5rem 0 1rem; padding: 0.5rem 1rem; border-left: 4px solid #1f5f99; background: #f2f5f8; font-size: 1.1rem; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 1rem; margin: 0.5rem 0 1rem; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; overflow-wrap: anywhere; }
footer { margin-top: 3rem; padding-top: 0.5rem; border-top: 1px solid #c4c9cf; color: #4a4a4a; font-size: 0.9rem; }
`;

export const SMALL_SCREEN_STYLE = `
/* A table with labels (the list of projects) on a narrow screen: each row a card, a label before each value, so the
   table stays inside the page instead of running off its side. */
@media screen and (max-width: 50rem) {
  table.stack, table.stack > tbody, table.stack tr, table.stack th, table.stack td { display: block; width: auto; }
  table.stack > thead { position: absolute; width: 1px; height: 1px; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  table.stack tr { padding: 0.5rem 0; border-bottom: 2px solid #c4c9cf; }
  table.stack th[scope="row"] { min-width: 0; border: 0; padding: 0 0 0.25rem; font-size: 1rem; }
  /* The label floats in the cell's left padding (40% of the row: 66.7% of the content box, 38% of the row
     63.3%), and the cell holds it (flow-root), so a label taller than its value, or an empty value, does
     not run into the next row. */
  table.stack td { display: flow-root; min-width: 0; border: 0; padding: 0.1rem 0 0.1rem 40%; text-align: left; white-space: normal; overflow-wrap: anywhere; }
  table.stack td::before { content: attr(data-label); float: left; width: 63.3%; margin-left: -66.7%; font-weight: 600; color: #333333; overflow-wrap: anywhere; }
  table.stack td.wide { font-size: inherit; }
  table.stack td:empty { display: none; }
}
@media (max-width: 30rem) {
  main { padding: 0.75rem 0.75rem 1.5rem; }
  h1 { font-size: 1.45rem; }
  h2 { font-size: 1.2rem; }
  table { font-size: 0.9rem; }
  /* A long word in a cell (Havenkwartier, an e-mail address) may break, so no table needs a scrollbar
     of its own; a row heading keeps room for a word of about ten letters before it breaks one. */
  td, tbody th { overflow-wrap: anywhere; }
  tbody th { min-width: 6rem; }
  thead th { white-space: normal; }
  td.wide { min-width: 0; }
}`;
