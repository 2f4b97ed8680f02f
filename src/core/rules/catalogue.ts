// The index of every rule kwp can report, declared once: its id, default severity, what it reads,
// and a bad and a good example. What each rule says to a person (a title, what is wrong, how to fix
// it) is in the rule texts beside the message catalogue (src/messages/rules-nl.ts, rules-en.ts).
// The README's rule reference and the SARIF rule descriptions are made from this index, and every
// example is run as a test (test/rules/catalogue.test.ts): the bad one yields this rule and no
// other, the good one nothing at all.
import { RULES, type RuleName, type Severity } from '../diagnostics.js';

/** What a rule reads: a file as bytes and YAML, one file against the format, or files together. */
export type RuleScope = 'reading' | 'file' | 'files';

/**
 * One file of an example, by its path inside `knowledge/`. A string is frontmatter lines that take
 * the place of the same top-level keys in a small valid record of the folder's kind (so an example
 * shows only what matters); `body` replaces that record's text below the frontmatter; `whole` is
 * the entire file.
 */
export type ExampleFile = string | { frontmatter: string; body: string } | { whole: string };

export interface RuleExample {
  bad: Readonly<Record<string, ExampleFile>>;
  good: Readonly<Record<string, ExampleFile>>;
}

export interface RuleEntry {
  id: RuleName;
  severity: Severity;
  scope: RuleScope;
  /** Absent only where the problem cannot be written as text (bytes, size, links, permissions). */
  example?: RuleExample;
}

/** The file most examples change: a project that is `lopend`. */
const PROJECT = 'projecten/2026-groene-daken.md';

