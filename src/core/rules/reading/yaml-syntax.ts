// The reader produces it while it reads a file (src/core/yaml-full.ts); only its metadata is here.
import { EXAMPLE_PROJECT, type ProducedRule } from '../rule.js';

export const yamlSyntax: ProducedRule<'yaml-syntax'> = {
  id: 'yaml-syntax',
  severity: 'error',
  scope: 'reading',
  producedBy: 'reader',
  producedIn: 'src/core/yaml-full.ts',
  example: {
    bad: { [EXAMPLE_PROJECT]: 'thema: [duurzaamheid' },
    good: { [EXAMPLE_PROJECT]: 'thema: [duurzaamheid]' },
  },
};
