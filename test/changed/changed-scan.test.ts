// The byte-level look `validate --changed` takes at every unchanged file (core/changed-scan): a file
// it lets stand in by its name must really have that id, and a file that mentions an id in its data
// must be found by it. Checked on hand-picked styles and on arbitrary YAML that a parser reads.
import fc from 'fast-check';
import { dump } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import {
  frontmatterText,
  frontmatterWords,
  idIsItsName,
  lookTest,
  MENTIONS,
  NAME_UNSURE,
  idsByHashes,
  idWordHashes,
  isPlainWord,
  mentionByHashes,
  mentionTest,
} from '../../src/core/changed-scan.js';
import { ID_PATTERN } from '../../src/core/kinds.js';

const mentionsAny = (bytes: Uint8Array, ids: string[]) => mentionTest(ids)(bytes);
import { str, stringsAt } from '../../src/core/data.js';
import { readSourceFile } from '../../src/core/read-file.js';
import { readYamlFull } from '../../src/core/yaml-full.js';

const bytes = (text: string) => Buffer.from(text, 'utf8');
const file = (yaml: string, body = '\nTekst over id: iets anders.\n') => bytes(`---\n${yaml}---\n${body}`);

/** The id the knowledge base gives a file: the one it declares, else its name. */
function realId(content: Uint8Array, stem: string): string {
  const parsed = readSourceFile(`knowledge/projecten/${stem}.md`, 'project', content, readYamlFull)!;
  return (parsed.data && str(parsed.data, 'id')) || stem;
}

describe('idIsItsName', () => {
  it.each([
    ['id: naam-x\n', true],
    ["id: 'naam-x'\n", true],
    ['id: "naam-x"\n', true],
    ['titel: Zonder id\n', true],
    ['id: naam-x\r\ntitel: x\r\n', true],
    ['partners:\n  - {naam: Bakker & Zn, groep: overig}\nid: naam-x\n', true],
  ])('%j: the id is the name, no need to read it', (yaml, expected) => {
    expect(idIsItsName(file(yaml), 'naam-x')).toBe(expected);
    expect(realId(file(yaml), 'naam-x')).toBe('naam-x');
  });

  it.each([
    ['id: ander\n'],
    ['"id": ander\n'],
    ["'id' : ander\n"],
    ['id: "\\x61nder"\n'],
    ['? id\n: ander\n'],
    ['a: &x ander\nid: *x\n'],
    ['id:\n  ander\n'],
    ['id: naam-x # opmerking\n'],
    ['  id: ander\n  titel: x\n'],
    ['{id: ander, titel: x}\n'],
    ['id: naam-x\nid: ander\n'],
    // A line that starts with --- but is no fence does not end the frontmatter.
    ['a: b\n---x: c\nid: ander\n'],
  ])('%j: the id may be another than the name, so it is read', (yaml) => {
    expect(idIsItsName(file(yaml), 'naam-x')).toBe(false);
  });

  it('a byte-order mark is skipped, and a UTF-16 file is always read', () => {
    expect(
      idIsItsName(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), file('id: naam-x\n')]), 'naam-x'),
    ).toBe(true);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('---\nid: ander\n---\n', 'utf16le')]);
    expect(idIsItsName(utf16, 'naam-x')).toBe(false);
  });

  it('words that end in -id (gebied, eenheid) are not keys named id', () => {
    expect(idIsItsName(file('id: naam-x\ngebied: Oosterpark\neenheid: x\n'), 'naam-x')).toBe(true);
  });
});

