// The reader produces it while it reads a file (src/core/yaml-full.ts); only its metadata is here.
import { EXAMPLE_PROJECT, type ProducedRule } from '../rule.js';

export const yamlDuplicateKey: ProducedRule<'yaml-duplicate-key'> = {
  id: 'yaml-duplicate-key',
  severity: 'error',
  scope: 'reading',
  producedBy: 'reader',
  producedIn: 'src/core/yaml-full.ts',
  example: {
    bad: { [EXAMPLE_PROJECT]: 'titel: Groene daken\ntitel: Groene daken in de Rivierenwijk' },
    good: { [EXAMPLE_PROJECT]: 'titel: Groene daken in de Rivierenwijk' },
  },
};
