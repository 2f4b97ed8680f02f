// The site's search index built on a worker thread (dist/site-index-worker.*), while the main thread
// makes the pages: on a site of 10,000 projects building and splitting the index took 2 to 3 s of
// the main thread's time. The files are the same bytes as those built in-process, which is what
// happens for a small site (a worker costs tens of milliseconds to start), when running from the
// sources (there is no worker file), and when the worker cannot start, fails or sends something else.
import { Worker } from 'node:worker_threads';
import { builtBeside } from './built-file.js';
import { buildIndex } from '../core/search/build-index.js';
import type { SearchDocument } from '../core/search/document.js';
import { type IndexFile, splitIndex } from '../core/search/split.js';

/** From how many documents a worker builds the index. */
export const INDEX_WORKER_FROM = 2000;

/** The index's files, built in-process. */
export function indexFilesHere(documents: readonly SearchDocument[]): IndexFile[] {
  return splitIndex(buildIndex(documents), documents);
}

/**
 * The index's files, built on a worker thread when there are enough documents (or as many as
 * `KWP_SITE_INDEX_WORKER_FROM` says, for tests and measuring) and the worker's file is there.
 */
export async function siteIndexFiles(
  documents: readonly SearchDocument[],
  env: Readonly<Record<string, string | undefined>> = {},
): Promise<IndexFile[]> {
  const asked = env['KWP_SITE_INDEX_WORKER_FROM'];
  const from = asked !== undefined && /^\d{1,9}$/.test(asked) ? Number(asked) : INDEX_WORKER_FROM;
  const file = documents.length >= from ? workerFile() : null;
  const files = file ? await inWorker(file, documents) : null;
  return files ?? indexFilesHere(documents);
}

/**
 * The worker's file beside the bundle this code runs from (dist/site-index-worker.js beside
 * dist/main.js or its chunks, .cjs beside dist/kwp.cjs); null from the sources or when missing.
 */
function workerFile(): URL | null {
  return builtBeside('site-index-worker');
}

/** The files the worker sends, or null when it could not start, failed or sent something else. */
function inWorker(file: URL, documents: readonly SearchDocument[]): Promise<IndexFile[] | null> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(file, { workerData: documents, stdout: true, stderr: true });
    } catch {
      resolve(null);
      return;
    }
    worker.stdout.resume();
    worker.stderr.resume();
    const end = (files: IndexFile[] | null) => {
      resolve(files);
      void worker.terminate();
    };
    worker.on('message', (m: { paths?: unknown; texts?: unknown } | null) => {
      const paths = m?.paths;
      const texts = m?.texts;
      if (
        Array.isArray(paths) &&
        Array.isArray(texts) &&
        paths.length === texts.length &&
        paths.every((p) => typeof p === 'string') &&
        texts.every((t) => typeof t === 'string')
      )
        end(paths.map((path: string, i) => ({ path, text: texts[i] as string })));
      else end(null);
    });
    worker.on('messageerror', () => end(null));
    worker.on('error', () => end(null));
    worker.on('exit', () => end(null));
  });
}
