// The two YAML readers come to the same verdict. kwp reads frontmatter with js-yaml when it can (the
// fast path) and with the `yaml` package otherwise (anchors, tags, errors); a file's problems may not
// depend on which one read it. So wherever the fast path answers, the full reader must find no
// problem and the same data. Checked over every test of the official yaml-test-suite that fits in a
// frontmatter block, and over generated text: pieces of YAML, lines of YAML, and the suite's cases
// and the example's projects with a few characters changed (`KWP_PROPERTY_RUNS` sets the runs).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/core/frontmatter.js';
import { readSourceFile } from '../../src/core/read-file.js';
import { readYamlFast } from '../../src/core/yaml-fast.js';
import { readYamlFull } from '../../src/core/yaml-full.js';
import { REPO } from '../helpers/kb.js';
import { asFrontmatter, SUITE } from '../helpers/yaml-suite.js';

const FITS = SUITE.flatMap((c) => {
  const yaml = asFrontmatter(c.yaml);
  return yaml === null ? [] : [{ ...c, yaml }];
});

/** What the checks are handed: an empty frontmatter is an empty mapping; anything else not a mapping is one problem. */
function shape(data: unknown): unknown {
  const value = data ?? {};
  if (typeof value === 'object' && !Array.isArray(value)) return value;
  return `not a mapping: ${Array.isArray(value) ? 'list' : typeof value}`;
}

/** Why the readers disagree on `yaml`, or null when they agree (or the fast path leaves it to the full reader). */
function disagreement(yaml: string): string | null {
  const fast = readYamlFast(yaml);
  if (!fast.ok) return null;
  const full = readYamlFull(yaml);
  if (full.problems.length > 0)
    return `the fast path accepts what the full reader reports: ${full.problems.map((p) => `${p.rule} at ${p.offset}`).join(', ')}`;
  if (!isDeepStrictEqual(shape(fast.data), shape(full.data)))
    return `different data: ${JSON.stringify(fast.data)} and ${JSON.stringify(full.data)}`;
  return null;
}

const YAML_RULES = ['yaml-syntax', 'yaml-tabs', 'yaml-duplicate-key', 'yaml-complex-key', 'yaml-too-deep'];

describe('the yaml-test-suite, every test that fits between two --- lines', () => {
  it('covers most of the suite and most of its invalid cases', () => {
    expect(FITS.length).toBeGreaterThan(300);
    expect(FITS.filter((c) => c.fail).length).toBeGreaterThan(60);
  });

  it('the fast path and the full reader agree on every one', () => {
    const disagreements = FITS.flatMap((c) => {
      const why = disagreement(c.yaml);
      return why ? [`${c.id} (${c.name}): ${why}`] : [];
    });
    expect(disagreements).toEqual([]);
  });

  it('every invalid case is rejected with a YAML diagnostic, also without anchors or tags', () => {
    const accepted = FITS.filter((c) => c.fail).flatMap((c) => {
      const bytes = new TextEncoder().encode(`---\n${c.yaml}---\n`);
      const file = readSourceFile('knowledge/projecten/2026-x.md', 'project', bytes, readYamlFull)!;
      return file.problems.some((p) => YAML_RULES.includes(p.rule)) ? [] : [`${c.id} (${c.name})`];
    });
    expect(accepted).toEqual([]);
  });
});

const PIECES = [
  ...['a', 'b', 'key', 'null', '~', '1', '0o7', '0x1F', '0b1', '-0x1', '+0o7', '1_000', '-.5', '+1', '.5'],
  ...['1e3', 'true', 'True', 'yes', '2026-01-01', '.inf', '-.INF', '.nan', '012', '-0', '1:30', '<<'],
  ...[': ', ':', '- ', '-', '[', ']', '{', '}', ', ', ',', '"', "'", '#', ' #c', '?', '? ', '|', '>'],
  ...['|-', '>2', '|+1', '\n', '\n', '\n', '\n  ', '\n ', '\n    ', ' ', '  ', '\t', '\r\n', '\r'],
  ...['---', '--- ', '...', '%YAML 1.2', '\\', '\\t', '\\\n', '\\x41', '\\u00e9', '\\N', '\\ ', '\\"'],
  ...['@', '`', '%', '&a', '*a', '!', '!!str', '& ', '* ', '\u00a0', '\u2028', '\u0085', '\uFEFF'],
];

