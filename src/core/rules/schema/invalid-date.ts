// The schema check produces it (src/core/schema-check.ts, against the zod schemas in
// src/core/schema/); only its metadata is here.
import { EXAMPLE_PROJECT, type ProducedRule } from '../rule.js';

export const invalidDate: ProducedRule<'invalid-date'> = {
  id: 'invalid-date',
  severity: 'error',
  scope: 'file',
  producedBy: 'schema',
  producedIn: 'src/core/schema-check.ts',
  example: {
    bad: { [EXAMPLE_PROJECT]: 'planning:\n  start: 2026-02-02\n  einde: 2026-02-30' },
    good: { [EXAMPLE_PROJECT]: 'planning:\n  start: 2026-02-02\n  einde: 2026-06-26' },
  },
};
