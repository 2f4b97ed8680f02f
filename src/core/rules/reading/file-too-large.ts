// The reader produces it while it reads a file (src/core/read-file.ts); only its metadata is here.
import type { ProducedRule } from '../rule.js';

export const fileTooLarge: ProducedRule<'file-too-large'> = {
  id: 'file-too-large',
  severity: 'error',
  scope: 'reading',
  producedBy: 'reader',
  producedIn: 'src/core/read-file.ts',
};
