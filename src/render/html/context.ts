// What the HTML renderers share (the report, and the coming website): the reader's language, catalogue
// texts with values filled in safely, numbers, money and dates in that language, and ids unique
// within one document.
import { longDate } from '../../core/format/long-date.js';
import { money } from '../../core/format/money.js';
import { nl, type MessageId } from '../../messages/nl.js';
import { choosePlurals, type Lang, t } from '../../messages/catalogue.js';
import { escapeHtml, Markup, markup, type Part, render } from './markup.js';

/** What the renderers share: the language, and ids unique within one document. */
export class Context {
  private next = 0;
  /** Made once per document: making a number format costs far more than using it. */
  private numbers: Intl.NumberFormat | undefined;
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
    this.numbers ??= new Intl.NumberFormat(this.locale, { maximumFractionDigits: 2 });
    return this.numbers.format(n);
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
    if (isoDay(value) === null) return markup`${value}`;
    // Written out as every format writes a date (core/format/long-date.ts).
    return markup`<time datetime="${value}">${longDate(value, this.lang)}</time>`;
  }
}

/** Milliseconds of a real YYYY-MM-DD date at midnight UTC, or null. */
export function isoDay(value: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  const time = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return new Date(time).toISOString().slice(0, 10) === value ? time : null;
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
