// Markup that escapes every value by default: the base of kwp's HTML, shared by the report and the
// coming website. A value is text unless it is Markup, which only `markup` and the helpers here make.
/** Markup that is already safe: only `markup` and the helpers here make one. */
export class Markup {
  constructor(readonly raw: string) {}
}

export type Part = string | number | Markup | null | undefined | false | readonly Part[];

// C0 controls other than tab, line feed and carriage return, and DEL: not text, and some parsers
// treat them oddly. They become the replacement character.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
/** Any character escapeHtml changes: a control character or one of `&<>"'`. */
// eslint-disable-next-line no-control-regex
const SPECIAL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f&<>"']/;
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text from the knowledge base, safe in element content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  // Most texts hold nothing to escape: one test then, rather than two replacements.
  if (!SPECIAL.test(text)) return text;
  return text.replace(CONTROLS, '\ufffd').replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** A part as HTML: text escaped, Markup as it is, nothing for null, undefined and false. */
export function render(part: Part): string {
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
