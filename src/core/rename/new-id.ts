// What a new id for a record must be (kwp rename): a valid id, not a reserved word, not the old one,
// not taken by any record of any kind, and its file name free in the kind's folder.
import type { Entry, KnowledgeBase } from '../knowledge-base.js';
import { isValidId } from '../kinds.js';
import { FOLDER_KINDS, KINDS } from '../model/kinds.js';
import type { Message } from '../../messages/catalogue.js';
import { slugify } from '../scaffold/slug.js';

/**
 * Ids kwp refuses for a renamed record: the names of the knowledge base's own folders and files and of
 * the kinds (`kwp list vragen`, `kwp show werkplaats` would read as something else), and the device
 * names Windows reserves for itself whatever the extension (`con.md` cannot be checked out there).
 */
export const RESERVED_IDS: ReadonlySet<string> = new Set([
  'knowledge',
  'templates',
  'werkplaats',
  ...FOLDER_KINDS.flatMap((k) => [k.kind, k.folder!, ...k.words]),
  'con',
  'prn',
  'aux',
  'nul',
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9].flatMap((n) => [`com${n}`, `lpt${n}`]),
]);

/** Where a record of this kind with this id lives, relative to the kb root. */
export function recordPath(entry: Entry, id: string): string {
  return `knowledge/${KINDS[entry.kind].folder!}/${id}.md`;
}

/** Why `newId` cannot be the entry's new id; undefined when it can. */
export function newIdProblem(kb: KnowledgeBase, entry: Entry, newId: string): Message | undefined {
  if (newId === entry.id) return { id: 'rename.same', args: { id: newId } };
  if (!isValidId(newId)) {
    const slug = slugify(newId, 80);
    return { id: 'rename.invalid', args: isValidId(slug) ? { id: newId, suggestion: slug } : { id: newId } };
  }
  if (RESERVED_IDS.has(newId)) return { id: 'rename.reserved', args: { id: newId } };
  const taken = kb.get(newId);
  if (taken) return { id: 'rename.exists', args: { id: newId, path: taken.file.path } };
  return undefined;
}
