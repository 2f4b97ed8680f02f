// What the editor will not do: guess. Each refusal says why and, where it can, where in the file.
import { describe, expect, it } from 'vitest';
import { type Edit, editFrontmatter } from '../../src/core/edit/frontmatter-edit.js';
import { fixture } from './helpers.js';

const SET_STATUS: Edit = { op: 'set', path: ['status'], value: 'afgerond' };

describe('refused, with nothing written', () => {
  it.each([
    ['an unclosed quote', '---\nid: x\ntitel: "Groene daken\nstatus: lopend\n---\n', 3],
    ['a bad indent', '---\nid: x\nstatus: lopend\n  bad: indent\n---\n', 3],
    ['a duplicate key', '---\nid: x\nstatus: lopend\nstatus: afgerond\n---\n', 4],
    ['an unclosed flow list', '---\nid: x\nvervolg_op: [a, b\nstatus: lopend\n---\n', undefined],
    ['a tab as indentation', '---\nteam:\n\tonderwijs: [a]\n---\n', 3],
  ])('broken YAML: %s', (_name, text, line) => {
    const result = editFrontmatter(text, [SET_STATUS]);
    expect(result).toMatchObject({
      ok: false,
      reason: 'yaml',
      message: { id: expect.stringMatching(/^yaml\./) },
    });
    if (line !== undefined) expect(result).toMatchObject({ line });
  });

  it.each([
    [
      'an alias',
      '---\nid: x\nteam: {onderwijs: &t [a]}\npartners: *t\nstatus: lopend\n---\n',
      'anchor &t',
      3,
    ],
    ['an alias alone', '---\nid: x\nstatus: *s\n---\n', 'alias *s', 3],
    ['a tag', '---\nid: x\nstatus: !!str lopend\n---\n', 'tag !!str', 3],
    ['a custom tag', '---\nid: x\ntitel: !js/function "f() {}"\n---\n', undefined, 3],
    ['a list as key', '---\nid: x\n[a, b]: c\nstatus: lopend\n---\n', 'a list or mapping as key: [a, b]', 3],
    [
      'a mapping as explicit key',
      '---\nid: x\nstatus: lopend\n? {a: 1}\n: c\n---\n',
      'a list or mapping as key: {a: 1}',
      4,
    ],
  ])('%s', (_name, text, detail, line) => {
    const result = editFrontmatter(text, [SET_STATUS]);
    expect(result).toMatchObject({ ok: false, reason: 'yaml', line });
    if (detail) expect(result).toMatchObject({ detail });
  });

  it('a byte-order mark and CRLF do not shift the line', () => {
    const text = '\uFEFF---\r\nid: x\r\nstatus: "lopend\r\n---\r\n';
    expect(editFrontmatter(text, [SET_STATUS])).toMatchObject({ ok: false, reason: 'yaml', line: 3 });
  });

  it.each([
    ['a list', '---\n- id: x\n---\n'],
    ['a scalar', '---\njust text\n---\n'],
  ])('root is %s', (_name, text) => {
    expect(editFrontmatter(text, [SET_STATUS])).toMatchObject({
      ok: false,
      reason: 'not-a-mapping',
      line: 2,
    });
  });

  it('a list where a mapping is needed', () => {
    const result = editFrontmatter(fixture('project-opmerkingen.md'), [
      { op: 'set', path: ['vervolg_op', 'x'], value: 'y' },
    ]);
    expect(result).toEqual({ ok: false, reason: 'not-a-mapping', detail: 'vervolg_op', line: 12, column: 3 });
  });

  it('a scalar where a mapping is needed', () => {
    const result = editFrontmatter(fixture('vraag.md'), [
      { op: 'append', path: ['status', 'nieuwe_kennisvragen'], items: ['a'] },
    ]);
    expect(result).toEqual({ ok: false, reason: 'not-a-mapping', detail: 'status', line: 4, column: 9 });
  });

  it.each([
    ['a plain scalar', ['status'], 'project-opmerkingen.md', 5, 9],
    ['a quoted scalar', ['titel'], 'project-crlf.md', 3, 8],
    ['a flow mapping', ['vraageigenaar'], 'vraag.md', 7, 16],
    ['a block mapping', ['planning'], 'project-opmerkingen.md', 33, 3],
    ['a block scalar', ['evaluatie', 'leerpunten', '0'], 'project-vier-spaties.md', undefined, undefined],
  ])('append on %s', (_name, path, name, line, column) => {
    const result = editFrontmatter(fixture(name), [{ op: 'append', path, items: ['x'] }]);
    if (path.length === 3) {
      // A list on the way, not a mapping.
      expect(result).toMatchObject({ ok: false, reason: 'not-a-mapping', detail: 'evaluatie.leerpunten' });
      return;
    }
    expect(result).toMatchObject({ ok: false, reason: 'not-a-list', detail: path.join('.') });
    if (line !== undefined) expect(result).toMatchObject({ line, column });
  });

  it('the position is in the file as it was, even after earlier edits added lines above', () => {
    const text = fixture('project-leeg.md');
    const result = editFrontmatter(text, [
      { op: 'set', path: ['vervolg_op'], value: [{ naam: 'a' }, { naam: 'b' }] },
      { op: 'append', path: ['contactpersoon'], items: ['x'] },
    ]);
    // `naam: Ahmed Yilmaz`, where the mapping starts, is line 13 of the original; 15 after the first edit.
    expect(result).toEqual({
      ok: false,
      reason: 'not-a-list',
      detail: 'contactpersoon',
      line: 13,
      column: 3,
    });
  });

  it('all or nothing: a refused second edit means no text at all', () => {
    const result = editFrontmatter(fixture('vraag.md'), [
      SET_STATUS,
      { op: 'append', path: ['vraag'], items: ['x'] },
    ]);
    expect(result.ok).toBe(false);
    expect('text' in result).toBe(false);
  });

  it.each([
    ['no fences', 'id: x\n', 'missing'],
    ['an unclosed fence', '---\nid: x\n', 'unclosed'],
    ['another language', '---js\nmodule.exports = {}\n---\n', 'language js'],
    ['an empty file', '', 'missing'],
  ])('no frontmatter: %s', (_name, text, detail) => {
    expect(editFrontmatter(text, [SET_STATUS])).toEqual({ ok: false, reason: 'no-frontmatter', detail });
  });

  it('an edit without a path is a programming error', () => {
    expect(() => editFrontmatter(fixture('vraag.md'), [{ op: 'set', path: [], value: 'x' }])).toThrow(
      RangeError,
    );
  });
});
