// The schema check produces it (src/core/schema-check.ts, against the zod schemas in
// src/core/schema/); only its metadata is here.
import { EXAMPLE_PROJECT, type ProducedRule } from '../rule.js';

export const invalidNumber: ProducedRule<'invalid-number'> = {
  id: 'invalid-number',
  severity: 'error',
  scope: 'file',
  producedBy: 'schema',
  producedIn: 'src/core/schema-check.ts',
  example: {
    bad: {
      [EXAMPLE_PROJECT]: 'partners:\n  - naam: Hogeschool Rivelde\n    groep: onderwijs\n    studenten: 2.5',
      'partners/hogeschool-rivelde.md': 'naam: Hogeschool Rivelde\ngroep: onderwijs',
    },
    good: {
      [EXAMPLE_PROJECT]: 'partners:\n  - naam: Hogeschool Rivelde\n    groep: onderwijs\n    studenten: 3',
      'partners/hogeschool-rivelde.md': 'naam: Hogeschool Rivelde\ngroep: onderwijs',
    },
  },
};
