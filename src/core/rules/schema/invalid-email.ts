// The schema check produces it (src/core/schema-check.ts, against the zod schemas in
// src/core/schema/); only its metadata is here.
import { EXAMPLE_PROJECT, type ProducedRule } from '../rule.js';

export const invalidEmail: ProducedRule<'invalid-email'> = {
  id: 'invalid-email',
  severity: 'error',
  scope: 'file',
  producedBy: 'schema',
  producedIn: 'src/core/schema-check.ts',
  example: {
    bad: { [EXAMPLE_PROJECT]: 'projectleider:\n  naam: Femke de Vries\n  email: f.devries@' },
    good: { [EXAMPLE_PROJECT]: 'projectleider:\n  naam: Femke de Vries\n  email: f.devries@example.org' },
  },
};
