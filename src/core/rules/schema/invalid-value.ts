// The schema check produces it (src/core/schema-check.ts, against the zod schemas in
// src/core/schema/); only its metadata is here.
import { EXAMPLE_PROJECT, type ProducedRule } from '../rule.js';

export const invalidValue: ProducedRule<'invalid-value'> = {
  id: 'invalid-value',
  severity: 'error',
  scope: 'file',
  producedBy: 'schema',
  producedIn: 'src/core/schema-check.ts',
  example: { bad: { [EXAMPLE_PROJECT]: 'status: bezig' }, good: { [EXAMPLE_PROJECT]: 'status: lopend' } },
};
