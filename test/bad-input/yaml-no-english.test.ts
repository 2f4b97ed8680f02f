// No parser English in Dutch output (kwp issue 12): every invalid case of the official yaml-test-suite
// that fits between two `---` lines, and a set of everyday mistakes, each as a project file. Every
// YAML diagnostic is one of kwp's own Dutch sentences, and no message the `yaml` package wrote for
// these texts reaches the output, in any format.
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { nl } from '../../src/messages/nl.js';
import { kwp, makeKb, validateJson } from '../helpers/kb.js';
import { PROJECT_LINES } from './shared.js';
import { asFrontmatter, SUITE } from '../helpers/yaml-suite.js';

const EVERYDAY = [
  'gebied: Binnenstad: noord',
  'thema: [IT, armoede',
  "gebied: 'Binnenstad",
  'kennisvraag: "Wat werkt?',
  'gebied: {a: b',
  'gebied: @Binnenstad',
  'gebied: `code`',
  'gebied: %procent',
  "gebied: 'Jan's hof'",
  'gebied: "C:\\temp"',
  'team:\n    onderwijs: [a]\n  gemeente: [b]',
  'thema:\n  - IT\n - armoede',
  'gebied: Binnenstad\nnoord',
  'gebied: Binnenstad\n  noord: x',
  'gebied: "Binnenstad"# oud',
  'kennisvragen: [a, , b]',
  'team: {onderwijs: [a] gemeente: [b]}',
  'team: {onderwijs:[a]}',
  'thema: [- IT]',
  'inhoud: |x\n  tekst',
  'inhoud: |\n\n   \n  tekst',
  'gebied: &a &b x',
  '- lijst\nsleutel: x',
  'gebied: "De wijk" van morgen',
  'thema: [IT] extra',
  'thema: [IT]]',
  'thema: - IT',
].map((extra) => [...PROJECT_LINES, extra].join('\n') + '\n');

const CASES = [
  ...SUITE.filter((c) => c.fail).flatMap((c) => {
    const yaml = asFrontmatter(c.yaml);
    return yaml === null ? [] : [{ name: c.id.toLowerCase(), yaml }];
  }),
  ...EVERYDAY.map((yaml, i) => ({ name: `alledaags-${i + 1}`, yaml })),
];

const OPTIONS = { version: '1.2', schema: 'core', uniqueKeys: true, prettyErrors: false } as const;

/** What the `yaml` package says about these texts, in its words (without positions). */
const PARSER_ENGLISH = [
  ...new Set(
    CASES.flatMap(({ yaml }) =>
      parseDocument(yaml, OPTIONS).errors.map((e) =>
        e.message.split('\n')[0]!.replace(/ at line \d+.*$/, ''),
      ),
    ),
  ),
];

/** kwp's Dutch YAML sentences, as patterns (an argument may be anything). */
const DUTCH = Object.entries(nl)
  .filter(([id]) => id.startsWith('yaml.') || id.startsWith('frontmatter.'))
  .map(
    ([, text]) =>
      new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\{\w+\\\}/g, '.*')}$`),
  );

const root = makeKb(
  Object.fromEntries(
    CASES.map(({ name, yaml }) => [`knowledge/projecten/yts-${name}.md`, `---\n${yaml}---\n\nTekst.\n`]),
  ),
);

describe('no parser English in Dutch output', () => {
  it('has many broken documents to read, and the parser has much to say about them', () => {
    expect(CASES.length).toBeGreaterThan(80);
    expect(PARSER_ENGLISH.length).toBeGreaterThan(25);
    expect(PARSER_ENGLISH).toContain('Nested mappings are not allowed in compact mappings');
  });

  it("every YAML diagnostic is one of kwp's Dutch sentences", async () => {
    const { json } = await validateJson(root);
    const yaml = json.diagnostics.filter((d) => d.rule.startsWith('yaml-'));
    expect(yaml.length).toBeGreaterThan(80);
    const foreign = yaml.filter((d) => !DUTCH.some((pattern) => pattern.test(d.message)));
    expect(foreign).toEqual([]);
  });

  it.each([['pretty'], ['json'], ['github'], ['gitlab'], ['sarif']])(
    '--format %s: none of what the parser said',
    async (format) => {
      const result = await kwp(['validate', '--kb', root, '--format', format]);
      expect(result.code).toBe(1);
      const output = `${result.stdout}\n${result.stderr}`;
      expect(PARSER_ENGLISH.filter((english) => output.includes(english))).toEqual([]);
    },
  );
});
