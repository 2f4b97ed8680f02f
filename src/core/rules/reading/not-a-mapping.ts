// The reader produces it while it reads a file (src/core/read-file.ts); only its metadata is here.
import type { ProducedRule } from '../rule.js';

export const notAMapping: ProducedRule<'not-a-mapping'> = {
  id: 'not-a-mapping',
  severity: 'error',
  scope: 'reading',
  producedBy: 'reader',
  producedIn: 'src/core/read-file.ts',
  example: {
    bad: {
      'partners/hogeschool-rivelde.md': {
        whole: '---\n- id: hogeschool-rivelde\n- naam: Hogeschool Rivelde\n- groep: onderwijs\n---\n',
      },
    },
    good: {
      'partners/hogeschool-rivelde.md': {
        whole: '---\nid: hogeschool-rivelde\nnaam: Hogeschool Rivelde\ngroep: onderwijs\n---\n',
      },
    },
  },
};
