// The reader produces it while it reads a file (src/core/yaml-full.ts); only its metadata is here.
import { EXAMPLE_PROJECT, type ProducedRule } from '../rule.js';

export const yamlComplexKey: ProducedRule<'yaml-complex-key'> = {
  id: 'yaml-complex-key',
  severity: 'error',
  scope: 'reading',
  producedBy: 'reader',
  producedIn: 'src/core/yaml-full.ts',
  example: {
    bad: { [EXAMPLE_PROJECT]: '[thema, gebied]: [duurzaamheid, Rivierenwijk]' },
    good: { [EXAMPLE_PROJECT]: 'thema: [duurzaamheid]\ngebied: Rivierenwijk' },
  },
};