/** Lines of YAML: an indentation, a start (a key, a list item, an explicit key), a value, an end. */
const line = fc
  .tuple(
    fc.constantFrom('', ' ', '  ', '   ', '    ', '      ', '\t', ' \t'),
    fc.constantFrom('', 'k: ', 'key: ', '- ', '-', '- - ', '- k: ', '? ', ': ', 'k:', '"k": ', '[a]: '),
    fc.constantFrom(
      ...['a', 'b c', 'x?', 'null', '~', '1', '"q"', "'s'", '"q', "'s", 'q"', "it's", '[a, b]', '[a,'],
      ...['b]', '{k: v}', '{k: v,', 'v}', '[', ']', '{', '}', '|', '>', '|-', '>+', '|2', '', '#c'],
      ...[' #c', '"a"#c', '[a]#c', 'C#', 'x: y', '- z', '? k', ': v', '---', '...', '%x', "''", 'a,b'],
      ...['{x, [a]}', '[{a: 1}, b]', '2026-01-01', '012', '.inf'],
    ),
    fc.constantFrom('', ' ', '  #c', '\t', ',', ':', ': x'),
  )
  .map((parts) => parts.join(''));

/** Lines that change the meaning of what is around them: comments, closing brackets, list items. */
const SPLICES = ['\n#c\n', '\n  #c\n', '\n}', '\n  ]', ',\n', '\n- ', '\n  - ', ': |\n', ': >\n  '];
const mutation = fc.tuple(fc.nat(), fc.constantFrom(...PIECES, ...SPLICES), fc.nat(4));

/** The frontmatter of the example's projects: ordinary files, to be changed a little. */
const EXAMPLE = readdirSync(join(REPO, 'knowledge', 'projecten')).flatMap((name) => {
  const split = splitFrontmatter(readFileSync(join(REPO, 'knowledge', 'projecten', name), 'utf8'));
  return split.ok ? [split.yaml] : [];
});
const runs = (n: number) => ({ numRuns: Number(process.env.KWP_PROPERTY_RUNS ?? n) });

describe('generated YAML: the two readers agree', () => {
  it('pieces of YAML, joined', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 25 }), (parts) => {
        expect(disagreement(parts.join(''))).toBeNull();
      }),
      runs(3000),
    );
  });

  it('lines of YAML', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), fc.constantFrom('\n', '\r\n'), (lines, end) => {
        expect(disagreement(lines.join(end) + end)).toBeNull();
      }),
      runs(3000),
    );
  });

  it('tests of the yaml-test-suite and the example projects with a few characters changed', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SUITE.map((c) => c.yaml), ...EXAMPLE),
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        (text, changes) => {
          let yaml = text;
          for (const [at, piece, cut] of changes) {
            const i = at % (yaml.length + 1);
            yaml = yaml.slice(0, i) + piece + yaml.slice(i + cut);
          }
          expect(disagreement(yaml)).toBeNull();
        },
      ),
      runs(3000),
    );
  });
});

describe('ordinary frontmatter takes the fast path', () => {
  // Every test in yaml-fast.ts errs towards the full reader; one that fired on ordinary files would
  // make kwp ten times slower on them without any test noticing. The example is ordinary.
  it('every file of the example knowledge base', () => {
    const root = join(REPO, 'knowledge');
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md'));
    expect(files.length).toBeGreaterThan(30);
    const declined = files.filter((f) => {
      const split = splitFrontmatter(readFileSync(join(root, f), 'utf8'));
      return !split.ok || !readYamlFast(split.yaml).ok;
    });
    expect(declined).toEqual([]);
  });
});

describe('values as the YAML 1.2 core schema reads them, on both readers', () => {
  it.each([
    ['12', 12],
    ['+12', 12],
    ['-0', -0],
    ['0o17', 15],
    ['0x1F', 31],
    ['1e3', 1000],
    ['-.5', -0.5],
    ['.inf', Infinity],
    ['-.INF', -Infinity],
    ['.NaN', NaN],
    ['0b101', '0b101'],
    ['-0x1F', '-0x1F'],
    ['+0o7', '+0o7'],
    ['1_000', '1_000'],
    ['012', 12],
    ['~', null],
    ['Null', null],
    ['', null],
    ['TRUE', true],
    ['False', false],
    ['yes', 'yes'],
    ['2026-01-05', '2026-01-05'],
  ])('v: %s', (text, value) => {
    const yaml = `v: ${text}\n`;
    const fast = readYamlFast(yaml);
    expect(fast).toEqual({ ok: true, data: { v: value } });
    expect(readYamlFull(yaml).data).toEqual({ v: value });
  });
});
