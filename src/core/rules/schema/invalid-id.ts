// The schema check produces it (src/core/schema-check.ts, against the zod schemas in
// src/core/schema/); only its metadata is here.
import type { ProducedRule } from '../rule.js';

export const invalidId: ProducedRule<'invalid-id'> = {
  id: 'invalid-id',
  severity: 'error',
  scope: 'file',
  producedBy: 'schema',
  producedIn: 'src/core/schema-check.ts',
  example: {
    bad: { 'partners/Gemeente_Zuid.md': 'id: Gemeente_Zuid\nnaam: Gemeente Zuid' },
    good: { 'partners/gemeente-zuid.md': 'id: gemeente-zuid\nnaam: Gemeente Zuid' },
  },
};
