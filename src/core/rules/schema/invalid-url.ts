// The schema check produces it (src/core/schema-check.ts, against the zod schemas in
// src/core/schema/); only its metadata is here.
import type { ProducedRule } from '../rule.js';

export const invalidUrl: ProducedRule<'invalid-url'> = {
  id: 'invalid-url',
  severity: 'error',
  scope: 'file',
  producedBy: 'schema',
  producedIn: 'src/core/schema-check.ts',
  example: {
    bad: { 'partners/gemeente-rivelde.md': 'website: www.rivelde.nl' },
    good: { 'partners/gemeente-rivelde.md': 'website: https://www.rivelde.nl' },
  },
};
