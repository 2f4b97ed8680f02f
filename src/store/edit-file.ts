// Editing a record file in place: only the keys an edit names change, every other byte stays, and a
// file that changed on disk since it was read is never overwritten.
import { readFileSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { type Edit, editFrontmatter } from '../core/edit/frontmatter-edit.js';
import { KwpError } from '../errors.js';
import { writeFailure } from './records.js';
import { replaceFile } from './write-file.js';

export interface PlannedEdit {
  absolute: string;
  /** Relative to the kb root, for messages. */
  path: string;
  before: Buffer;
  after: string;
}

/** Reads a file and works out the edited text; refuses (exit 2, nothing written) what it cannot edit safely. */
export function planEdit(absolute: string, path: string, edits: readonly Edit[]): PlannedEdit {
  let before: Buffer;
  try {
    before = readFileSync(absolute);
  } catch (e) {
    throw new KwpError('edit.unreadable', { path, reason: (e as NodeJS.ErrnoException).code ?? String(e) });
  }
  if (!isUtf8(before)) throw new KwpError('edit.refused', { path, detail: 'UTF-8' });
  const result = editFrontmatter(before.toString('utf8'), edits);
  if (!result.ok) {
    const where = result.line ? `:${result.line}${result.column ? `:${result.column}` : ''}` : '';
    if (result.message) {
      // A YAML problem: told as kwp validate tells it, in the reader's language, not in the log's words.
      const error = new KwpError('edit.refused-yaml', { path: `${path}${where}` });
      error.details = [result.message];
      throw error;
    }
    throw new KwpError('edit.refused', { path: `${path}${where}`, detail: result.detail ?? result.reason });
  }
  return { absolute, path, before, after: result.text };
}

/**
 * Writes a planned edit in one step (a reader sees the old file or the new one), unless the file
 * changed since it was read: then someone else's work is on disk, and it is left alone.
 */
export function applyEdit(edit: PlannedEdit): void {
  let now: Buffer;
  try {
    now = readFileSync(edit.absolute);
  } catch {
    throw new KwpError('edit.changed', { path: edit.path });
  }
  if (!now.equals(edit.before)) throw new KwpError('edit.changed', { path: edit.path });
  try {
    replaceFile(edit.absolute, edit.after);
  } catch (e) {
    // No write permission, a full disk: a message to act on, not an internal error.
    throw writeFailure(edit.path, e);
  }
}

/** Puts the bytes read back, for undoing an edit when a later step of the same command fails. */
export function undoEdit(edit: PlannedEdit): void {
  replaceFile(edit.absolute, edit.before.toString('utf8'));
}
