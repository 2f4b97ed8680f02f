// The edits `link`, `evaluate` and `new project --from-question` make, on files written the way people
// write them. Exact expected output for the common cases; for every case the checks of expectEdited.
import { describe, expect, it } from 'vitest';
import { type Edit, editFrontmatter } from '../../src/core/edit/frontmatter-edit.js';
import { expectEdited, fixture } from './helpers.js';

/** The original with one unique piece replaced: the whole expected output, written out by hand. */
function replaced(text: string, from: string, to: string): string {
  expect(text.split(from).length, `"${from}" occurs once`).toBe(2);
  return text.replace(from, () => to);
}

function edit(text: string, ...edits: Edit[]): string {
  const result = editFrontmatter(text, edits);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result)}`);
  return result.text;
}

function check(name: string, e: Edit, expected: (original: string) => string): void {
  const original = fixture(name);
  const result = edit(original, e);
  expect(result).toBe(expected(original));
  expectEdited(original, result, e);
}

const EVALUATIE = {
  datum: '2026-07-03',
  conclusies: [
    'Daken met sedum zijn tot 20 graden koeler.',
    'Onderhoud: ondernemers willen het niet zelf doen.',
  ],
  leerpunten: ["Begin bij de VvE's, niet bij de huurders"],
  verbeterpunten: [],
  nieuwe_kennisvragen: ['wie-onderhoudt-groene-daken'],
};

const EVALUATIE_LINES = [
  'evaluatie:',
  '  datum: 2026-07-03',
  '  conclusies:',
  '    - Daken met sedum zijn tot 20 graden koeler.',
  '    - "Onderhoud: ondernemers willen het niet zelf doen."',
  '  leerpunten:',
  "    - Begin bij de VvE's, niet bij de huurders",
  '  verbeterpunten: []',
  '  nieuwe_kennisvragen:',
  '    - wie-onderhoudt-groene-daken',
];

describe('append to vervolg_op (kwp link)', () => {
  it('block list with comments between items: a new item after the last one', () => {
    check(
      'project-opmerkingen.md',
      { op: 'append', path: ['vervolg_op'], items: ['2025-taalcafe-zandveld'] },
      (t) =>
        replaced(
          t,
          '  - 2025-deelmobiliteit-binnenstad\n',
          '  - 2025-deelmobiliteit-binnenstad\n  - 2025-taalcafe-zandveld\n',
        ),
    );
  });

  it('block list at the key’s own indentation, followed by a comment', () => {
    check('project-vier-spaties.md', { op: 'append', path: ['vervolg_op'], items: ['2024-x'] }, (t) =>
      replaced(t, '- 2024-taalcafe-zandveld\n', '- 2024-taalcafe-zandveld\n- 2024-x\n'),
    );
  });

  it('flow list with spaces inside the brackets, CRLF', () => {
    check('project-crlf.md', { op: 'append', path: ['vervolg_op'], items: ['2025-y'] }, (t) =>
      replaced(t, 'oosterpark ]\r\n', 'oosterpark, 2025-y ]\r\n'),
    );
  });

  it('blank key, byte-order mark and CRLF', () => {
    check('project-bom-crlf.md', { op: 'append', path: ['vervolg_op'], items: ['2025-z'] }, (t) =>
      replaced(t, '\r\nvervolg_op:\r\n', '\r\nvervolg_op: [2025-z]\r\n'),
    );
  });

  it('absent key: a new line after the last key, before the trailing comment', () => {
    check('vraag.md', { op: 'append', path: ['vervolg_op'], items: ['a-b'] }, (t) =>
      replaced(t, 'ingediend: 2025-07-03\n', 'ingediend: 2025-07-03\nvervolg_op: [a-b]\n'),
    );
  });

  it('an id already listed is not added again; nothing changes', () => {
    const original = fixture('project-opmerkingen.md');
    const e: Edit = { op: 'append', path: ['vervolg_op'], items: ['2024-hittekaart-rivierenwijk'] };
    expect(edit(original, e)).toBe(original);
  });

  it('the same new id twice is added once', () => {
    check('project-crlf.md', { op: 'append', path: ['kennisvragen'], items: ['q-a', 'q-a', 'q-b'] }, (t) =>
      replaced(t, 'kennisvragen: []', 'kennisvragen: [q-a, q-b]'),
    );
  });
});

describe('set status', () => {
  it('plain, with a trailing comment: only the value changes', () => {
    check('project-opmerkingen.md', { op: 'set', path: ['status'], value: 'afgerond' }, (t) =>
      replaced(t, 'status: lopend  # was', 'status: afgerond  # was'),
    );
  });

  it('double-quoted stays double-quoted', () => {
    check('project-crlf.md', { op: 'set', path: ['status'], value: 'afgerond' }, (t) =>
      replaced(t, 'status: "lopend"\r\n', 'status: "afgerond"\r\n'),
    );
  });

  it('single-quoted with a comment, byte-order mark and CRLF', () => {
    check('project-bom-crlf.md', { op: 'set', path: ['status'], value: 'gestopt' }, (t) =>
      replaced(t, "status: 'voorbereiding'   #", "status: 'gestopt'   #"),
    );
  });

  it('blank key gets its value after the colon', () => {
    check('project-leeg.md', { op: 'set', path: ['status'], value: 'lopend' }, (t) =>
      replaced(t, '\nstatus:\n', '\nstatus: lopend\n'),
    );
  });

  it('of a question (kwp new project --from-question)', () => {
    check('vraag.md', { op: 'set', path: ['status'], value: 'opgepakt' }, (t) =>
      replaced(t, 'status: open   #', 'status: opgepakt   #'),
    );
  });

  it('the same value: not a byte changes, quotes included', () => {
    const original = fixture('project-crlf.md');
    expect(edit(original, { op: 'set', path: ['status'], value: 'lopend' })).toBe(original);
  });

  it('a value that needs quotes gets them; one YAML 1.2 reads as a string does not', () => {
    check('project-opmerkingen.md', { op: 'set', path: ['status'], value: 'true' }, (t) =>
      replaced(t, 'status: lopend  #', 'status: "true"  #'),
    );
    check('project-opmerkingen.md', { op: 'set', path: ['status'], value: 'no' }, (t) =>
      replaced(t, 'status: lopend  #', 'status: no  #'),
    );
  });
});

describe('set evaluatie (kwp evaluate)', () => {
  it('absent: a block after the last key’s value, before the trailing comment', () => {
    check('project-opmerkingen.md', { op: 'set', path: ['evaluatie'], value: EVALUATIE }, (t) =>
      replaced(t, 'groene daken\n# Evaluatie', `groene daken\n${EVALUATIE_LINES.join('\n')}\n# Evaluatie`),
    );
  });

  it('existing block, CRLF: replaced, the comment before the next key stays', () => {
    const original = fixture('project-crlf.md');
    const from = original.indexOf('evaluatie:\r\n');
    const to = original.indexOf('  # opgepakt in 2026');
    const result = edit(original, { op: 'set', path: ['evaluatie'], value: EVALUATIE });
    expect(result).toBe(
      original.slice(0, from) + EVALUATIE_LINES.join('\r\n') + original.slice(original.indexOf('\r\n', to)),
    );
    expect(result).toContain('wie-onderhoudt-groene-daken\r\n# Afgerond? Nog niet: zie evaluatie.\r\n');
    expectEdited(original, result, { op: 'set', path: ['evaluatie'], value: EVALUATIE });
  });

  it('existing flow mapping with a comment after it: a block below the key, the comment stays on its line', () => {
    const value = { ...EVALUATIE, conclusies: ['Te vroeg.'] };
    check('project-bom-crlf.md', { op: 'set', path: ['evaluatie'], value }, (t) =>
      replaced(
        t,
        'evaluatie: {datum: 2026-01-10, conclusies: [nog niets], leerpunten: [], verbeterpunten: [], nieuwe_kennisvragen: []}   # concept\r\n',
        [
          'evaluatie:   # concept',
          ...EVALUATIE_LINES.slice(1, 3),
          '    - Te vroeg.',
          ...EVALUATIE_LINES.slice(5),
          '',
        ].join('\r\n'),
      ),
    );
  });

  it('blank key with a comment: the block goes below it', () => {
    check('project-leeg.md', { op: 'set', path: ['evaluatie'], value: EVALUATIE }, (t) =>
      replaced(
        t,
        'evaluatie:   # fase 4, na afronding\n',
        `evaluatie:   # fase 4, na afronding\n${EVALUATIE_LINES.slice(1).join('\n')}\n`,
      ),
    );
  });

  it('a file indented by four, lists at the key’s indentation: written the same way', () => {
    const original = fixture('project-vier-spaties.md');
    const e: Edit = { op: 'set', path: ['evaluatie'], value: EVALUATIE };
    const result = edit(original, e);
    const from = original.indexOf('evaluatie:\n');
    const to = original.indexOf('    - geldzorgen-signalen-delen') + '    - geldzorgen-signalen-delen'.length;
    const lines = [
      'evaluatie:',
      '    datum: 2026-07-03',
      '    conclusies:',
      '    - Daken met sedum zijn tot 20 graden koeler.',
      '    - "Onderhoud: ondernemers willen het niet zelf doen."',
      '    leerpunten:',
      "    - Begin bij de VvE's, niet bij de huurders",
      '    verbeterpunten: []',
      '    nieuwe_kennisvragen:',
      '    - wie-onderhoudt-groene-daken',
    ];
    expect(result).toBe(original.slice(0, from) + lines.join('\n') + original.slice(to));
    expectEdited(original, result, e);
  });
});

