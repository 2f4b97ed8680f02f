// The one write transaction of every command that writes: a WritePlan (src/core/write-plan.ts) is
// checked, written and optionally committed, all or nothing.
//
// 1. Before anything is written: every precondition (a new name is free, a file read earlier still
//    holds the bytes read, a commit can be made).
// 2. Each file is written atomically (a temporary file, then linked or renamed into place), folders
//    made where needed.
// 3. With a commit in the plan: one commit of exactly the files touched.
// When a step fails, every step already done is undone in reverse (old bytes back, created files and
// folders removed, renamed and deleted files restored) and, when the commit failed, the files are
// taken out of the index again, so an error means nothing changed.
import { lstatSync, mkdirSync, readFileSync, rmdirSync, rmSync, unlinkSync } from 'node:fs';
import { dirname, isAbsolute, join, posix } from 'node:path';
import type { FileOp, WritePlan } from '../core/write-plan.js';
import { touchedPaths } from '../core/write-plan.js';
import { KwpError } from '../errors.js';
import { assertCanCommit, commitFiles, initRepository, unstageNewFiles } from './git.js';
import { createFile, FileExistsError, replaceFile, writeFailure } from './write-file.js';
import { beginJournal, needsJournal } from './journal.js';

export interface WriteContext {
  /** The knowledge base root: plan paths are relative to it, and git runs here. */
  root: string;
  /** How a plan path is named in messages; the plan path itself unless given. */
  shown?: (path: string) => string;
  /** The error for a file or folder that cannot be written; writeFailure unless given. */
  failure?: (shown: string, error: unknown) => KwpError;
}

export interface CommitOptions {
  /** Check before writing that the commit can be made (a repository, an identity, nothing else staged). Default true. */
  check?: boolean;
  /** Make the repository (git init in the root) before committing: kwp init outside a repository. */
  newRepository?: boolean;
  /** When the commit fails, the files stay (staged) instead of being undone: kwp init, which can be resumed. */
  keepOnFailure?: boolean;
  /** The error told when the commit fails, given git's (kwp init says what to do next); git's own unless given. */
  failure?: (error: unknown) => unknown;
}

export interface Applied {
  /** Plan paths written (created, replaced, or a rename's new name). */
  written: string[];
  /** Plan paths of keepExisting creates whose file was there already, left as it was. */
  kept: string[];
}

/** The name a create or rename wanted is taken: another writer got there first. Nothing was left behind. */
export class ClashError extends KwpError {
  constructor(
    readonly path: string,
    shown: string,
  ) {
    super('write.exists', { path: shown });
  }
}

/** Writes what the plan says and commits it when it has a commit; on any failure nothing changed. */
export async function applyPlan(
  plan: WritePlan,
  ctx: WriteContext,
  options: CommitOptions = {},
): Promise<Applied> {
  if (plan.commit && options.check !== false) await assertCanCommit(ctx.root);
  const done = writePlanFiles(plan, ctx);
  if (plan.commit) {
    const kept = new Set(done.kept);
    const files = touchedPaths(plan)
      .filter((p) => !kept.has(p))
      .map((p) => absolute(ctx, p));
    try {
      if (options.newRepository) await initRepository(ctx.root);
      await commitFiles(ctx.root, files, plan.commit.message);
    } catch (e) {
      if (!options.keepOnFailure) {
        await unstageNewFiles(ctx.root, files);
        done.undo();
      }
      throw options.failure ? options.failure(e) : e;
    }
  }
  return { written: done.written, kept: done.kept };
}

/**
 * Applies the plan `build` makes; when a name it creates was taken meanwhile (another kwp claimed the
 * same id), nothing is left and `build` is asked again: it looks at the disk, so it picks the next id.
 */
export async function applyRebuilding<T extends { plan: WritePlan }>(
  build: () => T,
  ctx: WriteContext,
  options: CommitOptions = {},
): Promise<T & { applied: Applied }> {
  for (let attempt = 1; ; attempt++) {
    const built = build();
    try {
      return { ...built, applied: await applyPlan(built.plan, ctx, options) };
    } catch (e) {
      if (!(e instanceof ClashError) || attempt >= MAX_ATTEMPTS) throw e;
    }
  }
}
const MAX_ATTEMPTS = 10_000;

export interface WrittenFiles extends Applied {
  /** Puts everything back as it was before (best effort: the error that led here is the one to tell). */
  undo(): void;
}

/** Steps 1 and 2 without git: checks every precondition, then writes each file, undoing all on failure. */
export function writePlanFiles(plan: WritePlan, ctx: WriteContext): WrittenFiles {
  const kept = checkPreconditions(plan.ops, ctx);
  const undos: (() => void)[] = [];
  const madeDirs: string[] = [];
  const written: string[] = [];
  const undo = () => {
    for (const step of undos.reverse()) {
      try {
        step();
      } catch {
        // best effort: keep putting back what can be put back
      }
    }
    undos.length = 0;
    for (const dir of madeDirs.reverse()) removeEmptyDir(dir);
    madeDirs.length = 0;
  };
  // A plan of several files is journaled (./journal.ts): killed halfway, the next kwp puts it back.
  const endJournal = needsJournal(plan) ? beginJournal(ctx.root, plan) : undefined;
  const crashAfter = testCrashAfter();
  let writes = 0;
  try {
    for (const op of plan.ops) {
      if (op.op === 'create' && kept.includes(op.path)) continue;
      if (applyOp(op, ctx, undos, madeDirs) === 'kept') kept.push(op.path);
      else if (op.op !== 'delete') written.push(op.path);
      if (++writes === crashAfter) process.kill(process.pid, 'SIGKILL');
    }
  } catch (e) {
    undo();
    endJournal?.();
    throw e;
  }
  endJournal?.();
  return { written, kept, undo };
}

