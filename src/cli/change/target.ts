// What kwp rename and kwp remove share: the record asked for (or exit 2 with the closest id), the
// refusal when a file kwp cannot read may refer to it, and the changed lines a dry run shows.
import type { Entry, KnowledgeBase } from '../../core/knowledge-base.js';
import type { ParsedFile } from '../../core/read-file.js';
import { closest } from '../../core/suggest.js';
import { KwpError } from '../../errors.js';

/** The one record with this id; exit 2 for an unknown id (with the closest) or one that two files claim. */
export function requireRecord(kb: KnowledgeBase, id: string): Entry {
  const all = kb.byId.get(id) ?? [];
  if (all.length === 0) {
    const suggestion = closest(id, kb.byId.keys());
    throw new KwpError('cli.unknown-id', suggestion ? { id, suggestion } : { id });
  }
  if (all.length > 1) throw new KwpError('change.duplicate', { id, paths: all.map((e) => e.file.path) });
  return all[0]!;
}

/**
 * A file that could not be read may name the id where kwp cannot see it: refused (exit 2) when its text
 * holds the id at all, so a rename or removal never leaves a reference behind unseen.
 */
export function refuseUnreadMentions(files: readonly ParsedFile[], id: string): void {
  const mention = new RegExp(`(^|[^a-z0-9-])${id}($|[^a-z0-9-])`);
  const hidden = files.filter(
    (f) => f.data === null && f.kind !== 'werkplaats' && mention.test(f.text ?? ''),
  );
  if (hidden.length > 0)
    throw new KwpError('change.unread-mentions', { id, paths: hidden.map((f) => f.path) });
}

/** The lines that differ between two versions of a file of equal line count, as `- old` / `+ new`. */
export function changedLines(before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  if (a.length !== b.length) return [];
  const out: string[] = [];
  for (let i = 0; i < a.length; i++)
    if (a[i] !== b[i])
      out.push(`  ${i + 1}- ${a[i]!.replace(/\r$/, '')}`, `  ${i + 1}+ ${b[i]!.replace(/\r$/, '')}`);
  return out;
}
