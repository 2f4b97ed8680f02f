// The reader produces it while it reads a file (src/store/read-entry.ts); only its metadata is here.
import type { ProducedRule } from '../rule.js';

export const unreadableFile: ProducedRule<'unreadable-file'> = {
  id: 'unreadable-file',
  severity: 'error',
  scope: 'reading',
  producedBy: 'reader',
  producedIn: 'src/store/read-entry.ts',
};
