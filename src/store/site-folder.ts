// Writing the website `kwp site` makes: into a new folder beside the target, which then takes the
// target's place, so a reader (or a web server) never sees half a site, and a failed build leaves
// the old site as it was. Only a folder kwp wrote itself (it holds the marker file) or an empty one is
// ever replaced: a typo in --out must not wipe someone's documents.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

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

/** How many files are written at once: enough to keep the disk busy, few enough to bound memory. */
const CONCURRENCY = 32;

export interface SiteWriter {
  /** Writes one file of the site (waits only when CONCURRENCY writes are under way). */
  write(path: string, text: string): Promise<void>;
  /** Waits for every write, then puts the new site in the target's place. */
  finish(): Promise<void>;
  /** Removes what was written; the target stays as it was. */
  abandon(): void;
}

export function siteWriter(target: string): SiteWriter {
  const parent = dirname(target);
  mkdirSync(parent, { recursive: true });
  const stem = `.${basename(target)}.kwp-${process.pid}`;
  const fresh = join(parent, `${stem}-new`);
  rmSync(fresh, { recursive: true, force: true });
  mkdirSync(fresh);
  const folders = new Set<string>(['']);
  const running = new Set<Promise<void>>();
  let failure: unknown;

  const write = async (path: string, text: string) => {
    if (failure !== undefined) throw failure;
    const folder = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
    if (!folders.has(folder)) {
      mkdirSync(join(fresh, folder), { recursive: true });
      folders.add(folder);
    }
    while (running.size >= CONCURRENCY) await Promise.race(running);
    const done: Promise<void> = writeFile(join(fresh, path), text).then(
      () => void running.delete(done),
      (e: unknown) => {
        running.delete(done);
        failure ??= e;
      },
    );
    running.add(done);
  };

  const finish = async () => {
    await Promise.all(running);
    if (failure !== undefined) throw failure;
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

  const abandon = () => rmSync(fresh, { recursive: true, force: true });
  return { write, finish, abandon };
}
