/// <reference lib="dom" />
// The site's search in the browser: the same analyser, ranking and passages as `kwp search`
// (core/search), over the split index (core/search/split.ts). Each index file is a script that hands
// its data to `__kwpSearch`; this loads them by adding `<script src>` elements, never with fetch or
// XHR, so the search works opened from disk (`file://`) as well as served, under
// `Content-Security-Policy: script-src 'self'` (no inline script, no eval, no WebAssembly), and asks
// for nothing outside the folder it was loaded from. Bundled by scripts/build.mjs into
// dist/web/kwp-search.js, which `kwp site` copies beside the index.
//
// On a page, a form with `data-kwp-search` (holding an `<input type="search">`) and an element with
// `data-kwp-results` become a search box and its results; `?q=` in the address searches on opening,
// so a search can be shared. The results container's `data-kwp-href` ("{kind}/{id}.html", say)
// makes each result's link (`{page}`: the page `kwp site` writes for the record's file); its `data-kwp-text-count` ("{count} resultaten") and
// `data-kwp-text-none` the lines it shows, in the page's language. The search itself is also
// `window.kwpSearch.search(query)`.
import { type Passage, passage } from '../core/search/passage.js';
import { parseQuery, rank } from '../core/search/query.js';
import type { SearchDocument } from '../core/search/document.js';
import {
  CALLBACK,
  decodePostings,
  docPath,
  type Manifest,
  manifestPath,
  type Shard,
  shardOf,
  shardPath,
} from '../core/search/split.js';

export interface WebResult {
  readonly id: string;
  readonly kind: string;
  readonly titel: string;
  readonly path: string;
  readonly score: number;
  readonly passage: Passage | null;
}

export interface WebAnswer {
  readonly terms: readonly string[];
  readonly total: number;
  readonly results: readonly WebResult[];
}

type Kind = 'm' | 's' | 'd';

const script = document.currentScript as HTMLScriptElement | null;
/** The folder this script was loaded from: the index files are beside it. */
const base = script ? script.src.slice(0, script.src.lastIndexOf('/') + 1) : './';

const waiting = new Map<string, (data: unknown) => void>();
const loaded = new Map<string, Promise<unknown>>();
(globalThis as unknown as Record<string, unknown>)[CALLBACK] = (type: Kind, key: number, data: unknown) => {
  waiting.get(`${type}${key}`)?.(data);
};

let version = '';

function load<T>(type: Kind, key: number, path: string): Promise<T> {
  const id = `${type}${key}`;
  let promise = loaded.get(id);
  if (!promise) {
    promise = new Promise((resolve, reject) => {
      waiting.set(id, resolve);
      const element = document.createElement('script');
      // Served, the version asks past a cached copy of an older index; from disk nothing is cached.
      element.src = base + path + (version && location.protocol !== 'file:' ? `?v=${version}` : '');
      element.async = true;
      element.onerror = () => {
        loaded.delete(id);
        reject(new Error(`kwp search: could not load ${path}`));
      };
      document.head.append(element);
    });
    loaded.set(id, promise);
  }
  return promise as Promise<T>;
}

async function manifest(): Promise<Manifest> {
  const m = await load<Manifest>('m', 0, manifestPath);
  version = m.version;
  return m;
}

export async function search(query: string, limit = 20): Promise<WebAnswer> {
  const { terms } = parseQuery(query);
  if (terms.length === 0) return { terms, total: 0, results: [] };
  const m = await manifest();
  const postings = new Map<string, number[]>();
  await Promise.all(
    terms.map(async (term) => {
      const i = shardOf(m, term);
      if (i === undefined) return;
      const shard = await load<Shard>('s', i, shardPath(i));
      const stored = Object.hasOwn(shard, term) ? shard[term] : undefined;
      if (stored !== undefined) postings.set(term, decodePostings(stored));
    }),
  );
  const hits = rank(terms, (term) => postings.get(term), m.total);
  const shown = await Promise.all(
    hits.slice(0, limit).map(async (hit) => {
      const doc = await load<SearchDocument>('d', hit.doc, docPath(hit.doc));
      return {
        id: doc.id,
        kind: doc.kind,
        titel: doc.titel,
        path: doc.path,
        score: Math.round(hit.score * 10000) / 10000,
        passage: passage(doc, terms) ?? null,
      };
    }),
  );
  return { terms, total: hits.length, results: shown };
}

// ---- the search box on a page ----

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** The site's page of a record's file (`knowledge/projecten/x.md` → `projecten/x.html`), as a link. */
function pageOf(path: string): string {
  return `${path.replace(/^knowledge\//, '').replace(/\.md$/i, '')}.html`
    .split('/')
    .map(encodeURIComponent)
    .join('/');
}

function show(list: HTMLElement, query: string, answer: WebAnswer): void {
  const count = list.dataset['kwpTextCount'] ?? '{count} resultaten';
  const none = list.dataset['kwpTextNone'] ?? 'Niets gevonden voor "{query}".';
  const href = list.dataset['kwpHref'] ?? '#{id}';
  const status = document.createElement('p');
  status.setAttribute('role', 'status');
  status.textContent =
    answer.total === 0 ? fill(none, { query }) : fill(count, { count: String(answer.total), query });
  const items = document.createElement('ol');
  for (const r of answer.results) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = fill(href, {
      id: encodeURIComponent(r.id),
      kind: encodeURIComponent(r.kind),
      page: pageOf(r.path),
    });
    link.textContent = r.titel;
    item.append(link);
    if (r.passage) {
      const text = document.createElement('p');
      for (const part of r.passage.parts) {
        if (part.match) {
          const mark = document.createElement('mark');
          mark.textContent = part.text;
          text.append(mark);
        } else text.append(part.text);
      }
      item.append(text);
    }
    items.append(item);
  }
  list.replaceChildren(status, ...(answer.results.length > 0 ? [items] : []));
}

function connect(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-kwp-search]');
  const list = document.querySelector<HTMLElement>('[data-kwp-results]');
  const input = form?.querySelector<HTMLInputElement>('input[type="search"]');
  if (!form || !list || !input) return;
  let latest = 0;
  const run = async (query: string) => {
    const asked = ++latest;
    const answer = await search(query);
    if (asked === latest) show(list, query, answer);
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = input.value;
    try {
      const url = new URL(location.href);
      url.searchParams.set('q', query);
      history.replaceState(null, '', url);
    } catch {
      // Some browsers refuse to change a file:// address; the search works all the same.
    }
    void run(query);
  });
  const asked = new URLSearchParams(location.search).get('q');
  if (asked) {
    input.value = asked;
    void run(asked);
  }
}

(globalThis as unknown as Record<string, unknown>)['kwpSearch'] = { search };
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', connect);
else connect();
