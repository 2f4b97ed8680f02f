// Reading the listed files of a knowledge base, file by file: the part of reading that the main
// thread and the worker threads (store/read-parallel.ts) share. It follows no symlink out of the
// knowledge base.
import { closeSync, lstatSync, openSync, readFileSync, readSync, realpathSync, statSync } from 'node:fs';
import { sep } from 'node:path';
import type { PendingDiagnostic } from '../core/diagnostics.js';
import { fileStem, type Kind, kindOfPath } from '../core/kinds.js';
import { type ParsedFile, readSourceFile, unreadFile } from '../core/read-file.js';
import type { MessageArgs, MessageId } from '../messages/catalogue.js';

/** A file to read: where it is, and what kwp will call it. */
export interface KbEntry {
  absolute: string;
  /** Relative to the kb root, forward slashes. */
  path: string;
  kind: Kind;
  isLink: boolean;
}

/** Entries as a worker is given them: see `pack` and `unpack`. */
export interface PackedEntries {
  /** Each entry's `absolute`, then `path`, joined by NUL (which no file name holds). */
  names: string;
  /** Each entry's kind, as its place in `kinds`. */
  kind: Uint8Array;
  kinds: Kind[];
  isLink: Uint8Array;
}

export function pack(entries: readonly KbEntry[]): PackedEntries {
  const kinds: Kind[] = [];
  const kind = new Uint8Array(entries.length);
  const isLink = new Uint8Array(entries.length);
  const names: string[] = [];
  entries.forEach((e, i) => {
    let k = kinds.indexOf(e.kind);
    if (k === -1) k = kinds.push(e.kind) - 1;
    kind[i] = k;
    isLink[i] = e.isLink ? 1 : 0;
    names.push(e.absolute, e.path);
  });
  return { names: names.join('\0'), kind, kinds, isLink };
}

export function unpack({ names, kind, kinds, isLink }: PackedEntries): KbEntry[] {
  const parts = names.split('\0');
  const entries: KbEntry[] = [];
  for (let i = 0; i < kind.length; i++)
    entries.push({
      absolute: parts[2 * i]!,
      path: parts[2 * i + 1]!,
      kind: kinds[kind[i]!]!,
      isLink: isLink[i] === 1,
    });
  return entries;
}

/** A file that only the slower, position-aware YAML reader can read: its bytes, kept for it. */
export interface NeedsFull {
  entry: KbEntry;
  bytes: Uint8Array;
}

/**
 * Reads and parses `entries[from]` up to `entries[to]`: each parsed file (or placeholder for one that
 * could not be read) goes to `done`, each one the fast YAML reader turned down to `needFull`.
 */
export function readRange(
  realRoot: string,
  entries: readonly KbEntry[],
  from: number,
  to: number,
  done: (file: ParsedFile) => void,
  needFull: NeedsFull[],
  select?: (entry: KbEntry, bytes: Uint8Array) => boolean,
  skipped?: (file: ParsedFile, at: number) => void,
): void {
  for (let i = from; i < to; i++) {
    const entry = entries[i]!;
    const read = readEntry(realRoot, entry);
    if ('problem' in read) {
      done(placeholder(read.problem));
      continue;
    }
    if (select && !select(entry, read.bytes)) {
      skipped?.(standIn(entry.path, entry.kind), i);
      continue;
    }
    const parsed = readSourceFile(entry.path, entry.kind, read.bytes);
    if (parsed) done(parsed);
    // A copy of its own (not from Buffer's shared pool, so it can go to another thread): the bytes
    // are on loan.
    else needFull.push({ entry, bytes: new Uint8Array(read.bytes) });
  }
}

/** Reads the files the fast YAML reader turned down. */
export async function readFull(
  needFull: readonly NeedsFull[],
  done: (file: ParsedFile) => void,
): Promise<void> {
  if (needFull.length === 0) return;
  // Loaded only now: most knowledge bases never need the slower, position-aware YAML reader.
  const { readYamlFull } = await import('../core/yaml-full.js');
  for (const { entry, bytes } of needFull) done(readSourceFile(entry.path, entry.kind, bytes, readYamlFull)!);
}

