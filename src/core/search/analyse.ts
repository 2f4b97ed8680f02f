// The Dutch analyser shared by `kwp search` and the site's search: text → words (with where they
// are, for the passage) → search terms. Lowercase, diacritics folded (`coöperatie` = `cooperatie`),
// words with letters beyond a–z kept whole, stop words left out, diminutives and plurals undone
// (./dutch.ts), then the Snowball Dutch stemmer. Pure, and small enough to bundle for a browser.
import { stemmer } from '@orama/stemmers/dutch';
import { COMPOUND_HEADS, singular, STOP_WORDS, undiminish } from './dutch.js';

export interface Token {
  /** The word as written. */
  readonly text: string;
  /** Where it is in the text, in UTF-16 code units (start inclusive, end exclusive). */
  readonly start: number;
  readonly end: number;
}

/**
 * A word: a letter or digit, then letters (with their combining marks: a decomposed `ö` stays in
 * its word), digits, and an apostrophe only inside (`auto's`). Hyphens and slashes separate words.
 */
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{M}]+)*/gu;

export function tokens(text: string): Token[] {
  const found: Token[] = [];
  for (const m of text.matchAll(WORD)) found.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return found;
}

/** Lowercase, without diacritics, with what follows an apostrophe dropped (`auto's` → `auto`). */
export function fold(word: string): string {
  const plain = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const apostrophe = plain.search(/['’]/);
  return apostrophe > 0 ? plain.slice(0, apostrophe) : plain;
}

const TERMS = new Map<string, string | null>();

/** The stem of a folded word that is no stop word, through the Dutch rules and Snowball. */
function stemFolded(folded: string): string {
  return stemmer(undiminish(singular(folded)));
}

/** The search term of a word as written; null for a stop word. */
export function termOf(word: string): string | null {
  let term = TERMS.get(word);
  if (term === undefined) {
    const folded = fold(word);
    term = folded === '' || STOP_WORDS.has(folded) ? null : stemFolded(folded);
    TERMS.set(word, term);
  }
  return term;
}

let heads: Set<string> | undefined;
const PARTS = new Map<string, readonly string[]>();

/**
 * The terms of the parts of a compound whose last part is a known head (./dutch.ts
 * COMPOUND_HEADS): `buurtbewoners` → `bewoner` and `buurt`, `veiligheidsplan` → `plan` and
 * `veiligheid`. The longest such head wins; the rest is a part only when it is a head too.
 * None for a word that is no such compound.
 */
export function compoundParts(word: string): readonly string[] {
  let parts = PARTS.get(word);
  if (parts !== undefined) return parts;
  heads ??= new Set(COMPOUND_HEADS.map(stemFolded));
  const folded = undiminish(singular(fold(word)));
  parts = [];
  for (let i = 3; folded.length >= 7 && i <= folded.length - 3; i++) {
    const tail = stemFolded(folded.slice(i));
    if (!heads.has(tail)) continue;
    parts = [tail];
    let head = folded.slice(0, i);
    if (!heads.has(stemFolded(head)) && head.endsWith('s')) head = head.slice(0, -1); // `veiligheids-`
    if (heads.has(stemFolded(head))) parts = [tail, stemFolded(head)];
    break;
  }
  PARTS.set(word, parts);
  return parts;
}

/** The search terms of a text, in order, stop words left out. */
export function analyse(text: string): string[] {
  const terms: string[] = [];
  for (const token of tokens(text)) {
    const term = termOf(token.text);
    if (term !== null) terms.push(term);
  }
  return terms;
}
