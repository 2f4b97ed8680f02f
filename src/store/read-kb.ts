// Reads every file of a knowledge base from disk. The only module that lists folders and reads
// bytes for validation; it follows no symlink out of the knowledge base.
import { type Dirent, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { PendingDiagnostic } from '../core/diagnostics.js';
import { ALL_KINDS, FOLDER_KINDS } from '../core/model/kinds.js';
import type { ParsedFile } from '../core/read-file.js';
import { decode } from '../core/source-text.js';
import { FINISH, type Finish } from './finish.js';
import {
  inside,
  isSymlink,
  type KbEntry,
  type NeedsFull,
  notARecord,
  placeholder,
  problem,
  readFull,
  readRange,
  standIn,
} from './read-entry.js';
import { readInParallel } from './read-parallel.js';

export { type Finish, type KbEntry, standIn };

export interface LoadedKb {
  root: string;
  files: ParsedFile[];
}

export interface KbListing {
  realRoot: string;
  entries: KbEntry[];
  /** Entries that are not records at all (folders, other files, links out): reported, not read. */
  problems: PendingDiagnostic[];
}

/**
 * Reads and parses every file of a knowledge base, in path order; `finish` is done to each file as
 * soon as it is parsed.
 */
export async function loadKnowledgeBase(root: string, finish: Finish = 'keep'): Promise<LoadedKb> {
  const listing = listKnowledgeBase(root);
  const files = await readAll(listing.realRoot, listing.entries, finish);
  return { root, files: withPlaceholders(files, listing.problems, FINISH[finish]) };
}

/**
 * Reads and parses entries, all of them: on worker threads as well when there are many
 * (store/read-parallel.ts), here alone otherwise. The files come in no particular order.
 */
export async function readAll(
  realRoot: string,
  entries: readonly KbEntry[],
  finish: Finish,
): Promise<ParsedFile[]> {
  return (await readInParallel(realRoot, entries, finish)) ?? readEntries(realRoot, entries, FINISH[finish]);
}

/** The files of a knowledge base, without reading them. */
export function listKnowledgeBase(root: string): KbListing {
  const realRoot = realpathSync(root);
  const entries: KbEntry[] = [];
  const problems: PendingDiagnostic[] = [];
  // The kinds of one file (the werkplaats), then the record folders.
  for (const { kind, file } of ALL_KINDS) {
    if (file === null) continue;
    const absolute = join(root, file);
    entries.push({ absolute, path: file, kind, isLink: isSymlink(absolute) });
  }
  for (const { kind, folder } of FOLDER_KINDS) {
    if (folder === null) continue;
    const dir = join(root, 'knowledge', folder);
    let dirents: Dirent[];
    try {
      const target = realpathSync(dir);
      if (!inside(realRoot, target)) {
        // A record folder that is a symlink out of the knowledge base: not followed either.
        problems.push(problem(`knowledge/${folder}`, 'symlink-outside', 'file.symlink-outside', { target }));
        continue;
      }
      dirents = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue; // a missing folder is an empty register
    }
    // Plain concatenation, not join(): this loop runs once for each of thousands of files.
    const prefix = `knowledge/${folder}/`;
    const absolutePrefix = dir + sep;
    for (const entry of dirents) {
      const name = entry.name;
      if (name.startsWith('.')) continue; // .gitkeep and editor files
      const path = prefix + name;
      if ((entry.isFile() || entry.isSymbolicLink()) && name.endsWith('.md')) {
        entries.push({ absolute: absolutePrefix + name, path, kind, isLink: entry.isSymbolicLink() });
        continue;
      }
      problems.push(notARecord(path, entry));
    }
  }
  return { realRoot, entries, problems };
}

/**
 * Reads and parses entries; each file is parsed as soon as it is read, so its bytes can go at once.
 * A file that cannot be read becomes a placeholder carrying the reason. With `select`, a file it
 * turns down is not parsed: it stands in by its name alone (see `standIn`).
 */
export async function readEntries(
  realRoot: string,
  entries: readonly KbEntry[],
  each: (file: ParsedFile) => void,
  select?: (entry: KbEntry, bytes: Uint8Array) => boolean,
): Promise<ParsedFile[]> {
  const files: ParsedFile[] = [];
  const needFull: NeedsFull[] = [];
  const done = (file: ParsedFile) => {
    each(file);
    files.push(file);
  };
  readRange(realRoot, entries, 0, entries.length, done, needFull, select, (file) => files.push(file));
  await readFull(needFull, done);
  return files;
}

/** Adds the entries that were not records, and sorts by path, as every command shows files. */
export function withPlaceholders(
  files: ParsedFile[],
  problems: readonly PendingDiagnostic[],
  each: (file: ParsedFile) => void,
): ParsedFile[] {
  for (const p of problems) {
    const file = placeholder(p);
    each(file);
    files.push(file);
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** A path relative to the kb root, with forward slashes, as kwp shows paths everywhere. */
export function kbRelative(root: string, absolute: string): string {
  return relative(root, absolute).split(sep).join('/');
}

/** A file's text as kwp reads it (decoded, without byte-order mark), or null when it is not text. */
export function readTextAgain(root: string, path: string): string | null {
  try {
    const decoded = decode(readFileSync(join(root, path)));
    return decoded.ok ? decoded.source.text : null;
  } catch {
    return null;
  }
}
