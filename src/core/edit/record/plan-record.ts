// One record edited: the wanted values against the file's current ones give the new text, with
// exactly the changed keys edited (byte-preserving) and the changed sections replaced. Nothing
// changed: the text comes back as it was, byte for byte. Pure.
import type { Kind } from '../../kinds.js';
import { type Edit, editFrontmatter, type EditResult } from '../frontmatter-edit.js';
import { changeOf, type RecordValues } from './values.js';
import { setSection } from './section-edit.js';

export type RecordEditResult =
  { ok: true; text: string; changed: string[] } | Extract<EditResult, { ok: false }>;

export function editRecord(
  fileText: string,
  kind: Kind,
  current: RecordValues,
  wanted: RecordValues,
): RecordEditResult {
  const change = changeOf(kind, current, wanted);
  if (change.changed.length === 0) return { ok: true, text: fileText, changed: [] };
  const result = withEmptiedParents(fileText, change.edits);
  if (!result.ok) return result;
  let text = result.text;
  for (const [title, section] of change.sections) text = setSection(text, title, section);
  return { ok: true, text, changed: change.changed };
}

/**
 * The edits made; a value cleared that was the last key of its mapping (`planning: {start: …}`
 * without a start) takes the mapping with it, as the editor will not leave an empty one behind.
 */
function withEmptiedParents(fileText: string, edits: Edit[]): EditResult {
  let todo = edits;
  for (;;) {
    const result = editFrontmatter(fileText, todo);
    if (result.ok || result.reason !== 'not-a-mapping') return result;
    const i = todo.findIndex(
      (e) => e.op === 'delete' && e.path.length > 1 && e.path.join('.') === result.detail,
    );
    if (i === -1) return result;
    todo = todo.map((e, j) => (j === i ? { op: 'delete', path: e.path.slice(0, -1) } : e));
  }
}
