// Editing a record file in place: only the keys an edit names change, every other byte stays, and a
// file that changed on disk since it was read is never overwritten (the write transaction checks).
import { readFileSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { checkEditable, type Edit, editFrontmatter, type EditResult } from '../core/edit/frontmatter-edit.js';
import { KwpError } from '../errors.js';
import { dirname } from 'node:path';
import type { ReplaceOp } from '../core/write-plan.js';
import { writePlanFiles } from './transaction.js';

export interface PlannedEdit {
  absolute: string;
  /** Relative to the kb root, for messages. */
  path: string;
  before: Buffer;
  after: string;
}

/** Reads a file and works out the edited text; refuses (exit 2, nothing written) what it cannot edit safely. */
export function planEdit(absolute: string, path: string, edits: readonly Edit[]): PlannedEdit {
  return planEditOf(absolute, path, readBytes(absolute, path), edits);
}

/**
 * Reads a file that is to be edited later, refusing now (exit 2) one kwp could not edit safely; the
 * bytes are those the later edit is made in (see planEditOf).
 */
export function readEditable(absolute: string, path: string): Buffer {
  const before = readBytes(absolute, path);
  if (!isUtf8(before)) throw new KwpError('edit.refused', { path, detail: 'UTF-8' });
  const result = checkEditable(before.toString('utf8'));
  if (!result.ok) throw refusalError(path, result);
  return before;
}

function readBytes(absolute: string, path: string): Buffer {
  try {
    return readFileSync(absolute);
  } catch (e) {
    throw new KwpError('edit.unreadable', { path, reason: (e as NodeJS.ErrnoException).code ?? String(e) });
  }
}

/** The edited text of bytes read earlier (the transaction refuses to write it if the file changed since). */
export function planEditOf(
  absolute: string,
  path: string,
  before: Buffer,
  edits: readonly Edit[],
): PlannedEdit {
  if (!isUtf8(before)) throw new KwpError('edit.refused', { path, detail: 'UTF-8' });
  const result = editFrontmatter(before.toString('utf8'), edits);
  if (!result.ok) throw refusalError(path, result);
  return { absolute, path, before, after: result.text };
}

/** Why kwp will not edit a file, as the error a person is shown (exit 2, nothing changed). */
export function refusalError(path: string, result: Extract<EditResult, { ok: false }>): KwpError {
  const where = result.line ? `:${result.line}${result.column ? `:${result.column}` : ''}` : '';
  if (result.message) {
    // A YAML problem: told as kwp validate tells it, in the reader's language, not in the log's words.
    const error = new KwpError('edit.refused-yaml', { path: `${path}${where}` });
    error.details = [result.message];
    return error;
  }
  return new KwpError('edit.refused', { path: `${path}${where}`, detail: result.detail ?? result.reason });
}

/** A planned edit as an operation of a write plan: the file must still hold the bytes read. */
export function replaceOp(edit: PlannedEdit): ReplaceOp {
  return { op: 'replace', path: edit.path, before: edit.before, content: edit.after };
}

/**
 * Writes a planned edit on its own, in one step (a reader sees the old file or the new one), unless
 * the file changed since it was read: then someone else's work is on disk, and it is left alone.
 */
export function applyEdit(edit: PlannedEdit): void {
  writePlanFiles(
    { ops: [{ ...replaceOp(edit), path: edit.absolute }] },
    { root: dirname(edit.absolute), shown: () => edit.path },
  );
}