describe('append to evaluatie.nieuwe_kennisvragen', () => {
  it('block list whose last item has a comment, CRLF', () => {
    check(
      'project-crlf.md',
      { op: 'append', path: ['evaluatie', 'nieuwe_kennisvragen'], items: ['nieuwe-vraag'] },
      (t) => replaced(t, '# opgepakt in 2026\r\n', '# opgepakt in 2026\r\n    - nieuwe-vraag\r\n'),
    );
  });

  it('compact block list followed by a commented-out item and a blank line', () => {
    check(
      'project-vier-spaties.md',
      { op: 'append', path: ['evaluatie', 'nieuwe_kennisvragen'], items: ['nieuwe-vraag'] },
      (t) =>
        replaced(
          t,
          '    - geldzorgen-signalen-delen\n',
          '    - geldzorgen-signalen-delen\n    - nieuwe-vraag\n',
        ),
    );
  });

  it('empty flow list inside a flow mapping', () => {
    check(
      'project-bom-crlf.md',
      { op: 'append', path: ['evaluatie', 'nieuwe_kennisvragen'], items: ['a-b', 'c-d'] },
      (t) => replaced(t, 'nieuwe_kennisvragen: []}', 'nieuwe_kennisvragen: [a-b, c-d]}'),
    );
  });

  it('evaluatie absent: created as a block', () => {
    check('vraag.md', { op: 'append', path: ['evaluatie', 'nieuwe_kennisvragen'], items: ['a-b'] }, (t) =>
      replaced(t, '2025-07-03\n---', '2025-07-03\nevaluatie:\n  nieuwe_kennisvragen:\n    - a-b\n---'),
    );
  });

  it('evaluatie blank: becomes a block with the list', () => {
    check(
      'project-leeg.md',
      { op: 'append', path: ['evaluatie', 'nieuwe_kennisvragen'], items: ['a-b'] },
      (t) =>
        replaced(
          t,
          '# fase 4, na afronding\n',
          '# fase 4, na afronding\n  nieuwe_kennisvragen:\n    - a-b\n',
        ),
    );
  });
});