/**
 * For the crash tests only: `KWP_TEST_CRASH_AFTER=<n>` kills this process (SIGKILL, as a power cut
 * would) right after the n-th file operation of a plan. Without the variable nothing changes.
 */
function testCrashAfter(): number | undefined {
  const n = Number(process.env['KWP_TEST_CRASH_AFTER']);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

function checkPreconditions(ops: readonly FileOp[], ctx: WriteContext): string[] {
  const kept: string[] = [];
  for (const op of ops) {
    switch (op.op) {
      case 'create':
        if (!exists(absolute(ctx, op.path))) break;
        if (op.keepExisting) kept.push(op.path);
        else throw new ClashError(op.path, shown(ctx, op.path));
        break;
      case 'rename':
        assertUnchanged(ctx, op.from, op.before);
        if (exists(absolute(ctx, op.path))) throw new ClashError(op.path, shown(ctx, op.path));
        break;
      case 'replace':
      case 'delete':
        assertUnchanged(ctx, op.path, op.before);
        break;
    }
  }
  return kept;
}

function applyOp(op: FileOp, ctx: WriteContext, undos: (() => void)[], madeDirs: string[]): 'kept' | void {
  switch (op.op) {
    case 'create': {
      const target = absolute(ctx, op.path);
      makeDirs(ctx, op.path, madeDirs);
      try {
        createFile(target, op.content);
      } catch (e) {
        if (!(e instanceof FileExistsError)) throw fail(ctx, op.path, e);
        if (op.keepExisting) return 'kept';
        throw new ClashError(op.path, shown(ctx, op.path));
      }
      undos.push(() => rmSync(target, { force: true }));
      return;
    }
    case 'replace': {
      // Checked again right before writing: the moment between is as short as it can be.
      assertUnchanged(ctx, op.path, op.before);
      const target = absolute(ctx, op.path);
      write(ctx, op.path, () => replaceFile(target, op.content));
      undos.push(() => replaceFile(target, op.before));
      return;
    }
    case 'rename': {
      assertUnchanged(ctx, op.from, op.before);
      const from = absolute(ctx, op.from);
      const to = absolute(ctx, op.path);
      makeDirs(ctx, op.path, madeDirs);
      try {
        createFile(to, op.content ?? op.before);
      } catch (e) {
        if (e instanceof FileExistsError) throw new ClashError(op.path, shown(ctx, op.path));
        throw fail(ctx, op.path, e);
      }
      undos.push(() => rmSync(to, { force: true }));
      write(ctx, op.from, () => unlinkSync(from));
      undos.push(() => createFile(from, op.before));
      return;
    }
    case 'delete': {
      assertUnchanged(ctx, op.path, op.before);
      const target = absolute(ctx, op.path);
      write(ctx, op.path, () => unlinkSync(target));
      undos.push(() => createFile(target, op.before));
      return;
    }
  }
}

/** The file still holds exactly the bytes read: else someone else's work is on disk, and it is left alone. */
function assertUnchanged(ctx: WriteContext, path: string, before: Uint8Array): void {
  let now: Buffer;
  try {
    now = readFileSync(absolute(ctx, path));
  } catch {
    throw new KwpError('edit.changed', { path: shown(ctx, path) });
  }
  if (!now.equals(before)) throw new KwpError('edit.changed', { path: shown(ctx, path) });
}

/** Makes the folder `path` goes into, remembering each folder that did not exist (to remove on undo). */
function makeDirs(ctx: WriteContext, path: string, made: string[]): void {
  const dir = dirname(absolute(ctx, path));
  const missing: string[] = [];
  for (let d = dir; !exists(d) && dirname(d) !== d; d = dirname(d)) missing.unshift(d);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    // A file where a folder should be, no permission: named as the folder of the plan path.
    throw fail(ctx, isAbsolute(path) ? dirname(path) : posix.dirname(path), e);
  }
  made.push(...missing);
}

function write(ctx: WriteContext, path: string, step: () => void): void {
  try {
    step();
  } catch (e) {
    throw fail(ctx, path, e);
  }
}

function fail(ctx: WriteContext, path: string, e: unknown): KwpError {
  if (e instanceof KwpError) return e;
  return (ctx.failure ?? writeFailure)(shown(ctx, path), e);
}

function absolute(ctx: WriteContext, path: string): string {
  return isAbsolute(path) ? path : join(ctx.root, ...path.split('/'));
}

function shown(ctx: WriteContext, path: string): string {
  return ctx.shown ? ctx.shown(path) : path;
}

/** Whether a name is taken: by a file, a folder, or a link to nothing (which a create cannot replace either). */
export function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

function removeEmptyDir(dir: string): void {
  try {
    rmdirSync(dir);
  } catch {
    // not empty after all (someone else put something there), or already gone: leave it
  }
}
