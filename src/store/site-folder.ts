// Writing the website `kwp site` makes: into a new folder beside the target, which then takes the
// target's place, so a reader (or a web server) never sees half a site, and a failed build leaves
// the old site as it was. Only a folder kwp wrote itself (it holds the marker file) or an empty one is
// ever replaced: a typo in --out must not wipe someone's documents.
//
// A large site's files are written by a worker thread, so that the pages are made while the files
// before them are being written: on a site of 10,000 projects creating its 27,000 files took 2 to
// 8 s of the build (more on a busy disk), and the main thread did nothing else meanwhile. The main
// thread hands the worker the files in batches (a few hundred kB each, a structured clone of the
// strings); the worker writes each synchronously (fs/promises sends every open, write and close
// through the thread pool and back, which on two cores took more processor time than the writing).
// The first files, and all of a small site's, are written on the main thread: a worker costs tens of
// milliseconds to start.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { builtBeside } from './built-file.js';

export type TargetState = 'missing' | 'site' | 'empty' | 'foreign' | 'file';

/** What is at the target now: nothing, a site kwp wrote, an empty folder, something else. */
export function siteTarget(dir: string, marker: string): TargetState {
  let stat;
  try {
    stat = statSync(dir);
  } catch {
    return 'missing';
  }
  if (!stat.isDirectory()) return 'file';
  if (existsSync(join(dir, marker))) return 'site';
  return readdirSync(dir).length === 0 ? 'empty' : 'foreign';
}

export interface SiteWriter {
  /** Writes one file of the site (perhaps later: `finish` waits for every file). */
  write(path: string, text: string): Promise<void>;
  /** Puts the new site in the target's place, once every file is written. */
  finish(): Promise<void>;
  /** Removes what was written; the target stays as it was. */
  abandon(): Promise<void>;
}

export interface WriterOptions {
  /** From how many files on the rest go to worker threads; Infinity for none. */
  readonly workerFrom?: number;
  /** How many worker threads write (each top folder's files are written by one). */
  readonly workers?: number;
  /** The worker's file (tests give the built one); by default the one beside the bundle. */
  readonly workerFile?: URL | null;
}

/** Files are written on the main thread up to this many; workers write the rest. */
export const WORKER_FROM = 1000;
/** Worker threads that write: two, for the two (or more) cores kwp is meant for. */
const WORKERS = 2;
/** A batch goes to the worker once it holds this many characters or files. */
const BATCH_CHARS = 256 * 1024;
const BATCH_FILES = 256;
/** The main thread waits when this many characters are handed over but not yet written. */
const AHEAD_CHARS = 32 * 1024 * 1024;

/** A file's folder inside the site ('' for the root). */
const folderOf = (path: string) => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');

/**
 * The worker's file beside the bundle this code runs from (dist/site-write-worker.js beside
 * dist/main.js or its chunks, .cjs beside dist/kwp.cjs); null from the sources or when missing: then
 * the main thread writes every file.
 */
function builtWorkerFile(): URL | null {
  return builtBeside('site-write-worker');
}

/** The error the worker met, as an Error of the main thread (the message as the file system gave it). */
function errorOf(sent: { message: string; code?: string; path?: string }): Error {
  return Object.assign(new Error(sent.message), {
    ...(sent.code ? { code: sent.code } : {}),
    ...(sent.path ? { path: sent.path } : {}),
  });
}

