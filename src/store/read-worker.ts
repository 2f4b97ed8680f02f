// The entry of a worker thread that reads part of a large knowledge base (store/read-parallel.ts),
// built on its own beside the bundle (dist/read-worker.js, dist/read-worker.cjs). It turns on Node's
// compile cache first when the main thread has one (Node 22+), so that the code it loads next comes
// from that cache; the work itself is store/read-share.ts.
import module from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import type { CompileCache, WorkerInput } from './read-parallel.js';

const input = workerData as WorkerInput | null;
if (parentPort && input) {
  const port = parentPort;
  if (input.compileCache) (module as CompileCache).enableCompileCache?.(input.compileCache);
  if (input.scan) void import('./scan-share.js').then(({ scanShare }) => scanShare(input, port));
  else void import('./read-share.js').then(({ readShare }) => readShare(input, port));
}