/**
 * A file that was listed but deliberately not parsed: no data and no problems, so the rules across
 * files see its id (its file name) and kind, and nothing else. Only `validate --changed` makes these.
 */
export function standIn(path: string, kind: Kind): ParsedFile {
  // One empty list of problems for all: `--changed` makes a stand-in for almost every file of the
  // knowledge base (21,000 of 10,000 dense projects), and nothing adds a problem to a file not read.
  const file = unreadFile(path, kind, undefined, NO_PROBLEMS);
  file.standIn = true;
  return file;
}

const NO_PROBLEMS = Object.freeze([]) as unknown as PendingDiagnostic[];

export function readEntry(
  realRoot: string,
  entry: KbEntry,
): { bytes: Uint8Array } | { problem: PendingDiagnostic } {
  const { path } = entry;
  try {
    if (entry.isLink) {
      const target = realpathSync(entry.absolute);
      if (!inside(realRoot, target))
        return { problem: problem(path, 'symlink-outside', 'file.symlink-outside', { target }) };
      const stat = statSync(target);
      if (!stat.isFile()) return { problem: notARecord(path, stat) };
    }
    return { bytes: readBytes(entry.absolute) };
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? String(e);
    return { problem: problem(path, 'unreadable-file', 'file.unreadable', { reason }) };
  }
}

// One buffer for every file read: a knowledge-base file is parsed into strings right away, so its
// bytes are needed only until the next read. Measured on 13,000 files: no allocation and no fstat
// per file saves about a tenth of the reading time, and the garbage collector's work on the buffers.
const loan = Buffer.allocUnsafe(256 * 1024);

/**
 * A file's bytes, in the shared buffer (valid until the next call) unless the file is larger. A read
 * of a regular file that returns less than was asked has reached the end, so one read does for
 * almost every file: asking again only to be told "0 bytes" was 13,000 system calls of 10,000 projects.
 */
function readBytes(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const length = readSync(fd, loan, 0, loan.length, 0);
    return length < loan.length ? loan.subarray(0, length) : readFileSync(path);
  } finally {
    closeSync(fd);
  }
}

/**
 * Why something in a record folder is no record: a folder, a file that is not `.md`, or neither
 * (a named pipe, which would make a read wait forever, or a device). `node` is what readdir or
 * stat says of it.
 */
export function notARecord(
  path: string,
  node: { isDirectory(): boolean; isFile(): boolean; isSymbolicLink(): boolean },
): PendingDiagnostic {
  const slash = path.lastIndexOf('/');
  const where = { name: path.slice(slash + 1), folder: path.slice(0, slash) };
  const id = node.isDirectory()
    ? 'file.folder'
    : node.isFile() || node.isSymbolicLink()
      ? 'file.not-markdown'
      : 'file.special';
  return problem(path, 'unexpected-file', id, where);
}

export function inside(realRoot: string, target: string): boolean {
  return target === realRoot || target.startsWith(realRoot + sep);
}

export function problem(
  path: string,
  rule: PendingDiagnostic['rule'],
  id: MessageId,
  args: MessageArgs = {},
): PendingDiagnostic {
  return {
    file: path,
    anchor: { kind: 'line', line: 1, column: 1 },
    severity: 'error',
    rule,
    message: { id, args },
  };
}

export function isSymlink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

export function placeholder(problem: PendingDiagnostic): ParsedFile {
  const kind: Kind = kindOfPath(problem.file) ?? 'project';
  // A markdown file that could not be read still names a record, so references to it resolve.
  const file = unreadFile(problem.file, kind, problem.file.endsWith('.md') ? fileStem(problem.file) : '');
  file.problems.push(problem);
  return file;
}
