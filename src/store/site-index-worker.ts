// The entry of a worker thread that builds the site's search index (store/site-index.ts), built on
// its own beside the bundle (dist/site-index-worker.js, dist/site-index-worker.cjs): it is given the
// search documents and sends back the index's files, the same as building them in-process gives.
import { parentPort, workerData } from 'node:worker_threads';
import { buildIndex } from '../core/search/build-index.js';
import type { SearchDocument } from '../core/search/document.js';
import { splitIndex } from '../core/search/split.js';

const documents = workerData as SearchDocument[] | null;
if (parentPort && Array.isArray(documents)) {
  const files = splitIndex(buildIndex(documents), documents);
  // Packed as two lists: 13,000 small objects clone slower than two arrays of strings.
  parentPort.postMessage({ paths: files.map((f) => f.path), texts: files.map((f) => f.text) });
}
