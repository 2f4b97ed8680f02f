// The inverted index: for every term, the records that hold it, each with how well it matches there.
// Ranking is BM25F: a term's occurrences are weighed by field (./document.ts FIELD_WEIGHTS) and by
// the field's length against the average, then saturated. That part depends only on the record and
// the term, so it is worked out here, once, and stored with the posting as a small whole number
// (`quality`); a query adds only the term's rarity (./query.ts). The site's split index and
// `kwp search` rank from these same numbers, so they rank alike.
import { compoundParts, termOf, tokens } from './analyse.js';
import type { SearchDocument } from './document.js';
import { FIELD_WEIGHTS, FIELDS } from './fields.js';

/** BM25's saturation and length normalisation. */
export const K1 = 1.2;
const B = 0.75;
/**
 * A posting's quality is the saturated weight times this, rounded: below (K1 + 1) × SCALE, so at
 * most 31, which the site's index stores in one character (./split.ts).
 */
export const SCALE = 14;
/** How much a compound's part counts against the whole word (`buurtbewoners` for `bewoner`). */
const PART_WEIGHT = 0.5;

export interface DocMeta {
  readonly id: string;
  readonly kind: SearchDocument['kind'];
  readonly titel: string;
  readonly path: string;
}

export interface SearchIndex {
  /** The records, numbered by their place here (sorted by id). */
  readonly docs: readonly DocMeta[];
  /** Per term: record numbers ascending, each followed by its quality: [doc, q, doc, q, …]. */
  readonly postings: ReadonlyMap<string, readonly number[]>;
}

/** A field's terms with how often each occurs (compound parts at PART_WEIGHT), and its length. */
function countTerms(
  text: string,
  only: ReadonlySet<string> | undefined,
): { counts: Map<string, number>; length: number } {
  const counts = new Map<string, number>();
  const add = (term: string, n: number) => {
    if (!only || only.has(term)) counts.set(term, (counts.get(term) ?? 0) + n);
  };
  let length = 0;
  for (const token of tokens(text)) {
    const term = termOf(token.text);
    if (term === null) continue;
    length++;
    add(term, 1);
    for (const part of compoundParts(token.text)) if (part !== term) add(part, PART_WEIGHT);
  }
  return { counts, length };
}

/**
 * Builds the index of these documents (in any order: they are numbered by id). With `only`, just
 * the postings of those terms (what one `kwp search` needs), each exactly as the whole index has it.
 */
export function buildIndex(documents: readonly SearchDocument[], only?: ReadonlySet<string>): SearchIndex {
  const sorted = [...documents].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const counted = sorted.map((doc) =>
    FIELDS.map((field) => {
      const text = doc.fields[field];
      return text === undefined ? undefined : countTerms(text, only);
    }),
  );
  const average = FIELDS.map((_, f) => {
    let sum = 0;
    let n = 0;
    for (const fields of counted) {
      const c = fields[f];
      if (c) {
        sum += c.length;
        n++;
      }
    }
    return n === 0 ? 1 : Math.max(1, sum / n);
  });

  const postings = new Map<string, number[]>();
  counted.forEach((fields, doc) => {
    const weighted = new Map<string, number>();
    fields.forEach((c, f) => {
      if (!c) return;
      const norm = 1 - B + (B * c.length) / average[f]!;
      const weight = FIELD_WEIGHTS[FIELDS[f]!];
      for (const [term, tf] of c.counts) weighted.set(term, (weighted.get(term) ?? 0) + (weight * tf) / norm);
    });
    for (const [term, tf] of weighted) {
      const quality = Math.max(1, Math.round(((tf * (K1 + 1)) / (tf + K1)) * SCALE));
      const list = postings.get(term);
      if (list) list.push(doc, quality);
      else postings.set(term, [doc, quality]);
    }
    counted[doc] = []; // let the counts go as soon as they are posted
  });

  return {
    docs: sorted.map((d) => ({ id: d.id, kind: d.kind, titel: d.titel, path: d.path })),
    postings,
  };
}
