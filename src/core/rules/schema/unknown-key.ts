// The schema check produces it (src/core/schema-check.ts, against the zod schemas in
// src/core/schema/); only its metadata is here.
import { EXAMPLE_PROJECT, type ProducedRule } from '../rule.js';

export const unknownKey: ProducedRule<'unknown-key'> = {
  id: 'unknown-key',
  severity: 'warning',
  scope: 'file',
  producedBy: 'schema',
  producedIn: 'src/core/schema-check.ts',
  example: {
    bad: { [EXAMPLE_PROJECT]: 'opdrachtgever: Gemeente Rivelde' },
    good: { [EXAMPLE_PROJECT]: 'contactpersoon:\n  naam: Ahmed Yilmaz\n  organisatie: Gemeente Rivelde' },
  },
};
