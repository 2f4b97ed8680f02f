// Reading a knowledge base for validation: each file is checked on its own as soon as it is read,
// and then keeps only what the rules across files need (see checkAndSlim).
//
// Sharing the work with a worker thread was measured and dropped: on this 2-core machine two threads
// of one process ran no faster than one (each half took as long as the whole), while two processes
// do scale; the allocation-heavy parsing seems bound by the garbage collector's shared threads.
import type { ParsedFile } from '../core/read-file.js';
import { checkAndSlim } from '../core/validate.js';
import { listKnowledgeBase, readEntries, withPlaceholders } from './read-kb.js';

export async function loadForValidation(root: string): Promise<ParsedFile[]> {
  const { realRoot, entries, problems } = listKnowledgeBase(root);
  const files = await readEntries(realRoot, entries, checkAndSlim);
  return withPlaceholders(files, problems, checkAndSlim);
}
