// Blocks of HTML built from parts: accessible tables (cards on a narrow screen), bulleted lists, and
// a chain of projects drawn along its real links.
import type { ChainShape } from '../../core/chain.js';
import type { MessageId } from '../../messages/nl.js';
import { andList, type Context } from './context.js';
import { ARROW, join, markup, type Markup, type Part } from './markup.js';

export interface TableSpec {
  caption: Part;
  head: Part[];
  rows: Part[][];
  /** Columns whose cells are numbers: right-aligned. */
  numeric?: number[];
  /** Other classes by column (`date`: never wrapped; `wide`: room for a list of names). */
  columns?: Readonly<Record<number, string>>;
  /** Wider than the text column on a large screen (the list of projects). */
  wide?: boolean;
  /** A totals row. */
  foot?: Part[];
  /** Extra classes on the table: `lijst` for the long list of projects (`stack` comes with labels). */
  className?: string;
  /** The caption repeats the heading just above it: kept for screen readers, not shown twice. */
  quiet?: boolean;
  /**
   * Plain-text column names: each data cell carries its column's name, so that on a narrow screen
   * the rows can be shown as cards, a label before each value (the `stack` style). The first
   * column's cell is the card's heading and needs none.
   */
  labels?: readonly string[];
}

/** Column headers and the labels that go with them, from the same catalogue ids. */
export function columns(ctx: Context, ids: readonly MessageId[]): { head: Part[]; labels: string[] } {
  return { head: ids.map((id) => ctx.m(id)), labels: ids.map((id) => ctx.text(id)) };
}

/**
 * A real table: a caption, column headers with scope, the first cell of each row a row header,
 * in a wrapper that scrolls sideways on a narrow screen (focusable, so a keyboard can scroll it).
 */
export function table(ctx: Context, spec: TableSpec): Markup {
  const numeric = new Set(spec.numeric ?? []);
  const cls = (i: number) => {
    const names = [numeric.has(i) ? 'num' : '', spec.columns?.[i] ?? ''].filter(Boolean).join(' ');
    return names ? markup` class="${names}"` : '';
  };
  const label = (i: number) => {
    const text = spec.labels?.[i];
    return text ? markup` data-label="${text}"` : '';
  };
  const cells = (row: Part[]) =>
    row.map((cell, i) =>
      i === 0 ? markup`<th scope="row"${cls(i)}>${cell}</th>` : markup`<td${cls(i)}${label(i)}>${cell}</td>`,
    );
  // With labels the rows become cards on a narrow screen (the `stack` style).
  const classes = [spec.className, spec.labels ? 'stack' : ''].filter(Boolean).join(' ');
  const captionId = ctx.id('tabel');
  const wrap = spec.wide ? 'table-wrap breakout' : 'table-wrap';
  const foot = spec.foot ? markup`<tfoot><tr>${cells(spec.foot)}</tr></tfoot>\n` : '';
  return markup`<div class="${wrap}" role="group" aria-labelledby="${captionId}" tabindex="0">
<table${classes ? markup` class="${classes}"` : ''}>
<caption id="${captionId}"${spec.quiet ? markup` class="sr-only"` : ''}>${spec.caption}</caption>
<thead><tr>${spec.head.map((cell, i) => markup`<th scope="col"${cls(i)}>${cell}</th>`)}</tr></thead>
<tbody>
${spec.rows.map((row) => markup`<tr>${cells(row)}</tr>\n`)}</tbody>
${foot}</table>
</div>
`;
}

/** A bulleted list, or a sentence saying there is nothing. */
export function bullets(
  ctx: Context,
  items: readonly Part[],
  empty: MessageId = 'report.html.empty.list',
): Markup {
  if (items.length === 0) return markup`<p class="empty">${ctx.m(empty)}</p>`;
  return markup`<ul>${items.map((item) => markup`<li>${item}</li>`)}</ul>`;
}

/**
 * A chain drawn along its real links (core/chain.ts): steps with arrows between them when it is a
 * straight line; otherwise a list with, per project that builds on others, "c bouwt voort op a en b".
 */
export function chainMarkup(ctx: Context, shape: ChainShape, step: (id: string) => Markup): Markup {
  if (shape.kind === 'line') return join(shape.ids.map(step), ARROW);
  const items = shape.steps.map(
    (s) =>
      markup`<li>${ctx.m('chain.builds-on', { project: step(s.id), earlier: andList(ctx, s.buildsOn.map(step)) })}</li>\n`,
  );
  return markup`<ul class="builds-on">\n${items}</ul>\n`;
}
