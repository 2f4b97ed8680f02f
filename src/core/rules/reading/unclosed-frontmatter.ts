// The reader produces it while it reads a file (src/core/read-file.ts); only its metadata is here.
import type { ProducedRule } from '../rule.js';

export const unclosedFrontmatter: ProducedRule<'unclosed-frontmatter'> = {
  id: 'unclosed-frontmatter',
  severity: 'error',
  scope: 'reading',
  producedBy: 'reader',
  producedIn: 'src/core/read-file.ts',
  example: {
    bad: {
      'partners/hogeschool-rivelde.md': {
        whole: '---\nid: hogeschool-rivelde\nnaam: Hogeschool Rivelde\ngroep: onderwijs\n\nOnderwijs, hbo.\n',
      },
    },
    good: {
      'partners/hogeschool-rivelde.md': {
        whole:
          '---\nid: hogeschool-rivelde\nnaam: Hogeschool Rivelde\ngroep: onderwijs\n---\n\nOnderwijs, hbo.\n',
      },
    },
  },
};
