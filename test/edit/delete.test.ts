// The delete op: a key cleared by `kwp edit` goes with its lines (block) or its entry and one comma
// (flow), every other byte stays; a key that is absent is no change; a nested mapping left empty is
// refused rather than guessed at.
import { describe, expect, it } from 'vitest';
import { editFrontmatter } from '../../src/core/edit/frontmatter-edit.js';
import { expectEdited, FIXTURE_NAMES, fixture } from './helpers.js';

const del = (text: string, ...path: string[]) => editFrontmatter(text, [{ op: 'delete', path }]);

describe('delete a key', () => {
  it('removes a block key with its whole value, comments on lines of their own stay', () => {
    const original = fixture('project-opmerkingen.md');
    const result = del(original, 'projectleider');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.text).toBe(
      original.replace(
        'projectleider:\n  naam: Femke de Vries\n  email: f.devries@example.org   # werkmail, niet privé\n  organisatie: "Hogeschool Rivelde"\n',
        '',
      ),
    );
    expectEdited(original, result.text, { op: 'delete', path: ['projectleider'] });
  });

  it('removes a one-line key and its comment, and keeps CRLF line ends', () => {
    const original = '---\r\n' + 'id: a-b-c\r\ngebied: Binnenstad  # oud\r\nstatus: open\r\n---\r\nbody\r\n';
    const result = del(original, 'gebied');
    expect(result).toEqual({ ok: true, text: '---\r\nid: a-b-c\r\nstatus: open\r\n---\r\nbody\r\n' });
  });

  it('removes an entry of a flow mapping with one comma', () => {
    const text = '---\nplanning: {start: 2026-02-02, tussentijds: 2026-04-01, einde: 2026-06-26}\n---\n';
    expect(del(text, 'planning', 'tussentijds')).toEqual({
      ok: true,
      text: '---\nplanning: {start: 2026-02-02, einde: 2026-06-26}\n---\n',
    });
    expect(del(text, 'planning', 'start')).toEqual({
      ok: true,
      text: '---\nplanning: {tussentijds: 2026-04-01, einde: 2026-06-26}\n---\n',
    });
    expect(del(text, 'planning', 'einde')).toEqual({
      ok: true,
      text: '---\nplanning: {start: 2026-02-02, tussentijds: 2026-04-01}\n---\n',
    });
  });

  it('an absent key is no change: the text stays byte for byte', () => {
    const original = fixture('project-opmerkingen.md');
    expect(del(original, 'website')).toEqual({ ok: true, text: original });
    expect(del(original, 'planning', 'tussentijds')).toEqual({ ok: true, text: original });
  });

  it('refuses to leave a nested mapping empty', () => {
    const result = del('---\nplanning:\n  start: 2026-02-02\n---\n', 'planning', 'start');
    expect(result.ok).toBe(false);
  });

  it.each(FIXTURE_NAMES)('%s: deleting each top-level key changes only that key', (name) => {
    const original = fixture(name);
    const keys = [...original.matchAll(/^([a-z_]+):/gm)].map((m) => m[1]!);
    for (const key of new Set(keys)) {
      const result = del(original, key);
      if (!result.ok) continue; // a key kwp refuses (in a broken fixture) is covered by refusals.test.ts
      expectEdited(original, result.text, { op: 'delete', path: [key] });
    }
  });
});