describe('mentionsAny', () => {
  it('finds an id anywhere in the bytes, and not when it is absent', () => {
    expect(mentionsAny(file('vervolg_op: [2024-a]\n'), ['2025-b', '2024-a'])).toBe(true);
    expect(mentionsAny(file('vervolg_op: [2024-a]\n'), ['2025-b'])).toBe(false);
    expect(mentionsAny(file('vervolg_op: [2024-a]\n'), [''])).toBe(false);
  });

  // An id shaped like one counts as a whole run of id characters; anything else wherever it appears.
  const many = [...Array.from({ length: 20 }, (_, i) => `vraag-${i}`), 'Geen Id-vorm'];
  const few = ['vraag-7', 'vraag-19', 'vraag-3', 'Geen Id-vorm'];
  it.each([
    ['vervolg_op: [2024-a, vraag-7]\n', true],
    ['kennisvragen:\n  - "vraag-19"\n', true],
    ["project: 'vraag-3'\n", true],
    ['titel: Geen Id-vorm\n', true], // not shaped like an id: searched for as it is
    ['vervolg_op: [vraag-7x, xvraag-7, vraag-70]\n', false], // other ids that contain one
    ['titel: VRAAG-7\n', false],
    ['vervolg_op: [vraag-7-a, a-vraag-7]\n', false],
    ['vervolg_op: [vraag_7, vraag.7]\n', false],
    ['vervolg_op: [x_vraag-7]\n', true], // `_` is no id character: a run ends there
  ])('with few or many ids: %j → %s', (yaml, expected) => {
    expect(mentionTest(many)(file(yaml, ''))).toBe(expected);
    expect(mentionTest(few)(file(yaml, ''))).toBe(expected);
  });

  it('finds an id that is not shaped like one as it is, characters of regular expressions and beyond ASCII too', () => {
    const odd = ['a.b', 'x(y)*', 'coöperatie', 'a|b'];
    expect(mentionTest(odd)(file('titel: over a.b\n'))).toBe(true);
    expect(mentionTest(odd)(file('titel: over axb\n'))).toBe(false);
    expect(mentionTest(odd)(file('titel: x(y)* en meer\n'))).toBe(true);
    expect(mentionTest(odd)(file('titel: xyyy\n'))).toBe(false);
    expect(mentionTest(odd)(file('titel: De Coöperatie, de coöperatie\n'))).toBe(true);
    expect(mentionTest(odd)(file('titel: cooperatie\n'))).toBe(false);
    expect(mentionTest(odd)(file('titel: a\n'))).toBe(false);
    expect(mentionTest([])(file('titel: a\n'))).toBe(false);
  });
});

/** Ids from a small pool, so that ids, references and the file name often coincide. */
const anId = fc.constantFrom('naam-x', 'ander', '2024-a', '2025-b', 'q1');
const record = fc.record(
  {
    id: fc.oneof(anId, fc.integer(), fc.constant(null)),
    titel: fc.string({ maxLength: 12 }),
    vervolg_op: fc.array(anId, { maxLength: 3 }),
    kennisvragen: fc.array(anId, { maxLength: 2 }),
    team: fc.record({ id: anId, naam: fc.string({ maxLength: 6 }) }, { requiredKeys: [] }),
  },
  { requiredKeys: [] },
);
/** The same data written in the many ways the two YAML libraries write it. */
const styled = fc.tuple(record, fc.nat(7)).map(([data, style]) => {
  if (style === 0) return dump(data);
  if (style === 1) return dump(data, { flowLevel: 0 });
  if (style === 2) return dump(data, { flowLevel: 1, quotingType: '"', forceQuotes: true });
  if (style === 3) return stringify(data, { defaultKeyType: 'QUOTE_DOUBLE' });
  if (style === 4) return stringify(data, { defaultStringType: 'QUOTE_SINGLE', indent: 4 });
  if (style === 5) return stringify(data, { collectionStyle: 'flow' });
  if (style === 6) return stringify(data, { defaultStringType: 'QUOTE_DOUBLE', doubleQuotedAsJSON: true });
  return `  ${stringify(data).trimEnd().split('\n').join('\n  ')}\n`; // the whole mapping indented
});

