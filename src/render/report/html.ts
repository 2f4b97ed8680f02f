// `kwp report --format html`: one self-contained HTML5 document — inline CSS and hand-drawn SVG, no
// script, nothing fetched from anywhere (a Content-Security-Policy says so to the browser too).
// Pure: report data in, text out. Every value from the knowledge base is escaped by `markup`.
import type { Lang } from '../../messages/catalogue.js';
import { Context } from '../html/context.js';
import { markup, Markup } from '../html/markup.js';
import { projectPage } from './html-project.js';
import { STYLE } from './html-style.js';
import { werkplaatsPage } from './html-werkplaats.js';
import type { ReportData, ReportView } from './index.js';

export interface Page {
  /** Plain text for <title>. */
  title: string;
  body: Markup;
}

/** Nothing may be loaded: styles only from this document, images only inline. */
const CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

export function renderHtml(data: ReportData, lang: Lang, view: ReportView = {}): string {
  const ctx = new Context(lang);
  const page =
    data.kind === 'werkplaats' ? werkplaatsPage(ctx, data.report, view) : projectPage(ctx, data.report, view);
  return markup`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="kwp">
<title>${page.title}</title>
<style>${new Markup(STYLE)}</style>
</head>
<body>
<main>
${page.body}</main>
</body>
</html>
`.raw;
}
