// The index split into files for the site, so that a query loads only what it needs (as Pagefind
// splits its own): a small manifest (the first term of every shard), shards of the postings by term
// range, and one document per record, loaded only for the results shown. Each file is a script that
// hands its data to the search runtime (`__kwpSearch(type, key, data)`): a page loads it with a
// `<script src>`, which works opened from disk (`file://`, where fetch does not) and under
// `script-src 'self'`. Pure: the files come back as text; writing them is the caller's.
import type { SearchIndex } from './build-index.js';
import type { SearchDocument } from './document.js';

/** A shard is closed once its data passes this many bytes (a term's postings are never split). */
export const SHARD_BYTES = 12_000;

/** The global the files call; the runtime (src/web/search.ts) defines it. */
export const CALLBACK = '__kwpSearch';

export interface Manifest {
  /** The format of these files. */
  readonly format: 1;
  /** A hash of every file, for the runtime to ask past a cached copy of an older index. */
  readonly version: string;
  /** How many records the index holds (for the terms' rarity). */
  readonly total: number;
  /** The first term of each shard, sorted: shard `i` holds the terms from `shards[i]` on. */
  readonly shards: readonly string[];
}

/** A shard: each of its terms with its postings as encodePostings writes them. */
export type Shard = Readonly<Record<string, string>>;

export interface IndexFile {
  /** Relative to the index folder, forward slashes. */
  readonly path: string;
  readonly text: string;
}

export const manifestPath = 'manifest.js';
export const shardPath = (i: number): string => `s/${i}.js`;
export const docPath = (doc: number): string => `d/${doc}.js`;

function script(type: 'm' | 's' | 'd', key: number, data: unknown): string {
  return `${CALLBACK}(${JSON.stringify(type)},${key},${JSON.stringify(data)});\n`;
}

/** FNV-1a over the texts: enough to tell two indexes apart, and the same in every runtime. */
function hash(texts: readonly string[]): string {
  let h = 0x811c9dc5;
  for (const text of texts)
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(36);
}

/**
 * Postings as text, two to three characters each: the gap from the record before as a number in
 * five-bit groups (a character of the upper half of ALPHABET for each group but the last, of the
 * lower half for the last), then the quality (below 32) as one character of the lower half.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export function encodePostings(postings: readonly number[]): string {
  let out = '';
  let before = 0;
  for (let p = 0; p < postings.length; p += 2) {
    let gap = postings[p]! - before;
    before = postings[p]!;
    let groups = ALPHABET[gap & 31]!;
    for (gap >>>= 5; gap > 0; gap >>>= 5) groups = ALPHABET[32 + (gap & 31)]! + groups;
    out += groups + ALPHABET[Math.min(31, postings[p + 1]!)]!;
  }
  return out;
}

const VALUE = new Map([...ALPHABET].map((c, i) => [c, i]));

export function decodePostings(text: string): number[] {
  const out: number[] = [];
  let doc = 0;
  let gap = 0;
  for (let i = 0; i < text.length; i++) {
    const v = VALUE.get(text[i]!) ?? 0;
    if (v >= 32) {
      gap = gap * 32 + (v - 32);
      continue;
    }
    doc += gap * 32 + v;
    gap = 0;
    out.push(doc, VALUE.get(text[++i]!) ?? 0);
  }
  return out;
}

/**
 * The files of an index: `manifest.js`, the shards (`s/<n>.js`) and the documents (`d/<n>.js`, by
 * record number). `documents` are those the index was built from.
 */
export function splitIndex(index: SearchIndex, documents: readonly SearchDocument[]): IndexFile[] {
  const terms = [...index.postings.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const shards: { first: string; data: Record<string, string> }[] = [];
  let bytes = Infinity;
  for (const term of terms) {
    const stored = encodePostings(index.postings.get(term)!);
    const size = term.length + stored.length + 6;
    if (bytes + size > SHARD_BYTES && bytes > 0) {
      shards.push({ first: term, data: {} });
      bytes = 0;
    }
    shards.at(-1)!.data[term] = stored;
    bytes += size;
  }
  const byId = new Map(documents.map((d) => [d.id, d]));
  const files: IndexFile[] = [
    ...shards.map((s, i) => ({ path: shardPath(i), text: script('s', i, s.data) })),
    ...index.docs.map((meta, n) => {
      const doc = byId.get(meta.id)!;
      const data = { id: doc.id, kind: doc.kind, titel: doc.titel, path: doc.path, fields: doc.fields };
      return { path: docPath(n), text: script('d', n, data) };
    }),
  ];
  const manifest: Manifest = {
    format: 1,
    version: hash(files.map((f) => f.text)),
    total: index.docs.length,
    shards: shards.map((s) => s.first),
  };
  return [{ path: manifestPath, text: script('m', 0, manifest) }, ...files];
}

/** The shard that holds `term`, if any shard can: the last whose first term is not after it. */
export function shardOf(manifest: Manifest, term: string): number | undefined {
  let lo = 0;
  let hi = manifest.shards.length - 1;
  let found: number | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (manifest.shards[mid]! <= term) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
