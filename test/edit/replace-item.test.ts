// The `replace-item` edit of kwp rename: one id swapped for another where a key holds it, in a list
// or as the value, quoting and every other byte as they were.
import { describe, expect, it } from 'vitest';
import { type Edit, editFrontmatter } from '../../src/core/edit/frontmatter-edit.js';
import { expectEdited, fixture, FIXTURE_NAMES } from './helpers.js';

const fm = (yaml: string, body = 'Tekst.\n') => `---\n${yaml}---\n${body}`;

function expectEdit(before: string, edit: Edit, after: string): void {
  const result = editFrontmatter(before, [edit]);
  expect(result).toEqual({ ok: true, text: after });
  expectEdited(before, after, edit);
}

const swap = (path: string[], from = 'oud-id', to = 'nieuw-id-langer'): Edit => ({
  op: 'replace-item',
  path,
  from,
  to,
});

describe('replace-item', () => {
  it('an item of a flow list, the others and the spacing kept', () => {
    expectEdit(
      fm('vervolg_op: [ a-1, oud-id ,b-2 ]  # samen\n'),
      swap(['vervolg_op']),
      fm('vervolg_op: [ a-1, nieuw-id-langer ,b-2 ]  # samen\n'),
    );
  });

  it('an item of a block list with comments, CRLF line ends', () => {
    const before = fm('kennisvragen:\r\n  - x-1   # eerst\r\n  - "oud-id"  # deze\r\n  - y-2\r\n').replace(
      /(?<!\r)\n/g,
      '\r\n',
    );
    expectEdit(before, swap(['kennisvragen']), before.replace('"oud-id"', '"nieuw-id-langer"'));
  });

  it('each occurrence in one list (single-quoted and plain), the text between kept', () => {
    expectEdit(
      fm("vervolg_op:\n- 'oud-id'\n# tussen\n- a-1\n- oud-id\n"),
      swap(['vervolg_op']),
      fm("vervolg_op:\n- 'nieuw-id-langer'\n# tussen\n- a-1\n- nieuw-id-langer\n"),
    );
  });

  it('a scalar value, nested, inside a flow mapping', () => {
    expectEdit(
      fm('evaluatie: {datum: 2026-01-01, nieuwe_kennisvragen: [oud-id]}\nproject: oud-id # waar\n'),
      swap(['evaluatie', 'nieuwe_kennisvragen']),
      fm('evaluatie: {datum: 2026-01-01, nieuwe_kennisvragen: [nieuw-id-langer]}\nproject: oud-id # waar\n'),
    );
    expectEdit(
      fm('project: oud-id # waar\nid: x\n'),
      swap(['project']),
      fm('project: nieuw-id-langer # waar\nid: x\n'),
    );
  });

  it('nothing to replace: absent key, other values, part of a longer id, the same text', () => {
    for (const yaml of ['id: x\n', 'vervolg_op: [oud-id-2, a]\n', 'project: ander\n', 'project:\n']) {
      expect(editFrontmatter(fm(yaml), [swap(['vervolg_op'])])).toEqual({ ok: true, text: fm(yaml) });
      expect(editFrontmatter(fm(yaml), [swap(['project'])])).toEqual({ ok: true, text: fm(yaml) });
    }
  });

  it('refuses a path through something that is not a mapping, and broken YAML', () => {
    expect(editFrontmatter(fm('evaluatie: tekst\n'), [swap(['evaluatie', 'x'])])).toMatchObject({
      ok: false,
      reason: 'not-a-mapping',
    });
    expect(editFrontmatter(fm('a: &x oud-id\nb: *x\n'), [swap(['a'])])).toMatchObject({
      ok: false,
      reason: 'yaml',
    });
  });

  it.each(FIXTURE_NAMES)('every list and scalar of fixture %s: only that value changes', (name) => {
    const original = fixture(name);
    for (const [path, from] of [
      [['vervolg_op'], '2024-b'],
      [['vervolg_op'], '2024-hittekaart-rivierenwijk'],
      [['kennisvragen'], 'schoolpleinen-onderhoud-door-buurt'],
      [['project'], '2026-groene-daken-binnenstad'],
      [['id'], '2026-raar-geschreven'],
    ] as [string[], string][]) {
      const e = swap(path, from, 'heel-andere-naam');
      const result = editFrontmatter(original, [e]);
      if (!result.ok) throw new Error(JSON.stringify(result));
      expectEdited(original, result.text, e);
    }
  });
});