const ENTRIES: { readonly [R in RuleName]: Omit<RuleEntry, 'id'> } = {
  // reading a file
  'invalid-encoding': { severity: 'error', scope: 'reading' },
  'file-too-large': { severity: 'error', scope: 'reading' },
  'unexpected-file': {
    severity: 'error',
    scope: 'reading',
    example: {
      bad: { 'projecten/notities.txt': { whole: 'Bellen met de gemeente over de daken.\n' } },
      good: {},
    },
  },
  'symlink-outside': { severity: 'error', scope: 'reading' },
  'unreadable-file': { severity: 'error', scope: 'reading' },
  'missing-frontmatter': {
    severity: 'error',
    scope: 'reading',
    example: {
      bad: { 'partners/hogeschool-rivelde.md': { whole: '# Hogeschool Rivelde\n\nOnderwijs, hbo.\n' } },
      good: {
        'partners/hogeschool-rivelde.md': {
          whole:
            '---\nid: hogeschool-rivelde\nnaam: Hogeschool Rivelde\ngroep: onderwijs\nniveau: hbo\n---\n',
        },
      },
    },
  },
  'unclosed-frontmatter': {
    severity: 'error',
    scope: 'reading',
    example: {
      bad: {
        'partners/hogeschool-rivelde.md': {
          whole:
            '---\nid: hogeschool-rivelde\nnaam: Hogeschool Rivelde\ngroep: onderwijs\n\nOnderwijs, hbo.\n',
        },
      },
      good: {
        'partners/hogeschool-rivelde.md': {
          whole:
            '---\nid: hogeschool-rivelde\nnaam: Hogeschool Rivelde\ngroep: onderwijs\n---\n\nOnderwijs, hbo.\n',
        },
      },
    },
  },
  'frontmatter-language': {
    severity: 'error',
    scope: 'reading',
    example: {
      bad: {
        'partners/hogeschool-rivelde.md': {
          whole: '---json\n"id": "hogeschool-rivelde"\n---\n',
        },
      },
      good: {
        'partners/hogeschool-rivelde.md': {
          whole: '---\nid: hogeschool-rivelde\nnaam: Hogeschool Rivelde\ngroep: onderwijs\n---\n',
        },
      },
    },
  },
  'yaml-syntax': {
    severity: 'error',
    scope: 'reading',
    example: { bad: { [PROJECT]: 'thema: [duurzaamheid' }, good: { [PROJECT]: 'thema: [duurzaamheid]' } },
  },
  'yaml-tabs': {
    severity: 'error',
    scope: 'reading',
    example: {
      bad: { [PROJECT]: 'contactpersoon:\n\tnaam: Ahmed Yilmaz' },
      good: { [PROJECT]: 'contactpersoon:\n  naam: Ahmed Yilmaz' },
    },
  },
  'yaml-duplicate-key': {
    severity: 'error',
    scope: 'reading',
    example: {
      bad: { [PROJECT]: 'titel: Groene daken\ntitel: Groene daken in de Rivierenwijk' },
      good: { [PROJECT]: 'titel: Groene daken in de Rivierenwijk' },
    },
  },
  'yaml-complex-key': {
    severity: 'error',
    scope: 'reading',
    example: {
      bad: { [PROJECT]: '[thema, gebied]: [duurzaamheid, Rivierenwijk]' },
      good: { [PROJECT]: 'thema: [duurzaamheid]\ngebied: Rivierenwijk' },
    },
  },
  'yaml-anchor': {
    severity: 'error',
    scope: 'reading',
    example: {
      bad: { [PROJECT]: 'projectleider: &femke\n  naam: Femke de Vries\ncontactpersoon: *femke' },
      good: {
        [PROJECT]: 'projectleider:\n  naam: Femke de Vries\ncontactpersoon:\n  naam: Femke de Vries',
      },
    },
  },
  'yaml-tag': {
    severity: 'error',
    scope: 'reading',
    example: {
      bad: { [PROJECT]: 'titel: !!str Groene daken' },
      good: { [PROJECT]: 'titel: Groene daken' },
    },
  },
  'yaml-too-deep': {
    severity: 'error',
    scope: 'reading',
    example: {
      bad: { [PROJECT]: `thema: ${'['.repeat(70)}duurzaamheid${']'.repeat(70)}` },
      good: { [PROJECT]: 'thema: [duurzaamheid]' },
    },
  },
  'not-a-mapping': {
    severity: 'error',
    scope: 'reading',
    example: {
      bad: {
        'partners/hogeschool-rivelde.md': {
          whole: '---\n- id: hogeschool-rivelde\n- naam: Hogeschool Rivelde\n- groep: onderwijs\n---\n',
        },
      },
      good: {
        'partners/hogeschool-rivelde.md': {
          whole: '---\nid: hogeschool-rivelde\nnaam: Hogeschool Rivelde\ngroep: onderwijs\n---\n',
        },
      },
    },
  },
  // one file against its schema
  'missing-key': {
    severity: 'error',
    scope: 'file',
    example: { bad: { [PROJECT]: 'titel:' }, good: { [PROJECT]: 'titel: Groene daken' } },
  },
  'invalid-type': {
    severity: 'error',
    scope: 'file',
    example: {
      bad: { [PROJECT]: 'titel: [Groene, daken]' },
      good: { [PROJECT]: 'titel: Groene daken' },
    },
  },
  'invalid-value': {
    severity: 'error',
    scope: 'file',
    example: { bad: { [PROJECT]: 'status: bezig' }, good: { [PROJECT]: 'status: lopend' } },
  },
  'invalid-date': {
    severity: 'error',
    scope: 'file',
    example: {
      bad: { [PROJECT]: 'planning:\n  start: 2026-02-02\n  einde: 2026-02-30' },
      good: { [PROJECT]: 'planning:\n  start: 2026-02-02\n  einde: 2026-06-26' },
    },
  },
  'invalid-id': {
    severity: 'error',
    scope: 'file',
    example: {
      bad: { 'partners/Gemeente_Zuid.md': 'id: Gemeente_Zuid\nnaam: Gemeente Zuid' },
      good: { 'partners/gemeente-zuid.md': 'id: gemeente-zuid\nnaam: Gemeente Zuid' },
    },
  },
  'invalid-email': {
    severity: 'error',
    scope: 'file',
    example: {
      bad: { [PROJECT]: 'projectleider:\n  naam: Femke de Vries\n  email: f.devries@' },
      good: { [PROJECT]: 'projectleider:\n  naam: Femke de Vries\n  email: f.devries@example.org' },
    },
  },
  'invalid-url': {
    severity: 'error',
    scope: 'file',
    example: {
      bad: { 'partners/gemeente-rivelde.md': 'website: www.rivelde.nl' },
      good: { 'partners/gemeente-rivelde.md': 'website: https://www.rivelde.nl' },
    },
  },
  'invalid-number': {
    severity: 'error',
    scope: 'file',
    example: {
      bad: {
        [PROJECT]: 'partners:\n  - naam: Hogeschool Rivelde\n    groep: onderwijs\n    studenten: 2.5',
        'partners/hogeschool-rivelde.md': 'naam: Hogeschool Rivelde\ngroep: onderwijs',
      },
      good: {
        [PROJECT]: 'partners:\n  - naam: Hogeschool Rivelde\n    groep: onderwijs\n    studenten: 3',
        'partners/hogeschool-rivelde.md': 'naam: Hogeschool Rivelde\ngroep: onderwijs',
      },
    },
  },
  'unknown-key': {
    severity: 'warning',
    scope: 'file',
    example: {
      bad: { [PROJECT]: 'opdrachtgever: Gemeente Rivelde' },
      good: { [PROJECT]: 'contactpersoon:\n  naam: Ahmed Yilmaz\n  organisatie: Gemeente Rivelde' },
    },
  },
  // one file, rules between its fields
  'id-mismatch': {
    severity: 'error',
    scope: 'file',
    example: { bad: { [PROJECT]: 'id: 2026-groen-dak' }, good: { [PROJECT]: 'id: 2026-groene-daken' } },
  },
  'required-for-status': {
    severity: 'error',
    scope: 'file',
    example: {
      bad: { [PROJECT]: 'status: lopend\nprojectleider:' },
      good: { [PROJECT]: 'status: lopend\nprojectleider:\n  naam: Femke de Vries' },
    },
  },
  'evaluation-required': {
    severity: 'error',
    scope: 'file',
    example: {
      bad: { [PROJECT]: 'status: afgerond' },
      good: {
        [PROJECT]:
          'status: afgerond\nevaluatie:\n  datum: 2026-07-03\n  conclusies:\n    - Bewoners willen de daken zelf onderhouden.',
      },
    },
  },
  'date-order': {
    severity: 'error',
    scope: 'file',
    example: {
      bad: { [PROJECT]: 'planning:\n  start: 2026-06-26\n  einde: 2026-02-02' },
      good: { [PROJECT]: 'planning:\n  start: 2026-02-02\n  einde: 2026-06-26' },
    },
  },
  'evaluation-before-start': {
    severity: 'error',
    scope: 'file',
    example: {
      bad: {
        [PROJECT]:
          'status: afgerond\nevaluatie:\n  datum: 2026-01-15\n  conclusies:\n    - Bewoners willen de daken zelf onderhouden.',
      },
      good: {
        [PROJECT]:
          'status: afgerond\nevaluatie:\n  datum: 2026-07-03\n  conclusies:\n    - Bewoners willen de daken zelf onderhouden.',
      },
    },
  },
  'missing-inhoud': {
    severity: 'error',
    scope: 'file',
    example: {
      bad: {
        [PROJECT]: {
          frontmatter: 'status: lopend',
          body: '## Inhoud\n\n<!-- Wat gaan de studenten doen? -->\n',
        },
      },
      good: {
        [PROJECT]: {
          frontmatter: 'status: lopend',
          body: '## Inhoud\n\nStudenten ontwerpen groene daken met bewoners.\n',
        },
      },
    },
  },
  'budget-shortfall': {
    severity: 'warning',
    scope: 'file',
    example: {
      bad: {
        [PROJECT]:
          'begroting:\n  kosten:\n    - post: plantmateriaal\n      bedrag: 6000\n  dekking:\n    - partner: Gemeente Rivelde\n      bedrag: 4500',
      },
      good: {
        [PROJECT]:
          'begroting:\n  kosten:\n    - post: plantmateriaal\n      bedrag: 6000\n  dekking:\n    - partner: Gemeente Rivelde\n      bedrag: 6000',
      },
    },
  },
  'students-not-education': {
    severity: 'error',
    scope: 'file',
    example: {
      bad: { [PROJECT]: 'partners:\n  - naam: Gemeente Rivelde\n    groep: overheid\n    studenten: 4' },
      good: {
        [PROJECT]:
          'partners:\n  - naam: Gemeente Rivelde\n    groep: overheid\n  - naam: Hogeschool Rivelde\n    groep: onderwijs\n    studenten: 4',
        'partners/hogeschool-rivelde.md': 'naam: Hogeschool Rivelde\ngroep: onderwijs',
      },
    },
  },
  'question-project-required': {
    severity: 'error',
    scope: 'file',
    example: {
      bad: { 'kennisvragen/vrijwilligers-vasthouden.md': 'bron: evaluatie' },
      good: { 'kennisvragen/vrijwilligers-vasthouden.md': 'bron: evaluatie\nproject: 2025-hittekaart' },
    },
  },
  'email-in-name': {
    severity: 'warning',
    scope: 'file',
    example: {
      bad: { [PROJECT]: 'projectleider:\n  naam: Femke de Vries f.devries@example.org' },
      good: { [PROJECT]: 'projectleider:\n  naam: Femke de Vries\n  email: f.devries@example.org' },
    },
  },
  // across files
  'duplicate-id': {
    severity: 'error',
    scope: 'files',
    example: {
      bad: { 'kennisvragen/2025-hittekaart.md': 'id: 2025-hittekaart' },
      good: { 'kennisvragen/hittekaart-vervolg.md': 'id: hittekaart-vervolg' },
    },
  },
  'unknown-reference': {
    severity: 'error',
    scope: 'files',
    example: {
      bad: { [PROJECT]: 'vervolg_op: [2025-hittekaart-oud]' },
      good: { [PROJECT]: 'vervolg_op: [2025-hittekaart]' },
    },
  },
  'self-reference': {
    severity: 'error',
    scope: 'files',
    example: {
      bad: { [PROJECT]: 'vervolg_op: [2026-groene-daken]' },
      good: { [PROJECT]: 'vervolg_op: [2025-hittekaart]' },
    },
  },
  cycle: {
    severity: 'error',
    scope: 'files',
    example: {
      bad: {
        [PROJECT]: 'vervolg_op: [2025-hittekaart]',
        'projecten/2025-hittekaart.md': 'vervolg_op: [2026-groene-daken]',
      },
      good: { [PROJECT]: 'vervolg_op: [2025-hittekaart]' },
    },
  },
  'unknown-vocabulary': {
    severity: 'error',
    scope: 'files',
    example: { bad: { [PROJECT]: 'gebied: Rivierewijk' }, good: { [PROJECT]: 'gebied: Rivierenwijk' } },
  },
  'taken-up-unlisted': {
    severity: 'warning',
    scope: 'files',
    example: {
      bad: { 'kennisvragen/vrijwilligers-vasthouden.md': 'status: opgepakt' },
      good: {
        'kennisvragen/vrijwilligers-vasthouden.md': 'status: opgepakt',
        [PROJECT]: 'kennisvragen: [vrijwilligers-vasthouden]',
      },
    },
  },
  'unregistered-partner': {
    severity: 'warning',
    scope: 'files',
    example: {
      bad: { [PROJECT]: 'partners:\n  - naam: Bakkerij De Korrel\n    groep: ondernemers' },
      good: { [PROJECT]: 'partners:\n  - naam: Gemeente Rivelde\n    groep: overheid' },
    },
  },
  'unknown-funder': {
    severity: 'warning',
    scope: 'files',
    example: {
      bad: {
        [PROJECT]: 'begroting:\n  dekking:\n    - partner: Gemeente Den Bosch\n      uren: 40',
        'partners/gemeente-s-hertogenbosch.md': "naam: Gemeente 's-Hertogenbosch\ngroep: overheid",
      },
      good: {
        [PROJECT]: "begroting:\n  dekking:\n    - partner: Gemeente 's-Hertogenbosch\n      uren: 40",
        'partners/gemeente-s-hertogenbosch.md': "naam: Gemeente 's-Hertogenbosch\ngroep: overheid",
      },
    },
  },
};

/** Every rule, in the order of RULES (reading, one file, across files). */
export const RULE_CATALOGUE: readonly RuleEntry[] = RULES.map((id) => ({ id, ...ENTRIES[id] }));

export function ruleEntry(id: RuleName): RuleEntry {
  return { id, ...ENTRIES[id] };
}
