// The reader produces it while it reads a file (src/core/yaml-full.ts); only its metadata is here.
import { EXAMPLE_PROJECT, type ProducedRule } from '../rule.js';

export const yamlTag: ProducedRule<'yaml-tag'> = {
  id: 'yaml-tag',
  severity: 'error',
  scope: 'reading',
  producedBy: 'reader',
  producedIn: 'src/core/yaml-full.ts',
  example: {
    bad: { [EXAMPLE_PROJECT]: 'titel: !!str Groene daken' },
    good: { [EXAMPLE_PROJECT]: 'titel: Groene daken' },
  },
};
