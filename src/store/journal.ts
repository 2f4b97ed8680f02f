// The write journal: what a multi-file write is about to do, written before its first file and removed
// after its last, so that a kwp killed halfway (power cut, kill -9) leaves a way back. Each file is
// written atomically already (old or new, never half); the journal makes the whole plan all or
// nothing: the next kwp that opens the knowledge base finds it, and puts back every file that was
// written (or, when every file was written already, only removes it), saying so.
//
// It is `.kwp-journal.json` at the kb root: outside the knowledge folders (never read as a record),
// ignored by git through the .gitignore kwp init writes, and never committed (kwp commits only the
// files a plan names).
import { readFileSync, unlinkSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { FileOp, WritePlan } from '../core/write-plan.js';
import { KwpError } from '../errors.js';
import { createFile, FileExistsError, replaceFile } from './write-file.js';

export const JOURNAL_FILE = '.kwp-journal.json';

interface JournalOp {
  op: FileOp['op'];
  path: string;
  from?: string;
  /** base64 of the bytes before (replace, rename, delete). */
  before?: string;
  /** base64 of the bytes after (create, replace, rename). */
  after?: string;
}

interface Journal {
  kwpJournal: 1;
  pid: number;
  ops: JournalOp[];
}

/** A plan whose files, written one by one, could be seen half done: more than one op and not only new files, or a rename. */
export function needsJournal(plan: WritePlan): boolean {
  if (plan.ops.some((o) => o.op === 'rename')) return true;
  return plan.ops.length > 1 && plan.ops.some((o) => o.op !== 'create');
}

const b64 = (bytes: string | Uint8Array) =>
  (typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : Buffer.from(bytes)).toString('base64');

function journalOp(o: FileOp): JournalOp {
  switch (o.op) {
    case 'create':
      return { op: o.op, path: o.path, after: b64(o.content) };
    case 'replace':
      return { op: o.op, path: o.path, before: b64(o.before), after: b64(o.content) };
    case 'rename':
      return {
        op: o.op,
        from: o.from,
        path: o.path,
        before: b64(o.before),
        after: b64(o.content ?? o.before),
      };
    case 'delete':
      return { op: o.op, path: o.path, before: b64(o.before) };
  }
}

/**
 * Writes the journal for `plan` (atomically, and only if there is none: it is also the lock of a
 * multi-file write). A journal left by a kwp that is gone is dealt with first; one of a kwp still
 * running is `journal.busy`.
 */
export function beginJournal(root: string, plan: WritePlan): () => void {
  const path = join(root, JOURNAL_FILE);
  const journal: Journal = { kwpJournal: 1, pid: process.pid, ops: plan.ops.map(journalOp) };
  const text = `${JSON.stringify(journal)}\n`;
  for (let attempt = 0; ; attempt++) {
    try {
      createFile(path, text);
      break;
    } catch (e) {
      if (!(e instanceof FileExistsError) || attempt > 0) throw e;
      recoverJournal(root); // throws journal.busy when its writer still runs
    }
  }
  return () => unlinkSync(path);
}

export interface Recovery {
  /** rolled-back: the files written were put back; finished: every file was written, nothing put back. */
  action: 'rolled-back' | 'finished';
  paths: string[];
}

/**
 * Finishes what a killed kwp left: undefined when there is no journal. A journal whose writer still
 * runs is left alone (`journal.busy`). A file changed since by someone else stops it (nothing is put
 * back, `journal.conflict`): that is for a person to look at.
 */
export function recoverJournal(root: string): Recovery | undefined {
  const path = join(root, JOURNAL_FILE);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  const journal = parse(text);
  if (!journal) throw new KwpError('journal.unreadable', { journal: JOURNAL_FILE });
  if (journal.pid !== process.pid && isRunning(journal.pid)) {
    // Another kwp is writing now: a write takes milliseconds, so wait for it a little first.
    const after = waitForWriter(path, journal.pid);
    if (after === 'gone') return undefined;
    if (after === 'busy') throw new KwpError('journal.busy', { pid: journal.pid });
    return recoverJournal(root); // it stopped without finishing: its journal is ours to deal with
  }

  const abs = (p: string) => (isAbsolute(p) ? p : join(root, ...p.split('/')));
  const read = (p: string): Buffer | undefined => {
    try {
      return readFileSync(abs(p));
    } catch {
      return undefined;
    }
  };
  const same = (bytes: Buffer | undefined, b64text: string | undefined) =>
    bytes !== undefined && b64text !== undefined && bytes.equals(Buffer.from(b64text, 'base64'));

  // Each op's state now: as before, as after, or neither (someone changed it since).
  type State = 'old' | 'new' | 'half' | 'other';
  const states = journal.ops.map((o): State => {
    const now = read(o.path);
    switch (o.op) {
      case 'create':
        return now === undefined ? 'old' : same(now, o.after) ? 'new' : 'other';
      case 'replace':
        return same(now, o.before) ? 'old' : same(now, o.after) ? 'new' : 'other';
      case 'delete':
        return now === undefined ? 'new' : same(now, o.before) ? 'old' : 'other';
      case 'rename': {
        const from = read(o.from!);
        if (now === undefined) return same(from, o.before) ? 'old' : 'other';
        if (!same(now, o.after)) return 'other';
        // The new name written, the old one not yet removed: half way, put back by removing the new.
        return from === undefined ? 'new' : same(from, o.before) ? 'half' : 'other';
      }
    }
  });
  const paths = journal.ops.map((o) => o.path);
  const other = journal.ops.find((_, i) => states[i] === 'other');
  if (other)
    throw new KwpError('journal.conflict', {
      path: other.path,
      paths: [...new Set(journal.ops.flatMap((o) => (o.from ? [o.from, o.path] : [o.path])))],
      journal: JOURNAL_FILE,
    });
  if (states.every((s) => s === 'new')) {
    unlinkSync(path);
    return { action: 'finished', paths };
  }
  if (states.every((s) => s === 'old')) {
    unlinkSync(path); // killed before its first file: nothing to put back
    return undefined;
  }
  const putBack: string[] = [];
  journal.ops.forEach((o, i) => {
    if (states[i] === 'old') return;
    putBack.push(o.path);
    const before = o.before === undefined ? undefined : Buffer.from(o.before, 'base64');
    switch (o.op) {
      case 'create':
        unlinkSync(abs(o.path));
        return;
      case 'replace':
        replaceFile(abs(o.path), before!);
        return;
      case 'delete':
        createFile(abs(o.path), before!);
        return;
      case 'rename':
        if (read(o.from!) === undefined) createFile(abs(o.from!), before!);
        unlinkSync(abs(o.path));
        return;
    }
  });
  unlinkSync(path);
  return { action: 'rolled-back', paths: putBack };
}

function parse(text: string): Journal | undefined {
  try {
    const value = JSON.parse(text) as Journal;
    return value?.kwpJournal === 1 && Array.isArray(value.ops) && Number.isInteger(value.pid)
      ? value
      : undefined;
  } catch {
    return undefined;
  }
}

const BUSY_WAIT_MS = 3000;

/** Waits (up to BUSY_WAIT_MS) for the writer of a journal: done (gone), stopped (dead), or still busy. */
function waitForWriter(path: string, pid: number): 'gone' | 'dead' | 'busy' {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (let waited = 0; waited < BUSY_WAIT_MS; waited += 50) {
    Atomics.wait(pause, 0, 0, 50);
    let now: Journal | undefined;
    try {
      now = parse(readFileSync(path, 'utf8'));
    } catch {
      return 'gone'; // that write is done
    }
    if (now?.pid !== pid || !isRunning(pid)) return 'dead';
  }
  return 'busy';
}

/** Whether a process with this id runs (one of another user counts as running). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
