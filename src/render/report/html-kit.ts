// The small toolkit of the HTML report: markup that escapes every value by default, catalogue texts
// with values filled in safely, numbers and dates in the reader's language, and accessible tables.
import type { ChainShape } from '../../core/chain.js';
import { nl, type MessageId } from '../../messages/nl.js';
import { choosePlurals, type Lang, t } from '../../messages/catalogue.js';
import { money } from '../../core/format/money.js';

/** Markup that is already safe: only `markup` and the helpers here make one. */
export class Markup {
  constructor(readonly raw: string) {}
}

export type Part = string | number | Markup | null | undefined | false | readonly Part[];

// C0 controls other than tab, line feed and carriage return, and DEL: not text, and some parsers
// treat them oddly. They become the replacement character.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text from the knowledge base, safe in element content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(CONTROLS, '\ufffd').replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

function render(part: Part): string {
  if (part === null || part === undefined || part === false) return '';
  if (part instanceof Markup) return part.raw;
  if (typeof part === 'string') return escapeHtml(part);
  if (typeof part === 'number') return escapeHtml(String(part));
  return part.map(render).join('');
}

/** A template of trusted markup: every `${value}` in it is escaped unless it is Markup itself. */
export function markup(strings: TemplateStringsArray, ...parts: Part[]): Markup {
  let out = strings[0]!;
  parts.forEach((part, i) => (out += render(part) + strings[i + 1]!));
  return new Markup(out);
}

/** "a → b → c": the arrow is text, so a screen reader and a printout show it too. */
export const ARROW = markup`<span class="arrow"> → </span>`;

export function join(parts: readonly Part[], separator: Part = ''): Markup {
  return new Markup(parts.map(render).join(render(separator)));
}

/** "a, b en c" / "a, b and c" of markup parts, with the reader's language's separators. */
export function andList(ctx: Context, parts: readonly Part[]): Markup {
  const format = new Intl.ListFormat(ctx.locale, { type: 'conjunction' });
  // Placeholders for the parts, so a part's text can never be taken for a separator.
  const pieces = format.formatToParts(parts.map((_, i) => String(i)));
  return new Markup(
    pieces
      .map((p) => (p.type === 'element' ? render(parts[Number(p.value)]!) : escapeHtml(p.value)))
      .join(''),
  );
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

/** What the renderers share: the language, and ids unique within one document. */
export class Context {
  private next = 0;
  readonly locale: string;
  constructor(readonly lang: Lang) {
    this.locale = lang === 'nl' ? 'nl-NL' : 'en-GB';
  }

  id(prefix: string): string {
    return `${prefix}-${++this.next}`;
  }

  /** A catalogue text as plain text (for attributes and the title): values are not filled in. */
  text(id: MessageId): string {
    return t(this.lang, id);
  }

  /**
   * A catalogue text as markup, its `{name}` placeholders filled with the given parts (escaped
   * unless Markup). The values never pass through `t`, so nothing in them is read as a placeholder
   * or a message id. A number chooses its plural form (`{n:# dag|# dagen}`) and is shown as a whole
   * number in the reader's language.
   */
  m(id: MessageId, args: Readonly<Record<string, Part>> = {}): Markup {
    const numbers = Object.fromEntries(Object.entries(args).filter(([, v]) => typeof v === 'number'));
    const template = choosePlurals(this.lang, t(this.lang, id), numbers);
    let out = '';
    let last = 0;
    for (const match of template.matchAll(/\{(\w+)\}/g)) {
      const name = match[1]!;
      if (!Object.hasOwn(args, name)) continue;
      const value = args[name]!;
      out +=
        escapeHtml(template.slice(last, match.index)) +
        (typeof value === 'number' ? escapeHtml(this.int(value)) : render(value));
      last = match.index + match[0].length;
    }
    return new Markup(out + escapeHtml(template.slice(last)));
  }

  /** The same as `m`, as plain text with the values filled in (for SVG titles and aria-labels). */
  plain(id: MessageId, args: Readonly<Record<string, string>> = {}): string {
    return t(this.lang, id).replace(/\{(\w+)\}/g, (whole, name: string) =>
      Object.hasOwn(args, name) ? args[name]! : whole,
    );
  }

  /** A value from a fixed vocabulary (status, group, …) in the reader's language; unknown ones as written. */
  word(family: 'status' | 'vraagstatus' | 'groep' | 'licht' | 'reden', value: string): string {
    if (value === '' || value === '?') return this.text('report.html.unknown');
    const id = `report.html.${family}.${value}`;
    return Object.hasOwn(nl, id) ? t(this.lang, id as MessageId) : value;
  }

  int(n: number): string {
    return new Intl.NumberFormat(this.locale, { maximumFractionDigits: 2 }).format(n);
  }

  /** Money as every report writes it (core/format/money.ts): € 1.500, € 1.734,50; €1,500 in English. */
  euro(n: number): string {
    return money(n, this.lang);
  }

  /** `part` of `whole` as a whole percentage; null when there is nothing to divide by. */
  pct(part: number, whole: number | null): string | null {
    if (whole === null || whole <= 0) return null;
    return new Intl.NumberFormat(this.locale, { style: 'percent', maximumFractionDigits: 0 }).format(
      part / whole,
    );
  }

  /** A YYYY-MM-DD date as "3 juli 2025" inside <time>; anything else as written. */
  date(value: string | null | undefined): Markup {
    if (!value) return markup`—`;
    const time = isoDay(value);
    if (time === null) return markup`${value}`;
    const shown = new Intl.DateTimeFormat(this.locale, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(time));
    return markup`<time datetime="${value}">${shown}</time>`;
  }
}

/** Milliseconds of a real YYYY-MM-DD date at midnight UTC, or null. */
export function isoDay(value: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  const time = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return new Date(time).toISOString().slice(0, 10) === value ? time : null;
}

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
  return markup`<div class="${wrap}" role="region" aria-labelledby="${captionId}" tabindex="0">
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
