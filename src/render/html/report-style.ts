// The report's own rules on screen (the status light, the charts, the funnel, evaluations, unread
// files, the long list of projects): shared by the HTML report's inline stylesheet and the site's
// stylesheet, whose report page shows the same pieces. Between BASE_STYLE and SMALL_SCREEN_STYLE,
// whose card layout overrides the list's widths.

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
