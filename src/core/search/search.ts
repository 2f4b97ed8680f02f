// One search over documents held in memory (`kwp search`): the same index, ranking and passages as
// the site's split index, built from the knowledge base at hand.
import { buildIndex, type DocMeta } from './build-index.js';
import type { SearchDocument } from './document.js';
import { type Passage, passage } from './passage.js';
import { parseQuery, rank } from './query.js';

export interface SearchResult extends DocMeta {
  /** The BM25F score, rounded to four decimals. */
  readonly score: number;
  readonly passage: Passage | null;
}

export interface SearchAnswer {
  /** The terms searched for (stemmed: what the words were reduced to). */
  readonly terms: readonly string[];
  /** Words left out as too common to search for. */
  readonly ignored: readonly string[];
  /** How many records match, before `limit`. */
  readonly total: number;
  readonly results: readonly SearchResult[];
}

export interface SearchOptions {
  /** Which records may be found (the filters of `kwp list`, `--kind`). */
  keep?: (doc: SearchDocument) => boolean;
  /** At most this many results (all when absent). */
  limit?: number;
}

export function searchDocumentsFor(
  documents: readonly SearchDocument[],
  words: string,
  options: SearchOptions = {},
): SearchAnswer {
  const { terms, ignored } = parseQuery(words);
  const index = buildIndex(documents, new Set(terms));
  const byId = new Map(documents.map((d) => [d.id, d]));
  const keep = options.keep;
  const hits = rank(
    terms,
    (term) => index.postings.get(term),
    index.docs.length,
    keep ? (doc) => keep(byId.get(index.docs[doc]!.id)!) : undefined,
  );
  const shown = options.limit === undefined ? hits : hits.slice(0, options.limit);
  return {
    terms,
    ignored,
    total: hits.length,
    results: shown.map((hit) => {
      const meta = index.docs[hit.doc]!;
      return {
        ...meta,
        score: Math.round(hit.score * 10000) / 10000,
        passage: passage(byId.get(meta.id)!, terms) ?? null,
      };
    }),
  };
}
