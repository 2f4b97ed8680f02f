// Random sequences of edits, with hostile values, on every fixture: each step is valid YAML, reads as
// the old data with exactly that edit made, and changes bytes only inside the edited key's lines; a
// refusal comes exactly when the edit cannot be made. Seeded, so a failure can be replayed.
import { describe, expect, it } from 'vitest';
import { type Edit, type EditValue, editFrontmatter } from '../../src/core/edit/frontmatter-edit.js';
import { data, expectEdited, fixture, FIXTURE_NAMES, reference } from './helpers.js';
import { random } from '../helpers/random.js';

const HOSTILE = [
  'afgerond',
  'Titel: met dubbele punt',
  '# geen commentaar',
  'a # b',
  '---',
  '- geen lijst',
  '"aanhalingstekens" en \'enkele\'',
  "it's",
  'regel\nnieuwe regel',
  'tab\there',
  '  spaties eromheen  ',
  '',
  ' ',
  'true',
  'no',
  'null',
  '~',
  '0123',
  '0x1F',
  '1e3',
  '.inf',
  '2026-02-30',
  '[lijst], {map}',
  '&anker *alias !tag',
  '@iemand `code` %procent',
  '? vraag',
  'eindigt met:',
  'emoji 🌳🏫',
  'עברית right-to-left',
  'control \u0007 and \u007f and \u0085 and \u2028',
  'Café – “typografisch”',
];

const ALPHABET = [
  'a',
  'B',
  'é',
  ' ',
  ':',
  '#',
  '-',
  "'",
  '"',
  ',',
  '[',
  ']',
  '{',
  '}',
  '\t',
  '\n',
  '\\',
  '1',
  '.',
  '&',
  '*',
];

const PATHS: string[][] = [
  ['status'],
  ['vervolg_op'],
  ['kennisvragen'],
  ['thema'],
  ['titel'],
  ['kennisvraag'],
  ['evaluatie'],
  ['evaluatie', 'datum'],
  ['evaluatie', 'conclusies'],
  ['evaluatie', 'nieuwe_kennisvragen'],
  ['evaluatie', 'leerpunten'],
  ['planning', 'einde'],
  ['planning', 'tussentijds'],
  ['team', 'bewoners'],
  ['team', 'onderwijs'],
  ['contactpersoon', 'email'],
  ['projectleider'],
  ['opmerking'],
  ['kosten_notitie'],
  ['nieuw'],
  ['nieuw', 'diep', 'er'],
  ['met spatie'],
  ['a:b'],
  ['true'],
  ['__proto__'],
];

function generator(rand: () => number) {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const count = (max: number) => Math.floor(rand() * (max + 1));
  const string = (): string =>
    rand() < 0.6 ? pick(HOSTILE) : Array.from({ length: 1 + count(10) }, () => pick(ALPHABET)).join('');
  const scalar = (): EditValue => {
    const r = rand();
    if (r < 0.75) return string();
    if (r < 0.82) return pick([0, 7, -3, 2.5, 1e21, 1e-7, Number.NaN, Number.POSITIVE_INFINITY]);
    if (r < 0.9) return rand() < 0.5;
    return null;
  };
  const strings = () => Array.from({ length: count(3) }, string);
  const value = (depth = 0): EditValue => {
    const r = rand();
    if (depth > 2 || r < 0.45) return scalar();
    if (r < 0.65) return strings();
    if (r < 0.75)
      return Array.from({ length: 1 + count(2) }, () => ({
        naam: string(),
        groep: pick(['onderwijs', 'overig']),
      }));
    if (r < 0.88) {
      return {
        datum: '2026-07-03',
        conclusies: strings(),
        leerpunten: strings(),
        verbeterpunten: [],
        nieuwe_kennisvragen: strings(),
      };
    }
    return Object.fromEntries(Array.from({ length: count(3) }, () => [string(), value(depth + 1)]));
  };
  const edit = (): Edit =>
    rand() < 0.5
      ? { op: 'set', path: pick(PATHS), value: value() }
      : {
          op: 'append',
          path: pick(PATHS),
          items: Array.from({ length: count(3) }, () => (rand() < 0.8 ? string() : value(2))),
        };
  return { pick, count, edit };
}

describe('random edits on the fixtures', () => {
  const SEEDS = Array.from({ length: Number(process.env.EDIT_SEEDS ?? 8) }, (_, i) => 20260 + i);

  it.each(SEEDS)('seed %i', (seed) => {
    const rand = random(seed);
    const { pick, count, edit } = generator(rand);
    for (let round = 0; round < 60; round++) {
      const original = fixture(pick(FIXTURE_NAMES));
      const edits = Array.from({ length: 1 + count(4) }, edit);
      let current = original;
      let refusedAny = false;
      for (const e of edits) {
        const expected = reference(data(current), e);
        const result = editFrontmatter(current, [e]);
        const where = `seed ${seed} round ${round}: ${JSON.stringify(e)}`;
        if (typeof expected === 'string') {
          expect(result.ok ? 'ok' : `${result.reason} ${result.detail}`, where).toBe(expected);
          refusedAny = true;
          continue;
        }
        expect(result.ok, `${where} ${JSON.stringify(result)}`).toBe(true);
        if (!result.ok) return;
        try {
          expectEdited(current, result.text, e);
        } catch (error) {
          console.log(where, JSON.stringify(current), JSON.stringify(result.text));
          throw error;
        }
        current = result.text;
      }
      // The same edits in one call: the same text, or (all or nothing) a refusal.
      const all = editFrontmatter(original, edits);
      if (refusedAny) expect(all.ok).toBe(false);
      else expect(all).toEqual({ ok: true, text: current });
    }
  });
});
