// Hand-written inline SVG charts, for the HTML report and the site's report page: bars against a
// target, and plain bar charts. Each is an image with a title and a description that carries the
// numbers; the same numbers are always in a table next to it. No script, no external reference, no
// style attribute (colours are SVG attributes, which a strict style-src allows): only shapes and text.
import type { Context } from './context.js';
import { Markup, markup } from './markup.js';

const WIDTH = 360;
const ROW = 46;
const BAR = 16;
const LABEL_MAX = 44;

const ink = '#1a1a1a';
const barFill = '#1f5f99'; // 6.6:1 against white
const track = '#e4e7eb';
const marker = '#a4161a'; // 7.4:1 against white

/** A long label cut short in the drawing (the table beside it keeps the whole text). */
function short(label: string): string {
  const chars = [...label.replace(/\s+/g, ' ')];
  return chars.length > LABEL_MAX ? `${chars.slice(0, LABEL_MAX - 1).join('')}…` : chars.join('');
}

function svg(ctx: Context, title: string, desc: string, height: number, body: Markup[]): Markup {
  const titleId = ctx.id('grafiek');
  const descId = ctx.id('uitleg');
  const size = `viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}"`;
  return markup`<svg role="img" aria-labelledby="${titleId} ${descId}" ${new Markup(size)} focusable="false">
<title id="${titleId}">${title}</title>
<desc id="${descId}">${desc}</desc>
${body}</svg>`;
}

export interface TargetRow {
  label: string;
  value: number;
  target: number | null;
  /** The row as a sentence, e.g. "Studenten: 192 van 400 (48%)". */
  text: string;
}

/** One bar per figure, scaled to the larger of figure and target, with a marker at the target. */
export function targetChart(ctx: Context, title: string, rows: TargetRow[]): Markup {
  const inner = WIDTH - 8;
  const shapes = rows.map((row, i) => {
    const y = 8 + i * ROW;
    const scale = Math.max(row.value, row.target ?? 0, 1);
    const w = Math.round((Math.max(0, row.value) / scale) * inner);
    const barY = y + 20;
    // The marker has a white edge, so it shows on the bar too when the target is passed.
    const at = 4 + Math.round((Math.max(0, row.target ?? 0) / scale) * inner) - 2;
    const target =
      row.target === null
        ? ''
        : markup`<rect x="${at}" y="${barY - 5}" width="4" height="${BAR + 10}" fill="${marker}" stroke="#ffffff" stroke-width="1"/>\n`;
    return markup`<g>
<text x="4" y="${y + 12}" fill="${ink}">${short(row.text)}</text>
<rect x="4" y="${barY}" width="${inner}" height="${BAR}" fill="${track}"/>
<rect x="4" y="${barY}" width="${w}" height="${BAR}" fill="${barFill}"/>
${target}</g>
`;
  });
  const desc = rows.map((r) => r.text).join('; ');
  return svg(ctx, title, desc, 8 + rows.length * ROW + 6, shapes);
}

export interface BarRow {
  label: string;
  value: number;
}

/** A horizontal bar per category, the label above its bar and the number at its end. */
export function barChart(ctx: Context, title: string, rows: BarRow[]): Markup {
  const max = Math.max(1, ...rows.map((r) => r.value));
  const inner = WIDTH - 56;
  const shapes = rows.map((row, i) => {
    const y = 8 + i * ROW;
    const w = Math.max(row.value > 0 ? 2 : 0, Math.round((Math.max(0, row.value) / max) * inner));
    const barY = y + 20;
    return markup`<g>
<text x="4" y="${y + 12}" fill="${ink}">${short(row.label)}</text>
<rect x="4" y="${barY}" width="${w}" height="${BAR}" fill="${barFill}"/>
<text x="${4 + w + 6}" y="${barY + 13}" fill="${ink}">${ctx.int(row.value)}</text>
</g>
`;
  });
  const numbers = rows.map((r) => `${r.label}: ${ctx.int(r.value)}`).join('; ');
  return svg(
    ctx,
    title,
    `${numbers}. ${ctx.text('report.html.chart.bars-desc')}`,
    8 + rows.length * ROW + 6,
    shapes,
  );
}
