// The one message catalogue: every sentence a person sees, by stable id, in Dutch and English.
import { money } from '../core/format/money.js';
import { en } from './en.js';
import { nl, type MessageId } from './nl.js';

export type { MessageId };
export type Lang = 'nl' | 'en';
export const LANGS: readonly Lang[] = ['nl', 'en'];
export type MessageArg = string | number | readonly string[];
export type MessageArgs = Readonly<Record<string, MessageArg>>;
export interface Message {
  id: MessageId;
  args: MessageArgs;
}

const texts: Record<Lang, Record<MessageId, string>> = { nl, en };

/**
 * A message in a language, its placeholders filled. `{name}` is an argument; `{name:one|other}` chooses
 * the form for the number `name` (`{count:# bestand|# bestanden}`: `#` is the number), so that no
 * message ever says `fout(en)` or `1 bestanden`; `{name:euro}` writes the number `name` as money.
 */
export function t(lang: Lang, id: MessageId, args: MessageArgs = {}): string {
  const parts = partsOf(choosePlurals(lang, texts[lang][id], args));
  if (parts.length === 1 && typeof parts[0] === 'string') return parts[0];
  let out = '';
  for (const part of parts) {
    if (typeof part === 'string') {
      out += part;
      continue;
    }
    const value = args[part.name];
    if (part.euro) {
      // `{name:euro}`: an amount, written as every report writes money in this language.
      out += typeof value === 'number' ? money(value, lang) : part.whole;
    } else if (value === undefined) out += part.whole;
    else if (typeof value === 'object') out += value.join(', ');
    // An argument '@type.string' is itself a message id: translated, so rules need not know the language.
    else if (typeof value === 'string' && value.startsWith('@') && value.slice(1) in texts[lang])
      out += texts[lang][value.slice(1) as MessageId];
    else out += String(value);
  }
  return out;
}

/** A placeholder of a message: `{name}`, or `{name:euro}`; `whole` as written. */
interface Placeholder {
  readonly name: string;
  readonly euro: boolean;
  readonly whole: string;
}

const PLACEHOLDER = /\{(\w+)(:euro)?\}/g;
/** Each message text (after its plurals are chosen) cut into text and placeholders once: t() is called for every pair the matcher explains. */
const parsedTexts = new Map<string, readonly (string | Placeholder)[]>();

function partsOf(text: string): readonly (string | Placeholder)[] {
  let parts = parsedTexts.get(text);
  if (parts) return parts;
  const cut: (string | Placeholder)[] = [];
  let last = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    if (m.index > last) cut.push(text.slice(last, m.index));
    cut.push({ name: m[1]!, euro: m[2] !== undefined, whole: m[0] });
    last = m.index + m[0].length;
  }
  if (last < text.length || cut.length === 0) cut.push(text.slice(last));
  parsedTexts.set(text, (parts = cut));
  return parts;
}

const PLURAL = /\{(\w+):([^{}|]*)\|([^{}|]*)\}/g;
const pluralRules = new Map<Lang, Intl.PluralRules>();

/**
 * `{name:one|other}` → the form for the number in `name`, its `#` turned into the placeholder `{name}`
 * (filled afterwards, so a renderer can format the number its own way). A plural whose number is not
 * given stays as it is; a value that is no plain number (`–` for "not set", `1.234` as formatted)
 * takes the other form.
 */
export function choosePlurals(lang: Lang, text: string, args: Readonly<Record<string, unknown>>): string {
  if (!text.includes(':')) return text;
  return text.replace(PLURAL, (whole, name: string, one: string, other: string) => {
    const value = args[name];
    if (value === undefined) return whole;
    const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
    if (!Number.isFinite(n)) return other.replace(/#/g, `{${name}}`);
    let rules = pluralRules.get(lang);
    if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
    return (rules.select(n) === 'one' ? one : other).replace(/#/g, `{${name}}`);
  });
}

export function isLang(value: unknown): value is Lang {
  return value === 'nl' || value === 'en';
}

/**
 * A language as people and systems write it: `EN`, `en-GB`, `en_US.UTF-8` all mean English (case
 * ignored, region and encoding too). Undefined when it is none of kwp's languages.
 */
export function parseLang(value: string | undefined): Lang | undefined {
  const base = value
    ?.trim()
    .toLowerCase()
    .split(/[-_.@]/)[0];
  return isLang(base) ? base : undefined;
}

/** Whether `id` is in the catalogue: for ids made at run time (a value name in the help). */
export function hasMessage(id: string): id is MessageId {
  return Object.hasOwn(texts.nl, id);
}

/** A diagnostic's text: its message, plus "did you mean …?" when a rule found a close value. */
export function formatMessage(lang: Lang, message: Message): string {
  const text = t(lang, message.id, message.args);
  const suggestion = message.args['suggestion'];
  return typeof suggestion === 'string'
    ? `${text} ${t(lang, 'hint.did-you-mean', { value: suggestion })}`
    : text;
}
