// Less common ways people write frontmatter, each edited as they would have edited it by hand.
import { describe, expect, it } from 'vitest';
import { type Edit, editFrontmatter } from '../../src/core/edit/frontmatter-edit.js';
import { expectEdited } from './helpers.js';

function expectEdit(before: string, edits: Edit[], after: string): void {
  const result = editFrontmatter(before, edits);
  expect(result).toEqual({ ok: true, text: after });
  if (edits.length === 1) expectEdited(before, after, edits[0]!);
}

const fm = (yaml: string, body = 'Tekst.\n') => `---\n${yaml}---\n${body}`;

describe('lists', () => {
  it('a flow list over several lines keeps one item per line', () => {
    expectEdit(
      fm('thema: [duurzaamheid,\n  zorg]   # twee\nid: x\n'),
      [{ op: 'append', path: ['thema'], items: ['wonen'] }],
      fm('thema: [duurzaamheid,\n  zorg,\n  wonen]   # twee\nid: x\n'),
    );
  });

  it('a flow list or mapping with an item a line and comments after the commas', () => {
    expectEdit(
      fm(
        'vervolg_op: [\n  2024-a,   # eerste\n  2024-b\n]\nteam: {\n  onderwijs: [x],  # docenten\n  overheid: [y]\n}\n',
      ),
      [
        { op: 'append', path: ['vervolg_op'], items: ['2025-c'] },
        { op: 'set', path: ['team', 'bewoners'], value: ['z'] },
      ],
      fm(
        'vervolg_op: [\n  2024-a,   # eerste\n  2024-b,\n  2025-c\n]\nteam: {\n  onderwijs: [x],  # docenten\n  overheid: [y],\n  bewoners: [z]\n}\n',
      ),
    );
  });

  it('a flow list with a trailing comma, and one with a single item', () => {
    expectEdit(fm('a: [x, y,]\n'), [{ op: 'append', path: ['a'], items: ['z'] }], fm('a: [x, y, z,]\n'));
    expectEdit(fm('a: [x]\n'), [{ op: 'append', path: ['a'], items: ['y: z'] }], fm('a: [x, "y: z"]\n'));
    expectEdit(fm('a: [ ]\n'), [{ op: 'append', path: ['a'], items: ['x'] }], fm('a: [x]\n'));
  });

  it('a block list keeps its dash spacing; a new item goes after a multi-line last item', () => {
    expectEdit(
      fm('partners:\n  -   naam: A\n      groep: overig   # wie?\n# volgende\nid: x\n'),
      [{ op: 'append', path: ['partners'], items: [{ naam: 'B', groep: 'overheid' }] }],
      fm(
        'partners:\n  -   naam: A\n      groep: overig   # wie?\n  -   {naam: B, groep: overheid}\n# volgende\nid: x\n',
      ),
    );
  });

  it('a block list whose last item is a block scalar', () => {
    expectEdit(
      fm('a:\n  - |\n    regel\n\n  # c\nb: 1\n'),
      [{ op: 'append', path: ['a'], items: ['x'] }],
      fm('a:\n  - |\n    regel\n  - x\n\n  # c\nb: 1\n'),
    );
  });

  it('an explicit null (~) is a blank list', () => {
    expectEdit(fm('a: ~  # leeg\n'), [{ op: 'append', path: ['a'], items: ['x'] }], fm('a: [x]  # leeg\n'));
  });

  it('a list of strings over a block list stays a block list at its indentation', () => {
    expectEdit(
      fm('a:   # lijst\n    - x\n    # tussen\n    - y  # laatste\n\nb: 1\n'),
      [{ op: 'set', path: ['a'], value: ['p', 'q'] }],
      fm('a:   # lijst\n    - p\n    - q\n\nb: 1\n'),
    );
  });

  it('a scalar over a block list: on the key line, the key line comment kept', () => {
    expectEdit(
      fm('a:   # lijst\n  - x\n  - y\nb: 1\n'),
      [{ op: 'set', path: ['a'], value: 'los' }],
      fm('a: los   # lijst\nb: 1\n'),
    );
  });

  it('a list of mappings on an absent key is a block of flow mappings', () => {
    expectEdit(
      fm('id: x\n'),
      [{ op: 'set', path: ['partners'], value: [{ naam: 'Saxion', groep: 'onderwijs' }] }],
      fm('id: x\npartners:\n  - {naam: Saxion, groep: onderwijs}\n'),
    );
  });
});