describe('frontmatterWords', () => {
  const words = (text: string, ids: string[]) => frontmatterWords(ids)(bytes(text));

  it('finds the ids among the words of the frontmatter, in any style, and none in the body', () => {
    const text =
      '---\nid: p-1\nvervolg_op: [p-2, "p-3",\n  \'p-4\']\nkennisvragen:\n  - p-5 # en p-6\n' +
      'x: {a: p-7}\ntitel: p-8p-9\n---\n\nOver p-10 in de tekst.\n';
    const ids = Array.from({ length: 11 }, (_, i) => `p-${i}`);
    expect(words(text, ids).sort()).toEqual(['p-1', 'p-2', 'p-3', 'p-4', 'p-5', 'p-6', 'p-7']);
  });

  it('ends the frontmatter where the reader does: a line of only --- (and blanks), not ---x', () => {
    expect(words('---\na: b\n---x: p-1\n--- \r\np-2\n', ['p-1', 'p-2'])).toEqual(['p-1']);
    expect(words('---\na: p-1\n', ['p-1'])).toEqual(['p-1']); // unclosed: the whole file
  });

  it('finds the same words by its regular expression (few shapes) as by its loop over the bytes (many)', () => {
    const text =
      '---\nid: p-1\nvervolg_op: [p-2, "p-3", p-22, q.4]\nx: {a: p-7, b: [p-2p]}\n' +
      'naam: Coöperatie p-5\ta+b p-6\r\n---\np-8\n';
    const ids = ['p-1', 'p-2', 'p-3', 'p-22', 'p-5', 'p-6', 'p-7', 'p-8', 'q.4', 'a+b', 'p'];
    // 70 more ids of shapes of their own (first character and length) that the text does not hold:
    // more shapes than the regular expression is made for, so the loop is used.
    const many = [
      ...ids,
      ...Array.from({ length: 70 }, (_, i) => `${'bcdefghijk'[i % 10]}${'z'.repeat(10 + i)}`),
    ];
    const found = words(text, ids);
    expect(found).toEqual(['p-1', 'p-2', 'p-3', 'p-22', 'q.4', 'p-7', 'p-5', 'a+b', 'p-6']);
    expect(words(text, many)).toEqual(found);
  });

  it('takes only plain words as ids: those with a blank, a delimiter or beyond ASCII cannot be found so', () => {
    expect(['2026-a', 'a.b_c', 'é', 'a b', 'a:b', 'a,b', "a'b", ''].map(isPlainWord)).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('frontmatterText', () => {
  it('is the frontmatter up to and with its closing fence, as the reader ends it; the whole file without one', () => {
    expect(frontmatterText(bytes('---\na: b\n---x\n--- \r\nTekst over 2025-b.\n'))).toBe(
      '---\na: b\n---x\n---',
    );
    expect(frontmatterText(bytes('---\na: p-1\n'))).toBe('---\na: p-1\n');
    expect(frontmatterText(bytes('---\nnaam: Coöperatie\n---\n'))).toBe(
      Buffer.from('---\nnaam: Coöperatie\n---', 'utf8').toString('latin1'),
    );
    expect(mentionTest(['2025-b'])(frontmatterText(file('vervolg_op: [2024-a]\n', '\n2025-b\n')))).toBe(
      false,
    );
  });
});

describe('idWordHashes', () => {
  const kept = idWordHashes(file('vervolg_op: [2024-a, vraag-7]\n', '\nIn de tekst: 2025-b.\n'));
  it('keeps the words of the frontmatter that an id can be, and finds ids by them', () => {
    expect(mentionByHashes(['2025-c', '2024-a'])!(kept)).toBe(true);
    expect(idsByHashes(['vraag-7', 'vraag', '2024'])!(kept)).toEqual(['vraag-7']);
  });
  it('leaves out the body, which the rules across files do not read', () => {
    expect(mentionByHashes(['2025-b'])!(kept)).toBe(false);
  });
  it('cannot answer for an id not shaped like one, which must be searched for in the file', () => {
    expect(mentionByHashes(['2024-a', 'Geen id'])).toBeUndefined();
    expect(idsByHashes(['2024-a', 'a_b'])).toBeUndefined();
  });
});

describe('on arbitrary YAML', () => {
  it('a file it lets stand in has its name as id, and every id in its data is mentioned', () => {
    fc.assert(
      fc.property(styled, fc.constantFrom('naam-x', 'ander'), (yaml, stem) => {
        const content = file(yaml);
        // What --changed looks at: the frontmatter alone, as Latin-1 text, answers as the bytes do.
        const text = frontmatterText(content);
        expect(idIsItsName(text, stem)).toBe(idIsItsName(content, stem));
        // The look at every unchanged file answers both at once, in one pass, as the two tests do.
        for (const ids of [[stem], ['ander', '2024-a'], ['q1', 'id'], ['Geen id', 'naam-x'], []]) {
          const apart = (idIsItsName(text, stem) ? 0 : NAME_UNSURE) | (mentionTest(ids)(text) ? MENTIONS : 0);
          expect(lookTest(ids)(text, stem, true)).toBe(apart);
          // Without `whole`, only whether to read the file counts.
          expect(lookTest(ids)(text, stem, false) !== 0).toBe(apart !== 0);
        }
        if (!idIsItsName(content, stem)) return; // read in full: nothing to prove
        expect(realId(content, stem)).toBe(stem);
        const parsed = readSourceFile(`knowledge/projecten/${stem}.md`, 'project', content, readYamlFull)!;
        // Also among many other ids, when runs of id characters are searched rather than each id.
        const others = Array.from({ length: 20 }, (_, i) => `ander-${i}`);
        for (const key of ['vervolg_op', 'kennisvragen'])
          for (const { value } of stringsAt(parsed.data, key)) {
            expect(mentionsAny(content, [value])).toBe(true);
            expect(mentionTest([...others, value])(content)).toBe(true);
            expect(mentionTest([...others, value])(text)).toBe(true);
            // The walk along vervolg_op finds it among the frontmatter's words.
            if (isPlainWord(value)) expect(frontmatterWords([...others, value])(content)).toContain(value);
            // What the scan cache keeps of the file finds it too, when it is shaped like an id.
            const kept = idWordHashes(content);
            const byHashes = mentionByHashes([...others, value]);
            if (!ID_PATTERN.test(value)) expect(byHashes).toBeUndefined();
            else {
              expect(byHashes!(kept)).toBe(true);
              expect(idsByHashes([...others, value])!(kept)).toContain(value);
            }
          }
      }),
      { numRuns: 2000, seed: 7 },
    );
  });
});
