// A query against the index: its words as terms, the records that hold every one of them, best first.
// The score is BM25F: each term's rarity (its idf) times its stored quality in the record
// (./build-index.ts). Ties go to the record whose id sorts first, so the order never varies.
import { termOf, tokens } from './analyse.js';
import { SCALE } from './build-index.js';

export interface ParsedQuery {
  /** The distinct terms to find, in the order they were typed. */
  readonly terms: readonly string[];
  /** Words typed that are too common to search for (stop words). */
  readonly ignored: readonly string[];
}

export function parseQuery(text: string): ParsedQuery {
  const terms: string[] = [];
  const ignored: string[] = [];
  for (const token of tokens(text)) {
    const term = termOf(token.text);
    if (term === null) ignored.push(token.text);
    else if (!terms.includes(term)) terms.push(term);
  }
  return { terms, ignored };
}

export interface Hit {
  /** The record's number in the index. */
  readonly doc: number;
  readonly score: number;
}

/** Postings of a term, as the index stores them: [doc, quality, doc, quality, …], docs ascending. */
export type PostingsOf = (term: string) => readonly number[] | undefined;

/**
 * The records holding every term (and passing `keep`), best first. `total` is the number of
 * records in the index, for the terms' rarity.
 */
export function rank(
  terms: readonly string[],
  postingsOf: PostingsOf,
  total: number,
  keep: (doc: number) => boolean = () => true,
): Hit[] {
  if (terms.length === 0) return [];
  const lists = terms.map(postingsOf);
  if (lists.some((l) => l === undefined || l.length === 0)) return [];
  const ordered = (lists as (readonly number[])[]).slice().sort((a, b) => a.length - b.length);
  let scores = new Map<number, number>();
  ordered.forEach((list, i) => {
    const df = list.length / 2;
    const idf = Math.log(1 + (total - df + 0.5) / (df + 0.5));
    const next = new Map<number, number>();
    for (let p = 0; p < list.length; p += 2) {
      const doc = list[p]!;
      const before = i === 0 ? (keep(doc) ? 0 : undefined) : scores.get(doc);
      if (before !== undefined) next.set(doc, before + (idf * list[p + 1]!) / SCALE);
    }
    scores = next;
  });
  return [...scores]
    .map(([doc, score]) => ({ doc, score }))
    .sort((a, b) => b.score - a.score || a.doc - b.doc);
}
