// The reader produces it while it reads a file (src/core/read-file.ts); only its metadata is here.
import type { ProducedRule } from '../rule.js';

export const missingFrontmatter: ProducedRule<'missing-frontmatter'> = {
  id: 'missing-frontmatter',
  severity: 'error',
  scope: 'reading',
  producedBy: 'reader',
  producedIn: 'src/core/read-file.ts',
  example: {
    bad: { 'partners/hogeschool-rivelde.md': { whole: '# Hogeschool Rivelde\n\nOnderwijs, hbo.\n' } },
    good: {
      'partners/hogeschool-rivelde.md': {
        whole: '---\nid: hogeschool-rivelde\nnaam: Hogeschool Rivelde\ngroep: onderwijs\nniveau: hbo\n---\n',
      },
    },
  },
};
