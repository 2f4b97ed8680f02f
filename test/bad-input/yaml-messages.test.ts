// YAML mistakes told in plain words, with the fix (kwp issue 12): each pattern in a project file,
// its rule, line and column, and the message in Dutch and in English with the line as it should
// read. The two mistakes people make most, `: ` in text and a comma inside `{…}`, get the same hint
// whether the YAML breaks (yaml-syntax) or only changes the data (invalid-type, unknown-key).
import { describe, expect, it } from 'vitest';
import { kwp, makeKb, validateJson } from '../helpers/kb.js';
import { FILE, kapot, OTHER, validateBroken } from './shared.js';

interface Case {
  lines: string[];
  rule: string;
  line: number;
  column: number;
  nl: string[];
  en: string[];
  /** The line as it should read, when kwp knows it. */
  fixed?: string;
}

const QUOTE_NL = 'Zet de tekst tussen aanhalingstekens: ';
const QUOTE_EN = 'Put the text in quotes: ';

const CASES: Record<string, Case> = {
  'a ": " in the text of a value (yaml-syntax)': {
    lines: ['gebied: Binnenstad: noord'],
    rule: 'yaml-syntax',
    line: 10,
    column: 9,
    nl: ['dubbele punt met een spatie erna', `${QUOTE_NL}gebied: "Binnenstad: noord"`],
    en: ['colon followed by a space', `${QUOTE_EN}gebied: "Binnenstad: noord"`],
    fixed: 'gebied: "Binnenstad: noord"',
  },
  'a ": " in a list item, which made it a key with a value (invalid-type)': {
    lines: ['evaluatie:', '  datum: 2026-06-01', '  conclusies:', '    - Gestopt: de eigenaren wilden niet'],
    rule: 'invalid-type',
    line: 13,
    column: 7,
    nl: ['"Gestopt: de eigenaren wilden niet"', `${QUOTE_NL}- "Gestopt: de eigenaren wilden niet"`],
    en: ['"Gestopt: de eigenaren wilden niet"', `${QUOTE_EN}- "Gestopt: de eigenaren wilden niet"`],
    fixed: '    - "Gestopt: de eigenaren wilden niet"',
  },
  'a list item that ends in ":", and a comment after it (invalid-type)': {
    lines: ['evaluatie:', '  datum: 2026-06-01', '  conclusies:', '    - Let op: # nog uitwerken'],
    rule: 'invalid-type',
    line: 13,
    column: 7,
    nl: [`${QUOTE_NL}- "Let op:" # nog uitwerken`],
    en: [`${QUOTE_EN}- "Let op:" # nog uitwerken`],
    fixed: '    - "Let op:" # nog uitwerken',
  },
  'a comma inside {…}, which added a key (unknown-key)': {
    lines: ['leerdoelen:', '  - {wie: studenten, wat: samen over mbo, hbo en wo}'],
    rule: 'unknown-key',
    line: 11,
    column: 43,
    nl: [
      '"hbo en wo"',
      'na elke komma een nieuwe sleutel',
      `${QUOTE_NL}- {wie: studenten, wat: "samen over mbo, hbo en wo"}`,
    ],
    en: [
      '"hbo en wo"',
      'every comma starts a new key',
      `${QUOTE_EN}- {wie: studenten, wat: "samen over mbo, hbo en wo"}`,
    ],
    fixed: '  - {wie: studenten, wat: "samen over mbo, hbo en wo"}',
  },
  'a list without its ]': {
    lines: ['thema: [IT, armoede'],
    rule: 'yaml-syntax',
    line: 10,
    column: 8,
    nl: ['niet met ] gesloten', 'thema: [IT, armoede]'],
    en: ['not closed with ]', 'thema: [IT, armoede]'],
    fixed: 'thema: [IT, armoede]',
  },
  'a quote without its closing quote': {
    lines: ["gebied: 'Binnenstad"],
    rule: 'yaml-syntax',
    line: 10,
    column: 9,
    nl: ["Het aanhalingsteken (') dat hier opent", "gebied: 'Binnenstad'"],
    en: ["The quote (') that opens here", "gebied: 'Binnenstad'"],
    fixed: "gebied: 'Binnenstad'",
  },
  'an apostrophe inside single quotes': {
    lines: ["gebied: 'Jan's hof'"],
    rule: 'yaml-syntax',
    line: 10,
    column: 14,
    nl: ['andere soort aanhalingstekens: gebied: "Jan\'s hof"'],
    en: ['other kind of quotes: gebied: "Jan\'s hof"'],
    fixed: 'gebied: "Jan\'s hof"',
  },
  'text after the closing quote': {
    lines: ['gebied: "De wijk" van morgen'],
    rule: 'yaml-syntax',
    line: 10,
    column: 19,
    nl: ['staat nog "van morgen"', `gebied: '"De wijk" van morgen'`],
    en: ['there is still "van morgen"', `gebied: '"De wijk" van morgen'`],
    fixed: `gebied: '"De wijk" van morgen'`,
  },
  'a bracket too many': {
    lines: ['thema: [IT]]'],
    rule: 'yaml-syntax',
    line: 10,
    column: 12,
    nl: ['Deze ] sluit niets af'],
    en: ['This ] closes nothing'],
  },
  'a list item on the line of its key': {
    lines: ['thema: - IT'],
    rule: 'yaml-syntax',
    line: 10,
    column: 8,
    nl: ['begint op een nieuwe regel onder de sleutel'],
    en: ['starts on a new line under the key'],
  },
  'a value that starts with @': {
    lines: ['gebied: @Binnenstad'],
    rule: 'yaml-syntax',
    line: 10,
    column: 9,
    nl: ['niet met @ beginnen', `${QUOTE_NL}gebied: "@Binnenstad"`],
    en: ['not start with @', `${QUOTE_EN}gebied: "@Binnenstad"`],
    fixed: 'gebied: "@Binnenstad"',
  },
  'a key indented differently from the one above': {
    lines: ['team:', '    onderwijs: [a]', '  gemeente: [b]'],
    rule: 'yaml-syntax',
    line: 12,
    column: 1,
    nl: ['springt anders in dan de sleutels erboven'],
    en: ['indented differently from the keys above'],
  },
  'a list item indented less than the one above': {
    lines: ['thema:', '  - IT', ' - armoede'],
    rule: 'yaml-syntax',
    line: 12,
    column: 1,
    nl: ['Dit lijstpunt (-) springt anders in'],
    en: ['This list item (-) is indented differently'],
  },
  'a line of text without a key': {
    lines: ['gebied: Binnenstad', 'noord'],
    rule: 'yaml-syntax',
    line: 11,
    column: 1,
    nl: ['tekst zonder sleutel ervoor'],
    en: ['text without a key in front of it'],
  },
  'text that goes on on the next line, with ": " there': {
    lines: ['gebied: Binnenstad', '  noord: x'],
    rule: 'yaml-syntax',
    line: 10,
    column: 9,
    nl: ['loopt door op de volgende regel'],
    en: ['goes on on the next line'],
  },
  'a comment without a space before the #': {
    lines: ['gebied: "Binnenstad"# oud'],
    rule: 'yaml-syntax',
    line: 10,
    column: 21,
    nl: ['Zet een spatie voor de #'],
    en: ['Put a space before the #'],
  },
  'a comma too many inside [ ]': {
    lines: ['kennisvragen: [a, , b]'],
    rule: 'yaml-syntax',
    line: 10,
    column: 19,
    nl: ['een komma te veel'],
    en: ['a comma too many'],
  },
};