describe('nested keys', () => {
  it('absent in a block mapping: at its end, at its indentation, before a comment inside it', () => {
    check(
      'project-opmerkingen.md',
      { op: 'set', path: ['planning', 'tussentijds'], value: '2026-04-06' },
      (t) => replaced(t, '  einde: 2026-06-26\n', '  einde: 2026-06-26\n  tussentijds: 2026-04-06\n'),
    );
  });

  it('absent in a flow mapping: added inside the braces', () => {
    check('project-crlf.md', { op: 'set', path: ['planning', 'tussentijds'], value: '2025-06-02' }, (t) =>
      replaced(t, 'einde: 2025-12-19}', 'einde: 2025-12-19, tussentijds: 2025-06-02}'),
    );
  });

  it('parent blank: becomes a block mapping', () => {
    check('project-leeg.md', { op: 'set', path: ['planning', 'einde'], value: '2027-09-01' }, (t) =>
      replaced(t, '\nplanning:\n', '\nplanning:\n  einde: 2027-09-01\n'),
    );
  });

  it('parent absent: created, after a block scalar that keeps its trailing blank line', () => {
    check('project-vier-spaties.md', { op: 'set', path: ['begroting', 'kosten'], value: [] }, (t) =>
      replaced(t, 'Blijft staan.\n\n---', 'Blijft staan.\n\nbegroting:\n    kosten: []\n---'),
    );
  });

  it('a key with a value in a block mapping, keeping its comment', () => {
    check(
      'project-opmerkingen.md',
      { op: 'set', path: ['projectleider', 'email'], value: 'femke@example.org' },
      (t) => replaced(t, 'f.devries@example.org   #', 'femke@example.org   #'),
    );
  });
});

describe('several edits at once', () => {
  it('from-question: project and question both edited, each in one place', () => {
    const original = fixture('project-leeg.md');
    const edits: Edit[] = [
      { op: 'set', path: ['kennisvraag'], value: 'Welke routes blijven koel?' },
      { op: 'append', path: ['kennisvragen'], items: ['koele-looproutes-ouderen'] },
      { op: 'append', path: ['vervolg_op'], items: ['2024-hittekaart-rivierenwijk'] },
    ];
    const expected = replaced(
      replaced(
        replaced(
          original,
          '>\n  Welke routes door de Rivierenwijk blijven op een hete dag koel genoeg\n  voor ouderen met een rollator?\n',
          'Welke routes blijven koel?\n',
        ),
        'kennisvragen:   #',
        'kennisvragen: [koele-looproutes-ouderen]   #',
      ),
      '\nvervolg_op:\n',
      '\nvervolg_op: [2024-hittekaart-rivierenwijk]\n',
    );
    expect(edit(original, ...edits)).toBe(expected);
  });

  it('the body is never read as frontmatter, even when it holds --- lines and keys', () => {
    const original = fixture('project-opmerkingen.md');
    const result = edit(original, { op: 'set', path: ['status'], value: 'gestopt' });
    expect(result.endsWith('---\nstatus: niet-echt\n---\n')).toBe(true);
  });
});
