// The reader produces it while it reads a file (src/core/yaml-full.ts); only its metadata is here.
import { EXAMPLE_PROJECT, type ProducedRule } from '../rule.js';

export const yamlAnchor: ProducedRule<'yaml-anchor'> = {
  id: 'yaml-anchor',
  severity: 'error',
  scope: 'reading',
  producedBy: 'reader',
  producedIn: 'src/core/yaml-full.ts',
  example: {
    bad: { [EXAMPLE_PROJECT]: 'projectleider: &femke\n  naam: Femke de Vries\ncontactpersoon: *femke' },
    good: {
      [EXAMPLE_PROJECT]: 'projectleider:\n  naam: Femke de Vries\ncontactpersoon:\n  naam: Femke de Vries',
    },
  },
};
