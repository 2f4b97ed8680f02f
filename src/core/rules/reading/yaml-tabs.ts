// The reader produces it while it reads a file (src/core/yaml-full.ts); only its metadata is here.
import { EXAMPLE_PROJECT, type ProducedRule } from '../rule.js';

export const yamlTabs: ProducedRule<'yaml-tabs'> = {
  id: 'yaml-tabs',
  severity: 'error',
  scope: 'reading',
  producedBy: 'reader',
  producedIn: 'src/core/yaml-full.ts',
  example: {
    bad: { [EXAMPLE_PROJECT]: 'contactpersoon:\n\tnaam: Ahmed Yilmaz' },
    good: { [EXAMPLE_PROJECT]: 'contactpersoon:\n  naam: Ahmed Yilmaz' },
  },
};
