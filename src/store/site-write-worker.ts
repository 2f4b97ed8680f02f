// The entry of a worker thread that writes the site's files (store/site-folder.ts), built on its own
// beside the bundle (dist/site-write-worker.js, dist/site-write-worker.cjs): it is given the new
// site's folder, then batches [path, text, path, text, …]; it answers each batch with its number of
// characters, or with the first error, after which it writes nothing more.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';

const root = workerData as unknown;
const port = parentPort;
if (port && typeof root === 'string') {
  const folders = new Set<string>(['']);
  let failed = false;
  port.on('message', (batch: unknown) => {
    if (failed || !Array.isArray(batch)) return;
    let chars = 0;
    try {
      for (let i = 0; i < batch.length; i += 2) {
        const path = String(batch[i]);
        const text = String(batch[i + 1]);
        const folder = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
        if (!folders.has(folder)) {
          mkdirSync(join(root, folder), { recursive: true });
          folders.add(folder);
        }
        writeFileSync(join(root, path), text);
        chars += text.length;
      }
      port.postMessage({ chars });
    } catch (e) {
      failed = true;
      const error = e as NodeJS.ErrnoException;
      port.postMessage({ error: { message: String(error?.message), code: error?.code, path: error?.path } });
    }
  });
}
