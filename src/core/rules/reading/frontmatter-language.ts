// The reader produces it while it reads a file (src/core/read-file.ts); only its metadata is here.
import type { ProducedRule } from '../rule.js';

export const frontmatterLanguage: ProducedRule<'frontmatter-language'> = {
  id: 'frontmatter-language',
  severity: 'error',
  scope: 'reading',
  producedBy: 'reader',
  producedIn: 'src/core/read-file.ts',
  example: {
    bad: {
      'partners/hogeschool-rivelde.md': {
        whole: '---json\n"id": "hogeschool-rivelde"\n---\n',
      },
    },
    good: {
      'partners/hogeschool-rivelde.md': {
        whole: '---\nid: hogeschool-rivelde\nnaam: Hogeschool Rivelde\ngroep: onderwijs\n---\n',
      },
    },
  },
};
