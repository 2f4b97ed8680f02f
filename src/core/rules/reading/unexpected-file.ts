// The reader produces it while it reads a file (src/store/read-entry.ts); only its metadata is here.
import type { ProducedRule } from '../rule.js';

export const unexpectedFile: ProducedRule<'unexpected-file'> = {
  id: 'unexpected-file',
  severity: 'error',
  scope: 'reading',
  producedBy: 'reader',
  producedIn: 'src/store/read-entry.ts',
  example: {
    bad: { 'projecten/notities.txt': { whole: 'Bellen met de gemeente over de daken.\n' } },
    good: {},
  },
};