describe('scalars', () => {
  it('a block scalar becomes one line', () => {
    expectEdit(
      fm('kennisvraag: |  # lang\n  Hoe?\n  Waarom?\n\nid: x\n'),
      [{ op: 'set', path: ['kennisvraag'], value: 'Wat?' }],
      fm('kennisvraag: Wat?\n\nid: x\n'),
    );
  });

  it('a value that started on the next line', () => {
    expectEdit(
      fm('kennisvraag:   # zie notulen\n  Hoe maken we\n  het koeler?\nid: x\n'),
      [{ op: 'set', path: ['kennisvraag'], value: 'Hoe?' }],
      fm('kennisvraag: Hoe?   # zie notulen\nid: x\n'),
    );
  });

  it('null makes a key blank; a mapping entry that is undefined is left out', () => {
    expectEdit(
      fm('status: lopend  # x\n'),
      [{ op: 'set', path: ['status'], value: null }],
      fm('status:  # x\n'),
    );
    expectEdit(
      fm('id: x\n'),
      [{ op: 'set', path: ['p'], value: { naam: 'A', email: undefined } }],
      fm('id: x\np:\n  naam: A\n'),
    );
  });

  it('a single-quoted value that cannot stay single-quoted is double-quoted', () => {
    expectEdit(fm("a: 'x'\n"), [{ op: 'set', path: ['a'], value: 'r1\nr2' }], fm('a: "r1\\nr2"\n'));
    expectEdit(fm("a: 'x'\n"), [{ op: 'set', path: ['a'], value: "it's" }], fm("a: 'it''s'\n"));
  });

  it('keys written oddly: quoted, with space before the colon, YAML-special names', () => {
    expectEdit(
      fm('"status" : lopend\n'),
      [{ op: 'set', path: ['status'], value: 'x' }],
      fm('"status" : x\n'),
    );
    expectEdit(fm('id: x\n'), [{ op: 'set', path: ['true'], value: 1 }], fm('id: x\n"true": 1\n'));
    expectEdit(fm('id: x\n'), [{ op: 'set', path: ['__proto__'], value: 'p' }], fm('id: x\n__proto__: p\n'));
  });
});

describe('unusual frontmatter', () => {
  it('empty, or only comments: the key is added', () => {
    expectEdit('---\n---\nTekst\n', [{ op: 'set', path: ['id'], value: 'x' }], '---\nid: x\n---\nTekst\n');
    expectEdit(fm('# nog leeg\n'), [{ op: 'set', path: ['id'], value: 'x' }], fm('# nog leeg\nid: x\n'));
  });

  it('a root written as a flow mapping', () => {
    expectEdit(
      fm('{id: x, status: lopend}\n'),
      [{ op: 'set', path: ['titel'], value: 'T' }],
      fm('{id: x, status: lopend, titel: T}\n'),
    );
  });

  it('a root indented as a whole', () => {
    expectEdit(
      fm('  id: x\n  a: [p]\n'),
      [{ op: 'set', path: ['b'], value: 1 }],
      fm('  id: x\n  a: [p]\n  b: 1\n'),
    );
  });

  it('a block scalar keeping its trailing blank lines at the end: the new key goes after them', () => {
    expectEdit(fm('a: |+\n  x\n\n'), [{ op: 'set', path: ['b'], value: 1 }], fm('a: |+\n  x\n\nb: 1\n'));
  });

  it('new lines take the line end of the fence, even in a file with mixed ends', () => {
    expectEdit(
      '---\r\nid: x\nstatus: lopend\r\n---\r\nTekst\n',
      [{ op: 'set', path: ['evaluatie'], value: { datum: '2026-01-01', conclusies: ['a'] } }],
      '---\r\nid: x\nstatus: lopend\r\nevaluatie:\r\n  datum: 2026-01-01\r\n  conclusies:\r\n    - a\r\n---\r\nTekst\n',
    );
  });

  it('a byte-order mark is kept, before and after several edits', () => {
    const before = '\uFEFF---\nid: x\n---\n';
    const result = editFrontmatter(before, [
      { op: 'set', path: ['status'], value: 'lopend' },
      { op: 'append', path: ['vervolg_op'], items: ['a', 'b'] },
    ]);
    expect(result).toEqual({ ok: true, text: '\uFEFF---\nid: x\nstatus: lopend\nvervolg_op: [a, b]\n---\n' });
  });

  it('no edits: the text as it was', () => {
    const before = '\uFEFF---\r\nid: x\r\n---\r\n';
    expect(editFrontmatter(before, [])).toEqual({ ok: true, text: before });
  });
});

describe('explicit keys', () => {
  // Found by the --changed equivalence test: the new key took the column of the explicit key's
  // name (two in, after `? `), which nested it under the previous value.
  it('a new key after a mapping that starts with an explicit key (`? id`) goes in the first column', () => {
    expectEdit(
      fm('? id\n: abc\ntitel: X\n'),
      [{ op: 'set', path: ['status'], value: 'lopend' }],
      fm('? id\n: abc\ntitel: X\nstatus: lopend\n'),
    );
  });

  it('and inside a nested mapping that starts with one, at that mapping’s column', () => {
    expectEdit(
      fm('team:\n  ? onderwijs\n  : [x]\n'),
      [{ op: 'set', path: ['team', 'overheid'], value: ['y'] }],
      fm('team:\n  ? onderwijs\n  : [x]\n  overheid: [y]\n'),
    );
  });
});