export function siteWriter(target: string, options: WriterOptions = {}): SiteWriter {
  const workerFile = options.workerFile === undefined ? builtWorkerFile() : options.workerFile;
  const workerFrom = workerFile ? (options.workerFrom ?? WORKER_FROM) : Infinity;
  const parent = dirname(target);
  mkdirSync(parent, { recursive: true });
  const stem = `.${basename(target)}.kwp-${process.pid}`;
  const fresh = join(parent, `${stem}-new`);
  rmSync(fresh, { recursive: true, force: true });
  mkdirSync(fresh);
  const folders = new Set<string>(['']);
  let written = 0;

  const writeHere = (path: string, text: string) => {
    const folder = folderOf(path);
    if (!folders.has(folder)) {
      mkdirSync(join(fresh, folder), { recursive: true });
      folders.add(folder);
    }
    writeFileSync(join(fresh, path), text);
  };

  // The workers (lanes), each once started: the batch being filled and how many files it was given.
  // Each top folder goes to one lane, the one given fewest files when the folder first comes: two
  // threads then create files in different folders, which the file system does side by side.
  interface Lane {
    worker: Worker | undefined;
    batch: string[];
    chars: number;
    files: number;
  }
  const lanes: Lane[] = Array.from({ length: Math.max(1, options.workers ?? WORKERS) }, () => ({
    worker: undefined,
    batch: [],
    chars: 0,
    files: 0,
  }));
  const laneOf = new Map<string, Lane>();
  let noWorker = false;
  // What is handed over and not yet written, and who waits for that to shrink.
  let ahead = 0;
  let failure: Error | undefined;
  let waiting: { below: number; resolve: () => void; reject: (e: Error) => void } | undefined;

  const wake = () => {
    if (!waiting) return;
    if (failure) waiting.reject(failure);
    else if (ahead <= waiting.below) waiting.resolve();
    else return;
    waiting = undefined;
  };

  const startWorker = (): Worker | undefined => {
    try {
      const w = new Worker(workerFile!, { workerData: fresh });
      w.on('message', (m: { chars?: number; error?: { message: string } }) => {
        if (m.error) failure ??= errorOf(m.error);
        else ahead -= m.chars ?? 0;
        wake();
      });
      w.on('error', (e) => {
        failure ??= e;
        wake();
      });
      w.on('exit', () => {
        failure ??= new Error('site writer stopped');
        wake();
      });
      return w;
    } catch {
      noWorker = true;
      return undefined;
    }
  };

  const send = (lane: Lane) => {
    if (lane.batch.length === 0) return;
    lane.worker!.postMessage(lane.batch);
    ahead += lane.chars;
    lane.batch = [];
    lane.chars = 0;
  };

  const until = (below: number) =>
    new Promise<void>((resolve, reject) => {
      waiting = { below, resolve, reject };
      wake();
    });

  const write = async (path: string, text: string) => {
    if (failure) throw failure;
    const top = path.includes('/') ? path.slice(0, path.indexOf('/')) : '';
    let lane = laneOf.get(top);
    if (!lane) {
      lane = lanes.reduce((a, b) => (b.files < a.files ? b : a));
      laneOf.set(top, lane);
    }
    lane.files++;
    if (written++ < workerFrom || noWorker || !(lane.worker ??= startWorker())) {
      writeHere(path, text);
      return;
    }
    lane.batch.push(path, text);
    lane.chars += text.length;
    if (lane.chars >= BATCH_CHARS || lane.batch.length >= BATCH_FILES * 2) {
      send(lane);
      if (ahead > AHEAD_CHARS) await until(AHEAD_CHARS / 2);
    }
  };

  /** Stops every worker (what they were given and did not write yet is not written). */
  const stop = async () => {
    const workers = lanes.flatMap((lane) => (lane.worker ? [lane.worker] : []));
    for (const lane of lanes) lane.worker = undefined;
    for (const w of workers) w.removeAllListeners('exit');
    await Promise.all(workers.map((w) => w.terminate()));
  };

  /** Waits until the workers have written everything, and stops them. */
  const drain = async () => {
    for (const lane of lanes) if (lane.worker) send(lane);
    try {
      await until(0);
    } finally {
      await stop();
    }
  };

  const finish = async () => {
    await drain();
    const old = join(parent, `${stem}-old`);
    const had = existsSync(target);
    if (had) renameSync(target, old);
    try {
      renameSync(fresh, target);
    } catch (e) {
      if (had) renameSync(old, target);
      throw e;
    }
    if (had) rmSync(old, { recursive: true, force: true });
  };

  const abandon = async () => {
    await stop();
    rmSync(fresh, { recursive: true, force: true });
  };
  return { write, finish, abandon };
}
