// Measures the site's split search index (issue 16): its size, and the bytes one query loads
// (manifest + the shards of its terms + the documents of the first 10 results), at 1,000 and 10,000
// projects of both bench shapes. Not part of `npm run bench`; run it on its own:
//   node bench/search-index.mjs [counts…]        (default: 1000 10000)
// The search code is bundled from src/ on the fly with esbuild, as the build bundles it.
import { Buffer } from 'node:buffer';
import { mkdtempSync, rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { generate } from './generate.mjs';
import { generateDense } from './generate-dense.mjs';

const root = new URL('..', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'kwp-search-bench-'));
const entry = join(work, 'entry.mjs');
await build({
  absWorkingDir: root,
  stdin: {
    resolveDir: root,
    contents: `
      export { loadKnowledgeBase } from './src/store/read-kb.ts';
      export { KnowledgeBase } from './src/core/knowledge-base.ts';
      export { searchDocuments } from './src/core/search/records.ts';
      export { buildIndex } from './src/core/search/build-index.ts';
      export { splitIndex, shardOf, decodePostings } from './src/core/search/split.ts';
      export { parseQuery, rank } from './src/core/search/query.ts';`,
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: entry,
  logLevel: 'warning',
  banner: {
    js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
  },
});
const s = await import(entry);

const QUERIES = [
  'schoolplein',
  'eenzaamheid ouderen',
  'groene schoolpleinen rivierenwijk',
  'studenten gemeente',
  'tuintje',
  'coöperatie',
];
const kb = (n) => `${(n / 1024).toFixed(0)} KB`;

async function measure(label, dir) {
  const { files } = await s.loadKnowledgeBase(dir);
  const base = new s.KnowledgeBase(files);
  let t = performance.now();
  const documents = s.searchDocuments(base);
  const tDocs = performance.now() - t;
  t = performance.now();
  const index = s.buildIndex(documents);
  const tIndex = performance.now() - t;
  const split = s.splitIndex(index, documents);
  const size = new Map(split.map((f) => [f.path, Buffer.byteLength(f.text)]));
  const manifestText = split[0].text;
  const manifest = JSON.parse(manifestText.slice(manifestText.indexOf(',0,') + 3, -3));
  const shards = new Map(
    split
      .filter((f) => f.path.startsWith('s/'))
      .map((f) => [f.path, JSON.parse(f.text.slice(f.text.indexOf(',', 16) + 1, -3))]),
  );
  const total = [...size.values()].reduce((a, b) => a + b, 0);
  const shardSizes = [...size].filter(([p]) => p.startsWith('s/')).map(([, b]) => b);
  console.log(
    `\n${label}: ${index.docs.length} records, ${index.postings.size} terms; documents ${tDocs.toFixed(0)} ms, index ${tIndex.toFixed(0)} ms`,
  );
  console.log(
    `  index on disk: ${kb(total)} in ${split.length} files; manifest ${kb(size.get('manifest.js'))}, ${shardSizes.length} shards (largest ${kb(Math.max(...shardSizes))}), documents ${kb(total - size.get('manifest.js') - shardSizes.reduce((a, b) => a + b, 0))}`,
  );
  let worst = 0;
  // The three terms with the most postings: the heaviest query there can be.
  const heaviest = [...index.postings]
    .sort((a, b) => b[1].length - a[1].length)
    .slice(0, 3)
    .map(([t]) => t);
  for (const query of [...QUERIES, `[heaviest: ${heaviest.join(' ')}]`]) {
    const terms = query.startsWith('[') ? heaviest : s.parseQuery(query).terms;
    const needed = new Set(['manifest.js']);
    const postings = new Map();
    for (const term of terms) {
      const i = s.shardOf(manifest, term);
      if (i === undefined) continue;
      needed.add(`s/${i}.js`);
      const stored = shards.get(`s/${i}.js`)[term];
      if (stored) postings.set(term, s.decodePostings(stored));
    }
    const hits = s.rank(terms, (term) => postings.get(term), manifest.total);
    for (const hit of hits.slice(0, 10)) needed.add(`d/${hit.doc}.js`);
    const bytes = [...needed].reduce((sum, p) => sum + size.get(p), 0);
    worst = Math.max(worst, bytes);
    console.log(`  "${query}": ${hits.length} results, ${needed.size} files, ${kb(bytes)} loaded`);
  }
  console.log(`  most loaded by one query: ${kb(worst)}`);
}

const counts = process.argv.slice(2).map(Number);
for (const n of counts.length > 0 ? counts : [1000, 10000]) {
  const dir = join(work, `kb-${n}`);
  generate(dir, n, 42);
  await measure(`bench shape, ${n} projects`, dir);
  generateDense(dir, n, 42);
  await measure(`dense shape, ${n} projects`, dir);
  rmSync(dir, { recursive: true, force: true });
}
rmSync(work, { recursive: true, force: true });
