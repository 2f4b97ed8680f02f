// The reader produces it while it reads a file (src/core/yaml-full.ts); only its metadata is here.
import { EXAMPLE_PROJECT, type ProducedRule } from '../rule.js';

export const yamlTooDeep: ProducedRule<'yaml-too-deep'> = {
  id: 'yaml-too-deep',
  severity: 'error',
  scope: 'reading',
  producedBy: 'reader',
  producedIn: 'src/core/yaml-full.ts',
  example: {
    bad: { [EXAMPLE_PROJECT]: `thema: ${'['.repeat(70)}duurzaamheid${']'.repeat(70)}` },
    good: { [EXAMPLE_PROJECT]: 'thema: [duurzaamheid]' },
  },
};
