// `kwp validate --changed` without the scan cache (in CI) looks at every unchanged file of the
// knowledge base for the ids in play, in two rounds (store/changed-load.ts). On a large knowledge
// base, on a machine of four cores or more, that look is shared with worker threads, by the rules
// of a full validation's reading (store/read-parallel.ts: the knowledge base's number of files, the
// load of the machine, the same KWP_READ_WORKERS* overrides), with one core more kept free. The
// workers are started once, as soon as the files are listed (store/changed-start.ts), so that they
// start while git runs and serve both rounds; a round that ends before they are ready is the main
// thread's alone. Each round's files are cut into chunks taken from a shared counter; a
// worker says of each chunk it took which files to parse (store/scan-share.ts), and the main thread
// parses those, as it parses what its own chunks select. The result is what one thread gives: the
// test per file is the same, and a chunk a worker took and did not answer (it failed, stopped, sent
// something else) is read by the main thread.
import module from 'node:module';
import { Worker } from 'node:worker_threads';
import type { ParsedFile } from '../core/read-file.js';
import { checkAndSlim } from '../core/validate.js';
import { CHUNK, type CompileCache, type WorkerInput, workerCount, workerFile } from './read-parallel.js';
import { type KbEntry, type NeedsFull, pack, readFull, readRange, standIn } from './read-entry.js';
import { mentionSelect } from './read-select.js';

/** One round, as a worker is sent it. */
export interface ScanLook {
  look: number;
  ids: string[];
  /** The entries to look at, by their place in the listing the workers were given. */
  places: Int32Array;
  /** One Int32: the next chunk to take, shared by every thread. */
  next: SharedArrayBuffer;
  chunk: number;
}

/** What a worker sends for each chunk it took: the places (in `places`) of the files to parse. */
export interface ScanChunk {
  look: number;
  chunk: number;
  parse: number[];
  looked: number;
}

export interface ScanPool {
  /**
   * What readEntries(…, checkAndSlim, mentionSelect(ids)) gives for `entries` (taken from the
   * listing the pool was started with), in another order.
   */
  look(entries: readonly KbEntry[], ids: readonly string[]): Promise<ParsedFile[]>;
  /** Stops the workers. */
  close(): void;
}

interface Current {
  look: number;
  received: Map<number, number[]>;
  wake: () => void;
}

/** Starts the workers for a listing, or undefined when reading alone is the rule. */
export function startScanPool(realRoot: string, listing: readonly KbEntry[]): ScanPool | undefined {
  // Two cores are kept for the main thread and git: on a machine of two, a worker's start and the
  // threads' sharing of the one other core cost more than its help (measured in CI, 10,000
  // projects, in turns with and without: 8% longer on the dense shape, 3% on the example-shaped).
  const count = workerCount(listing.length, 2);
  if (count === 0) return undefined;
  const file = workerFile();
  if (!file) return undefined;
  const input: WorkerInput = {
    realRoot,
    entries: pack(listing),
    finish: 'keep',
    next: new SharedArrayBuffer(4),
    chunk: CHUNK,
    compileCache: (module as CompileCache).getCompileCacheDir?.(),
    scan: true,
  };
  const placeOf = new Map(listing.map((e, i) => [e, i]));
  let current: Current | undefined;
  let alive = 0;
  let failed = false;
  const workers: Worker[] = [];
  for (let i = 0; i < count; i++) {
    let worker: Worker;
    try {
      worker = new Worker(file, { workerData: input, stdout: true, stderr: true });
    } catch {
      failed = true;
      continue;
    }
    alive++;
    workers.push(worker);
    worker.stdout.resume();
    worker.stderr.resume();
    let ended = false;
    const end = () => {
      if (ended) return;
      ended = true;
      alive--;
      failed = true;
      current?.wake();
      void worker.terminate();
    };
    worker.on('message', (message: unknown) => {
      if (!isScanChunk(message)) return end();
      if (current && message.look === current.look) current.received.set(message.chunk, message.parse);
      current?.wake();
    });
    worker.on('messageerror', end);
    worker.on('error', end);
    worker.on('exit', end);
  }
  let looks = 0;

  const look = async (entries: readonly KbEntry[], ids: readonly string[]): Promise<ParsedFile[]> => {
    const places = Int32Array.from(entries, (e) => placeOf.get(e) ?? -1);
    if (places.includes(-1)) throw new Error('scan pool: an entry not in its listing');
    const next = new SharedArrayBuffer(4);
    const counter = new Int32Array(next);
    const chunks = Math.ceil(entries.length / CHUNK);
    let wake: () => void = () => {};
    const state: Current = { look: looks++, received: new Map(), wake: () => wake() };
    current = state;
    if (alive > 0) {
      const message: ScanLook = { look: state.look, ids: [...ids], places, next, chunk: CHUNK };
      for (const worker of workers) worker.postMessage(message);
    }
    const select = mentionSelect(ids);
    const files: ParsedFile[] = [];
    const needFull: NeedsFull[] = [];
    const done = (f: ParsedFile) => {
      checkAndSlim(f);
      files.push(f);
    };
    const skipped = (f: ParsedFile) => files.push(f);
    const mine = new Uint8Array(chunks);
    const readChunk = (c: number) => {
      readRange(
        realRoot,
        entries,
        c * CHUNK,
        Math.min(entries.length, (c + 1) * CHUNK),
        done,
        needFull,
        select,
        skipped,
      );
      mine[c] = 1;
    };
    const onlyWorkers = process.env.KWP_READ_WORKERS_ONLY === '1';
    if (!onlyWorkers)
      for (let c = Atomics.add(counter, 0, 1); c < chunks; c = Atomics.add(counter, 0, 1)) {
        readChunk(c);
        await new Promise((resolve) => setImmediate(resolve));
      }
    // The chunks the workers took: waited for while every worker lives.
    const settled = () => {
      if (failed || alive === 0) return true;
      const taken = Math.min(Atomics.load(counter, 0), chunks);
      if (taken < chunks) return false;
      for (let c = 0; c < chunks; c++) if (!mine[c] && !state.received.has(c)) return false;
      return true;
    };
    while (!settled()) await new Promise<void>((resolve) => (wake = resolve));
    current = undefined;
    const toParse: KbEntry[] = [];
    for (let c = 0; c < chunks; c++) {
      if (mine[c]) continue;
      const parse = state.received.get(c);
      if (!parse) {
        readChunk(c);
        continue;
      }
      const wanted = new Set(parse);
      for (let i = c * CHUNK; i < Math.min(entries.length, (c + 1) * CHUNK); i++) {
        const entry = entries[i]!;
        if (wanted.has(i)) toParse.push(entry);
        else files.push(standIn(entry.path, entry.kind));
      }
    }
    readRange(realRoot, toParse, 0, toParse.length, done, needFull);
    await readFull(needFull, done);
    return files;
  };

  return {
    look,
    close: () => {
      for (const worker of workers) void worker.terminate();
    },
  };
}

function isScanChunk(message: unknown): message is ScanChunk {
  const m = message as Partial<ScanChunk> | null;
  return (
    typeof m === 'object' &&
    m !== null &&
    Number.isInteger(m.look) &&
    Number.isInteger(m.chunk) &&
    (m.chunk ?? -1) >= 0 &&
    Array.isArray(m.parse)
  );
}
