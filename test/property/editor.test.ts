// Property-based test of the frontmatter editor: on arbitrary valid frontmatter (plain and quoted
// scalars, flow and block lists, nested mappings, explicit and quoted keys, comments, blank lines, LF or CRLF, with or without a
// byte-order mark) an arbitrary edit is either refused, or made with exactly that key changed in the
// data and every byte outside the edited key's lines left as it was.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Edit, type EditValue, editFrontmatter } from '../../src/core/edit/frontmatter-edit.js';
import { data, expectEdited, reference } from '../edit/helpers.js';

const KEYS = ['id', 'titel', 'status', 'themas', 'partners', 'planning', 'opmerking', 'x-y', '__proto__'];
const SUBKEYS = ['start', 'einde', 'naam', 'email'];

/** Strings a person (or an attacker) could put in a value. */
const HOSTILE = [
  'afgerond',
  'met: dubbele punt',
  '# geen commentaar',
  'a # b',
  '---',
  '- geen lijst',
  '"quotes" en \'enkele\'',
  'regel\nnieuwe regel',
  'tab\there',
  '  spaties  ',
  '',
  'true',
  'no',
  'null',
  '~',
  '0123',
  '1e3',
  '2026-02-30',
  '[lijst], {map}',
  '&anker *alias !tag',
  '? vraag',
  'eindigt met:',
  '🌳 emoji',
  '\u001b]0;pwned\u0007',
  '\u2028 line separator',
  "=cmd|' /C calc'!A0",
];

const text = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);

/** A scalar as it could be written in the file: plain, single- or double-quoted. */
const plainWord = fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9 ._-]{0,10}[a-zA-Z0-9]$/);
const writtenScalar = fc.oneof(
  plainWord,
  plainWord.map((s) => `'${s}'`),
  plainWord.map((s) => `"${s}"`),
  fc.constantFrom('42', '3.5', 'true', 'null', '2026-02-02', "'it''s'", '"a \\"b\\""', 'Café'),
);

const comment = fc.option(fc.constantFrom('  # opmerking', ' # x: y', '\t# tab'), { nil: '' });

/** One top-level key with its value, as lines (without line ends). */
function entry(key: string) {
  return fc.oneof(
    fc.tuple(writtenScalar, comment).map(([v, c]) => [`${key}: ${v}${c}`]),
    fc.constant([`${key}:`]),
    fc.array(writtenScalar, { maxLength: 4 }).map((items) => [`${key}: [${items.join(', ')}]`]),
    fc
      .tuple(fc.array(writtenScalar, { minLength: 1, maxLength: 4 }), fc.constantFrom('', '  '), comment)
      .map(([items, indent, c]) => [`${key}:${c}`, ...items.map((i) => `${indent}- ${i}`)]),
    fc
      .uniqueArray(fc.constantFrom(...SUBKEYS), { minLength: 1, maxLength: 3 })
      .chain((subs) =>
        fc
          .tuple(
            fc.array(writtenScalar, { minLength: subs.length, maxLength: subs.length }),
            fc.constantFrom(2, 4),
          )
          .map(([vals, n]) => [`${key}:`, ...subs.map((s, i) => `${' '.repeat(n)}${s}: ${vals[i]}`)]),
      ),
    fc
      .uniqueArray(fc.constantFrom(...SUBKEYS), { minLength: 1, maxLength: 3 })
      .map((subs) => [`${key}: {${subs.map((s) => `${s}: w`).join(', ')}}`]),
    // Keys written the less common ways: explicit (`? key` then `: value`), and quoted.
    writtenScalar.map((v) => [`? ${key}`, `: ${v}`]),
    fc.tuple(fc.constantFrom('"', "'"), writtenScalar).map(([q, v]) => [`${q}${key}${q}: ${v}`]),
    fc
      .tuple(fc.constantFrom(...SUBKEYS), writtenScalar, fc.constantFrom(2, 4))
      .map(([sub, v, n]) => [`${key}:`, `${' '.repeat(n)}? ${sub}`, `${' '.repeat(n)}: ${v}`]),
  );
}

const frontmatterFile = fc
  .uniqueArray(fc.constantFrom(...KEYS), { maxLength: 6 })
  .chain((keys) =>
    fc.tuple(
      fc.tuple(...keys.map((k) => entry(k))),
      fc.array(fc.constantFrom('', '# een commentaarregel', '   '), { maxLength: keys.length + 1 }),
      fc.constantFrom('\n', '\r\n'),
      fc.boolean(),
    ),
  )
  .map(([entries, extras, eol, bom]) => {
    const lines: string[] = [];
    entries.forEach((e, i) => {
      lines.push(...e);
      if (extras[i] !== undefined) lines.push(extras[i]);
    });
    const yaml = lines.map((l) => l + eol).join('');
    return `${bom ? '\uFEFF' : ''}---${eol}${yaml}---${eol}${eol}## Inhoud${eol}${eol}Tekst.${eol}`;
  });

const scalarValue: fc.Arbitrary<EditValue> = fc.oneof(
  { weight: 4, arbitrary: text },
  { weight: 1, arbitrary: fc.constantFrom<EditValue>(0, 12, -3.5, true, false, null) },
);

const path = fc.oneof(
  fc.constantFrom(...KEYS, 'nieuw').map((k) => [k]),
  fc.tuple(fc.constantFrom(...KEYS, 'nieuw'), fc.constantFrom(...SUBKEYS, 'ander')).map(([a, b]) => [a, b]),
);

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constant('set' as const), path, value: scalarValue }),
  fc.record({ op: fc.constant('append' as const), path, items: fc.array(scalarValue, { maxLength: 3 }) }),
  fc.record({
    op: fc.constant('set' as const),
    path,
    value: fc
      .uniqueArray(fc.constantFrom(...SUBKEYS), { minLength: 1, maxLength: 3 })
      .chain((subs) =>
        fc
          .array(scalarValue, { minLength: subs.length, maxLength: subs.length })
          .map((vals) => Object.fromEntries(subs.map((s, i) => [s, vals[i]!])) as EditValue),
      ),
  }),
  fc.record({ op: fc.constant('set' as const), path, value: fc.array(scalarValue, { maxLength: 3 }) }),
);

describe('editFrontmatter on arbitrary frontmatter', () => {
  it('the generated files are valid frontmatter', () => {
    fc.assert(
      fc.property(frontmatterFile, (file) => {
        data(file);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses, or changes exactly the edited key and no byte outside its lines', () => {
    let made = 0;
    fc.assert(
      fc.property(frontmatterFile, edit, (before, e) => {
        const result = editFrontmatter(before, [e]);
        const expected = reference(data(before), e);
        if (!result.ok) {
          // A key written as `? key` is not edited (the editor says so, pointing at it).
          const explicit = e.path.some((k) => before.includes(`? ${k}`));
          if (explicit && result.reason === 'yaml' && result.detail === 'a key written as `? key`') return;
          // Otherwise refused only when the edit cannot be made (a path through a value that is no
          // mapping, an append to a value that is no list), never on valid frontmatter it could edit.
          expect(typeof expected, `${e.op} ${e.path.join('.')} refused: ${result.reason}`).toBe('string');
          return;
        }
        expect(typeof expected, 'made an edit that had to be refused').not.toBe('string');
        expectEdited(before, result.text, e);
        made++;
      }),
      { numRuns: Number(process.env.KWP_PROPERTY_RUNS ?? 300) },
    );
    // Not a vacuous pass: most edits can be made, and are.
    expect(made).toBeGreaterThan(150);
  });
});
