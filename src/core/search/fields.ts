// The fields of a search document and their weights: apart from ./document.ts so that the site's
// search runtime, which reads documents but never makes them, does not bundle the markdown parser.

/** The fields, in the order a passage is looked for when two would do equally well. */
export const FIELDS = ['titel', 'vraag', 'evaluatie', 'labels', 'partners', 'tekst', 'personen'] as const;
export type Field = (typeof FIELDS)[number];

/**
 * How much a word counts in each field: the title most, then the question and what was learned,
 * the vocabulary words and organisations, the body; the people least.
 */
export const FIELD_WEIGHTS: Readonly<Record<Field, number>> = {
  titel: 6,
  vraag: 3,
  evaluatie: 2,
  labels: 2,
  partners: 1.5,
  tekst: 1,
  personen: 1,
};