describe('YAML mistakes: the rule, the place, and what to do, in Dutch and in English', () => {
  it.each(Object.entries(CASES))('%s', async (_what, c) => {
    const files = { [FILE]: kapot(...c.lines) };
    const expected = { file: FILE, rule: c.rule, line: c.line, column: c.column };
    const { json } = await validateBroken(files, [expected]);
    const en = await validateJson(makeKb({ ...OTHER, ...files }), ['--lang', 'en']);
    const mine = (list: typeof json.diagnostics) => list.filter((d) => d.file === FILE);
    // One problem on that line: yaml's recovery from a mistake is not reported as more mistakes.
    expect(mine(json.diagnostics).map((d) => `${d.rule} ${d.line}:${d.column}`)).toEqual([
      `${c.rule} ${c.line}:${c.column}`,
    ]);
    const nl = mine(json.diagnostics)[0]!.message;
    const english = mine(en.json.diagnostics)[0]!.message;
    for (const part of c.nl) expect(nl).toContain(part);
    for (const part of c.en) expect(english).toContain(part);
    expect(mine(en.json.diagnostics)[0]).toMatchObject(expected);
    // Never the parser's own English.
    expect(`${nl}\n${english}`).not.toMatch(/mapping|flow|implicit|indicator|scalar|token/i);
  });

  it.each(Object.entries(CASES).filter(([, c]) => c.fixed !== undefined))(
    'the fixed line of "%s" reads as the person meant it',
    async (_what, c) => {
      // The fix applied: the same file with the fixed line has no problem on that line.
      const text = kapot(...c.lines);
      const lines = text.split('\n');
      lines[c.line - 1] = c.fixed!;
      const { json } = await validateJson(makeKb({ [FILE]: lines.join('\n') }));
      const left = json.diagnostics.filter((d) => d.file === FILE && d.line === c.line);
      // Only a vocabulary check may remain ("Binnenstad: noord" is no area of the werkplaats).
      expect(left.filter((d) => d.rule !== 'unknown-vocabulary')).toEqual([]);
    },
  );
});

