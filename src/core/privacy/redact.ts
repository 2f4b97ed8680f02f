// `--public`: hiding people and only people. Values only, never keys; names as whole words; e-mail
// addresses and phone numbers anywhere; codes (ids, statuses, groups, levels: lowercase words and
// hyphens) and numbers untouched, so whatever looks things up by them still finds them. Pure: a
// report's data, a record or a line of text in, the same shape out.
import { isRecord } from '../data.js';
import type { Kind } from '../kinds.js';
import { KINDS } from '../model/kinds.js';
import { pathSegments, PERSON_KEYS, type PersonValue } from '../person-fields.js';
import { emailSpans, phoneSpans } from './contacts.js';
import { nameMatcher, type Span } from './name-matcher.js';
import { type People, peopleIn, phraseKey, readPersonString, type RecordData } from './people.js';

export const MASK = '[…]';

/** Texts up to this long are remembered with what they became. */
const SHORT = 200;

/** An id, a status, a group, a level, a date: a code, never a name. */
const CODE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface Redactor {
  /** Free text with every person's name, e-mail address and phone number replaced. */
  text(text: string): string;
  /** Every string value, deeply, through `text`; keys, codes, numbers and booleans as they are. */
  data<T>(value: T): T;
  /** A record of `kind`: its person fields hidden whole, every other value as `data` does. */
  record<T>(kind: Kind, data: T): T;
}

/** The redactor for the people named in these records (a knowledge base's files, say). */
export function publicRedactor(records: Iterable<RecordData>, mask = MASK): Redactor {
  return redactor(peopleIn(records), mask);
}

export function redactor(people: People, mask = MASK): Redactor {
  const names = nameMatcher([...people.names, ...people.kept.map((text) => ({ text, keep: true }))]);
  const keptKeys = new Set(people.kept.map(phraseKey));
  // Contacts written so that the patterns would not find them (a phone number in an odd form) are
  // looked for as written, all in one pattern: one pattern per contact made large bases crawl.
  const odd = people.contacts.filter(
    (c) => c.length >= 6 && !covered(c, [...emailSpans(c), ...phoneSpans(c)]),
  );
  const literal =
    odd.length > 0
      ? new RegExp(
          `(?<![\\p{L}\\p{N}])(?:${odd
            .sort((a, b) => b.length - a.length)
            .map(escapeRegExp)
            .join('|')})(?![\\p{L}\\p{N}])`,
          'giu',
        )
      : undefined;

  // A short text recurs (a partner's name, a theme, a role in every project): worked out once.
  const known = new Map<string, string>();
  const text = (s: string): string => {
    if (s.length > SHORT) return masked(s);
    let out = known.get(s);
    if (out === undefined) {
      if (known.size >= 100_000) known.clear();
      known.set(s, (out = masked(s)));
    }
    return out;
  };
  const masked = (s: string): string => {
    const spans = [
      ...(literal
        ? [...s.matchAll(literal)].map((m) => ({ start: m.index, end: m.index + m[0].length }))
        : []),
      ...emailSpans(s),
      ...phoneSpans(s),
      ...names.find(s),
    ];
    return spans.length === 0 ? s : replaceSpans(s, spans, mask);
  };

  const isCode = (s: string) => CODE.test(s) && /[a-z]/.test(s);
  // What a short string value became, as `known` keeps what a text became.
  const knownValues = new Map<string, string>();
  const stringValue = (s: string): string => {
    if (s.length > SHORT) return isCode(s) ? s : text(s);
    let out = knownValues.get(s);
    if (out === undefined) {
      if (knownValues.size >= 100_000) knownValues.clear();
      knownValues.set(s, (out = isCode(s) ? s : text(s)));
    }
    return out;
  };

  const data = (value: unknown): unknown => {
    if (typeof value === 'string') return stringValue(value);
    if (Array.isArray(value)) return value.map(data);
    if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, data(v)]));
    return value;
  };

  const person = (value: unknown, holds: PersonValue): unknown => {
    if (typeof value === 'string') {
      const read = readPersonString(value, holds);
      if ('organisatie' in read || keptKeys.has(phraseKey(value))) return data(value);
      return mask;
    }
    if (!isRecord(value)) return value;
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        (PERSON_KEYS as readonly string[]).includes(k) && v !== null ? mask : data(v),
      ]),
    );
  };

  const record = (kind: Kind, value: unknown): unknown => {
    const fields = fieldsOf(kind);
    // Where the walk is: keys, and `[]` for a list item; one array, grown and shrunk as it goes.
    const at: string[] = [];
    const walk = (v: unknown): unknown => {
      const single = !Array.isArray(v);
      const field = at.length > 0 ? fields.find(([path]) => atPath(at, path, single)) : undefined;
      if (field) return person(v, field[1]);
      if (Array.isArray(v)) {
        at.push('[]');
        const out = v.map((x) => walk(x));
        at.pop();
        return out;
      }
      if (isRecord(v)) {
        // Object.fromEntries, not assignment: a key `__proto__` stays a key.
        return Object.fromEntries(
          Object.entries(v).map(([k, x]) => {
            at.push(k);
            const out = walk(x);
            at.pop();
            return [k, out];
          }),
        );
      }
      return data(v);
    };
    return walk(value);
  };

  return {
    text,
    data: <T>(value: T) => data(value) as T,
    record: <T>(kind: Kind, value: T) => record(kind, value) as T,
  };
}

/** Each person field of a kind, as path segments (see pathSegments) and what it holds. */
function fieldsOf(kind: Kind): [readonly string[], PersonValue][] {
  let fields = FIELDS.get(kind);
  if (!fields) {
    const persons = Object.entries(KINDS[kind].persons) as [string, PersonValue][];
    FIELDS.set(kind, (fields = persons.map(([path, holds]) => [pathSegments(path), holds])));
  }
  return fields;
}
const FIELDS = new Map<Kind, [readonly string[], PersonValue][]>();

/**
 * Whether the keys at `at` (keys, `[]` for a list item) are at the path, or, with `single` (a single
 * value where the path wants a list, as valuesAt reads it), one list level above it.
 */
function atPath(at: readonly string[], path: readonly string[], single: boolean): boolean {
  return (single && path.at(-1) === '[]' && fits(at, true, path)) || fits(at, false, path);
}

function fits(at: readonly string[], item: boolean, path: readonly string[]): boolean {
  const n = at.length + (item ? 1 : 0);
  if (path.length !== n) return false;
  for (let i = 0; i < n; i++) {
    const segment = i < at.length ? at[i]! : '[]';
    const p = path[i]!;
    if (p !== segment && (p !== '*' || segment === '[]')) return false;
  }
  return true;
}

/** Whether the spans cover all of `text`. */
function covered(text: string, spans: Span[]): boolean {
  return spans.some((s) => s.start === 0 && s.end === text.length);
}

/** The text with each span (merged where they overlap or touch) replaced by one mask. */
function replaceSpans(text: string, spans: Span[], mask: string): string {
  const merged: Span[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  let out = '';
  let at = 0;
  for (const span of merged) {
    out += text.slice(at, span.start) + mask;
    at = span.end;
  }
  return out + text.slice(at);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
