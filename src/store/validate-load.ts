// Reading a knowledge base for validation: each file is checked on its own as soon as it is read,
// and then keeps only what the rules across files need (see checkAndSlim). A large knowledge base
// is read and checked on worker threads as well (store/read-parallel.ts).
import type { ParsedFile } from '../core/read-file.js';
import { checkAndSlim } from '../core/validate.js';
import { listKnowledgeBase, readAll, withPlaceholders } from './read-kb.js';

export async function loadForValidation(root: string): Promise<ParsedFile[]> {
  const { realRoot, entries, problems } = listKnowledgeBase(root);
  const files = await readAll(realRoot, entries, 'check');
  return withPlaceholders(files, problems, checkAndSlim);
}
