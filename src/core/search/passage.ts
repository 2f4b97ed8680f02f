// The passage that shows why a record matched: a short stretch of the field where most of the query's
// terms are, its matched words marked as data (parts with `match: true`), never as HTML, so each
// output (terminal, JSON, the site) marks them its own way and nothing in a record can inject markup.
import { compoundParts, termOf, type Token, tokens } from './analyse.js';
import type { SearchDocument } from './document.js';
import { FIELDS, type Field } from './fields.js';

export interface PassagePart {
  readonly text: string;
  readonly match: boolean;
}

export interface Passage {
  readonly field: Field;
  /** The passage as plain text (`…` where it was cut); the parts joined. */
  readonly text: string;
  readonly parts: readonly PassagePart[];
}

/** Words in a passage, and how many of them come before the first match. */
const SIZE = 24;
const BEFORE = 5;

interface Candidate {
  field: Field;
  text: string;
  words: Token[];
  from: number;
  to: number;
  matched: boolean[];
  distinct: number;
  count: number;
}

function matchedTerm(word: string, terms: ReadonlySet<string>): string | undefined {
  const term = termOf(word);
  if (term !== null && terms.has(term)) return term;
  return compoundParts(word).find((p) => terms.has(p));
}

/** The best window of one field: the most distinct terms, then the most matches, then the earliest. */
function bestWindow(field: Field, text: string, terms: ReadonlySet<string>): Candidate | undefined {
  const words = tokens(text);
  const found = words.map((w) => matchedTerm(w.text, terms));
  let best: Candidate | undefined;
  found.forEach((term, at) => {
    if (term === undefined) return;
    const from = Math.max(0, Math.min(at - BEFORE, words.length - SIZE));
    const to = Math.min(words.length, from + SIZE);
    const inside = found.slice(from, to).filter((t): t is string => t !== undefined);
    const distinct = new Set(inside).size;
    if (!best || distinct > best.distinct || (distinct === best.distinct && inside.length > best.count))
      best = {
        field,
        text,
        words,
        from,
        to,
        matched: found.map((t) => t !== undefined),
        distinct,
        count: inside.length,
      };
  });
  return best;
}

/** Text between words, on one line: a line break becomes ` · `, other white space one space. */
function between(text: string): string {
  return text.replace(/\s*\n\s*/g, ' · ').replace(/\s+/g, ' ');
}

/**
 * Where a record matches the terms. The title is shown with every result anyway, so it gives the
 * passage only when nothing else matches. Undefined when no field holds a term.
 */
export function passage(doc: SearchDocument, terms: readonly string[]): Passage | undefined {
  const wanted = new Set(terms);
  let best: Candidate | undefined;
  for (const field of FIELDS) {
    const text = doc.fields[field];
    if (text === undefined || field === 'titel') continue;
    const c = bestWindow(field, text, wanted);
    if (c && (!best || c.distinct > best.distinct)) best = c;
  }
  if (!best && doc.fields.titel !== undefined) best = bestWindow('titel', doc.fields.titel, wanted);
  if (!best) return undefined;

  const { text, words, from, to, matched } = best;
  const parts: PassagePart[] = [];
  const plain = (s: string) => {
    if (s === '') return;
    const last = parts.at(-1);
    if (last && !last.match) parts[parts.length - 1] = { text: last.text + s, match: false };
    else parts.push({ text: s, match: false });
  };
  if (from > 0) plain('…');
  else plain(between(text.slice(0, words[0]!.start)).trimStart());
  for (let i = from; i < to; i++) {
    const w = words[i]!;
    if (i > from) plain(between(text.slice(words[i - 1]!.end, w.start)));
    if (matched[i]) parts.push({ text: w.text, match: true });
    else plain(w.text);
  }
  if (to < words.length) plain('…');
  else plain(between(text.slice(words[to - 1]!.end)).trimEnd());
  return { field: best.field, text: parts.map((p) => p.text).join(''), parts };
}