describe('the fixed line in each output format', () => {
  const files = { [FILE]: kapot('gebied: Binnenstad: noord') };

  it('pretty: under the line as written, labelled "zo" (or "fixed")', async () => {
    const root = makeKb({ ...OTHER, ...files });
    const nl = await kwp(['validate', '--kb', root]);
    expect(nl.stdout).toContain('  10 | gebied: Binnenstad: noord\n');
    expect(nl.stdout).toContain('  zo | gebied: "Binnenstad: noord"\n');
    const en = await kwp(['validate', '--kb', root, '--lang', 'en']);
    expect(en.stdout).toContain('  fixed | gebied: "Binnenstad: noord"\n');
  });

  it('SARIF: a fix that replaces the line; GitHub: in the annotation text', async () => {
    const root = makeKb({ ...OTHER, ...files });
    const sarif = JSON.parse((await kwp(['validate', '--kb', root, '--format', 'sarif'])).stdout) as {
      runs: { results: { ruleId: string; fixes?: unknown[] }[] }[];
    };
    const result = sarif.runs[0]!.results.find((r) => r.ruleId === 'yaml-syntax')!;
    expect(result.fixes).toEqual([
      expect.objectContaining({
        artifactChanges: [
          expect.objectContaining({
            replacements: [
              {
                deletedRegion: { startLine: 10, startColumn: 1, endLine: 11, endColumn: 1 },
                insertedContent: { text: 'gebied: "Binnenstad: noord"\n' },
              },
            ],
          }),
        ],
      }),
    ]);
    // A problem without a known fix has none.
    const other = sarif.runs[0]!.results.find((r) => r.ruleId === 'unknown-reference')!;
    expect(other.fixes).toBeUndefined();
    const github = (await kwp(['validate', '--kb', root, '--format', 'github'])).stdout;
    expect(github).toMatch(
      /::error file=knowledge\/projecten\/2026-kapot\.md,line=10,col=9,.*gebied: "Binnenstad: noord"/,
    );
  });
});

describe('dates written another way: "schrijf JJJJ-MM-DD: bedoel je …?"', () => {
  const withEnd = (end: string) =>
    kapot().replace(
      'planning: {start: 2026-02-02, einde: 2026-06-26}',
      `planning: {start: 2026-02-02, einde: ${end}}`,
    );

  it.each(['3-2-2026', '3/2/2026', '03-02-2026', '3.2.2026', '2026-2-3'])(
    '%s means 2026-02-03',
    async (end) => {
      const files = { [FILE]: withEnd(end) };
      const { json } = await validateBroken(files, [
        { file: FILE, rule: 'invalid-date', line: 9, column: 38 },
      ]);
      const message = json.diagnostics.find((d) => d.file === FILE)!.message;
      expect(message).toContain(`"${end}"`);
      expect(message).toContain('schrijf JJJJ-MM-DD: bedoel je 2026-02-03?');
      const en = await validateJson(makeKb({ ...OTHER, ...files }), ['--lang', 'en']);
      expect(en.json.diagnostics.find((d) => d.file === FILE)!.message).toContain(
        'write YYYY-MM-DD: do you mean 2026-02-03?',
      );
    },
  );

  it('a day that does not exist still says so, in either way of writing', async () => {
    for (const end of ['2026-02-30', '30-2-2026']) {
      const { json } = await validateBroken({ [FILE]: withEnd(end) }, [
        { file: FILE, rule: 'invalid-date', line: 9, column: 38 },
      ]);
      const message = json.diagnostics.find((d) => d.file === FILE)!.message;
      expect(message).toContain('geen geldige datum');
      expect(message).not.toContain('bedoel je');
    }
  });
});
