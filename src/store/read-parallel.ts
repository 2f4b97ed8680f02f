// Reading a large knowledge base on more than one core. Reading, parsing the frontmatter and (for
// validation) checking each file alone is most of what a command over 10,000 projects does, and
// each file is done on its own; so the main thread and a few worker threads (dist/read-worker.*,
// src/store/read-worker.ts) share it out. The files are cut into chunks; each thread takes the next
// chunk from one shared counter until none is left, so a thread that started late or runs slower
// takes fewer. A worker sends back each chunk's files as kwp keeps them (after `finish`: for
// validation a file's diagnostics and its slimmed data, no text) as soon as it has read them; the
// main thread takes them in (a structured clone) between its own chunks. A file only the slower
// YAML reader can read comes back as bytes and is read on the main thread (that reader's document
// is no plain data to send).
//
// The result is the same as reading on one thread: every command sorts the files by path afterwards,
// and `finish` looks at one file only. When the worker file is missing, a worker cannot start, fails
// or sends something unreadable, the main thread reads the chunks it did not send back itself.
import module from 'node:module';
import { availableParallelism, loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import { builtBeside } from './built-file.js';
import type { ParsedFile } from '../core/read-file.js';
import { FINISH, type Finish } from './finish.js';
import { type KbEntry, type NeedsFull, pack, type PackedEntries, readFull, readRange } from './read-entry.js';

/** Files per chunk: small enough that no thread waits long for another's last chunk. */
export const CHUNK = 64;

/**
 * From how many files workers are started. A worker takes about 150 ms from its start to its first
 * file (its own Node, then kwp's code; about 40 ms of that is Node alone), while the main thread
 * reads alone, and what it sends back costs the main thread time to take in. Measured on a 2-core
 * machine (validation, one thread against one worker, in turns): 2,100 and 7,200 files took 5 to 15%
 * longer with the worker, 14,000 and 21,000 files about 10 to 20% less.
 */
const MIN_FILES = 10_000;

/** At most this many workers, beside the main thread: more cores than this the disk does not feed. */
const MAX_WORKERS = 3;

/** What a worker is given. */
export interface WorkerInput {
  realRoot: string;
  /** The entries, packed: a few strings and byte arrays clone far faster than 14,000 objects. */
  entries: PackedEntries;
  finish: Finish;
  /** One Int32: the next chunk to take, shared by every thread. */
  next: SharedArrayBuffer;
  chunk: number;
  /** Node's compile cache folder of the main thread, when it has one (Node 22+). */
  compileCache?: string | undefined;
  /** Set for a worker of `validate --changed`'s look at unchanged files (store/scan-parallel.ts). */
  scan?: true;
}

/** Node 22's compile cache, which the types of Node 20 do not know. */
export interface CompileCache {
  getCompileCacheDir?: () => string | undefined;
  enableCompileCache?: (dir?: string) => unknown;
}

/** What a worker sends after each chunk it read; `{ done: true }` when there is none left. */
export interface ChunkOutput {
  chunk: number;
  files: ParsedFile[];
  needFull: { index: number; bytes: Uint8Array }[];
}

/**
 * Reads entries on the main thread and worker threads, or returns null when that would not pay
 * (few files, one core) or cannot be done (no worker file, as when running from the sources).
 * `KWP_READ_WORKERS` (a number, 0 for none) and `KWP_READ_WORKERS_FROM` (files) override the
 * defaults, for tests and measuring; with `KWP_READ_WORKERS_ONLY=1` the main thread reads only what
 * no worker sent back (so that a test knows the workers did the reading).
 */
export async function readInParallel(
  realRoot: string,
  entries: readonly KbEntry[],
  finish: Finish,
): Promise<ParsedFile[] | null> {
  const count = workerCount(entries.length);
  if (count === 0) return null;
  const file = workerFile();
  if (!file) return null;
  const next = new SharedArrayBuffer(4);
  const input: WorkerInput = {
    realRoot,
    entries: pack(entries),
    finish,
    next,
    chunk: CHUNK,
    compileCache: (module as CompileCache).getCompileCacheDir?.(),
  };
  const each = FINISH[finish];
  const files: ParsedFile[] = [];
  const needFull: NeedsFull[] = [];
  const done = (f: ParsedFile) => {
    each(f);
    files.push(f);
  };
  const chunks = Math.ceil(entries.length / CHUNK);
  const read = new Uint8Array(chunks);
  const readChunk = (c: number) => {
    readRange(realRoot, entries, c * CHUNK, Math.min(entries.length, (c + 1) * CHUNK), done, needFull);
    read[c] = 1;
  };
  const received = (output: ChunkOutput) => {
    if (output.chunk >= chunks || read[output.chunk]) return;
    read[output.chunk] = 1;
    for (const f of output.files) {
      // The body is the text after the frontmatter: sent once, as part of the text.
      if (f.text !== null && f.bodyOffset > 0) f.body = f.text.slice(f.bodyOffset);
      files.push(f);
    }
    for (const { index, bytes } of output.needFull) needFull.push({ entry: entries[index]!, bytes });
  };
  const workers: Promise<void>[] = [];
  for (let i = 0; i < count; i++) workers.push(startWorker(file, input, received));

  // The main thread reads its share, a chunk at a time, and between chunks takes in what the
  // workers sent: taking it in costs about as much as sending it, and so it is shared out too.
  const counter = new Int32Array(next);
  if (process.env.KWP_READ_WORKERS_ONLY !== '1')
    for (let c = Atomics.add(counter, 0, 1); c < chunks; c = Atomics.add(counter, 0, 1)) {
      readChunk(c);
      await new Promise((resolve) => setImmediate(resolve));
    }
  await Promise.all(workers);
  // What a worker took and did not send back (it failed), the main thread reads now.
  for (let c = 0; c < chunks; c++) if (!read[c]) readChunk(c);
  await readFull(needFull, done);
  return files;
}

/**
 * How many workers to start for `files` files: none below the threshold, none on a busy machine,
 * else one for each core beyond the `keepFree` left to the main thread (and to git, for `--changed`).
 */
export function workerCount(files: number, keepFree = 1): number {
  const env = process.env;
  const from = whole(env.KWP_READ_WORKERS_FROM) ?? MIN_FILES;
  if (files < Math.max(from, 1)) return 0;
  const set = whole(env.KWP_READ_WORKERS);
  if (set !== undefined) return set;
  const cores = availableParallelism();
  // A machine already busy with twice as much work as it has cores has none to spare: a worker
  // would only add its own cost (measured at a load average of 9 to 11 on 2 cores: 1.2 to 1.6
  // times as long as one thread).
  if ((loadavg()[0] ?? 0) > 2 * cores) return 0;
  return Math.max(0, Math.min(MAX_WORKERS, cores - keepFree));
}

function whole(value: string | undefined): number | undefined {
  return value !== undefined && /^\d{1,4}$/.test(value) ? Number(value) : undefined;
}

/** The worker's file beside the bundle (dist/read-worker.js or .cjs); null from the sources or when missing. */
export function workerFile(): URL | null {
  return builtBeside('read-worker');
}

/**
 * Starts a worker, handing each chunk it sends to `received`; resolves when it has sent its last one,
 * or could not start, failed, stopped, or sent something else. Never rejects. Anything it writes is
 * dropped: kwp's output is the main thread's alone.
 */
function startWorker(file: URL, input: WorkerInput, received: (output: ChunkOutput) => void): Promise<void> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(file, { workerData: input, stdout: true, stderr: true });
    } catch {
      resolve();
      return;
    }
    worker.stdout.resume();
    worker.stderr.resume();
    const end = () => {
      resolve();
      void worker.terminate();
    };
    worker.on('message', (message: unknown) => {
      if (isChunk(message)) received(message);
      else end();
    });
    worker.on('messageerror', end);
    worker.on('error', end);
    worker.on('exit', end);
  });
}

function isChunk(message: unknown): message is ChunkOutput {
  const m = message as Partial<ChunkOutput> | null;
  return (
    typeof m === 'object' &&
    m !== null &&
    Number.isInteger(m.chunk) &&
    (m.chunk ?? -1) >= 0 &&
    Array.isArray(m.files) &&
    Array.isArray(m.needFull)
  );
}
