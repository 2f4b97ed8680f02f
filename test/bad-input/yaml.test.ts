// Bad YAML inside the fences: syntax errors, duplicate keys, anchors and aliases (an alias bomb),
// explicit tags, nesting thousands deep, and tabs. Each points at the exact place, none crashes.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { kwpProcess, makeKb, tempDir } from '../helpers/kb.js';
import {
  expectNoCrash,
  FILE,
  fm,
  kapot,
  OTHER,
  positionsIn,
  processJson,
  PROJECT_LINES,
  requireBuild,
  validateBroken,
} from './shared.js';

describe('YAML syntax errors: yaml-syntax on the line of the problem', () => {
  // [what, frontmatter lines, line, column]: yaml line i is file line i + 1.
  const cases: [string, string[], number, number][] = [
    [
      'a key indented less than its siblings',
      ['id: 2026-kapot', 'planning:', '    start: 2026-02-02', '  einde: 2026-06-26', 'titel: Kapot'],
      5,
      1,
    ],
    [
      'a list item indented less than the one before',
      [...PROJECT_LINES, 'thema:', '  - IT', ' - armoede'],
      12,
      1,
    ],
    ['an unclosed double quote', ['id: 2026-kapot', 'titel: "Kapot', 'status: lopend'], 3, 8],
    ['an unclosed single quote on the last line', [...PROJECT_LINES, "gebied: 'Binnenstad"], 10, 9],
    ['an unclosed flow list [', [...PROJECT_LINES, 'thema: [IT, armoede', 'gebied: Binnenstad'], 10, 8],
    [
      'an unclosed flow mapping {',
      ['id: 2026-kapot', 'contactpersoon: {naam: Ahmed', 'status: lopend'],
      3,
      17,
    ],
    ['an unclosed flow list at the end', [...PROJECT_LINES, 'thema: [IT, armoede'], 10, 8],
  ];

  it.each(cases)('%s', async (_what, lines, line, column) => {
    const { json } = await validateBroken({ [FILE]: `---\n${lines.join('\n')}\n---\n\nTekst.\n` }, [
      { file: FILE, rule: 'yaml-syntax', line, column },
    ]);
    // Every problem yaml finds here is on that same line, and nothing else is reported for the file.
    for (const p of positionsIn(json, FILE)) expect(p).toMatch(new RegExp(`^yaml-syntax ${line}:`));
  });
});

describe('duplicate keys: yaml-duplicate-key at the second occurrence', () => {
  const cases: [string, string[], number, number, string][] = [
    ['top level', [...PROJECT_LINES, 'titel: Nog een titel'], 10, 1, 'titel'],
    [
      'nested in a block mapping',
      [...PROJECT_LINES, 'team:', '  onderwijs: [a]', '  onderwijs: [b]'],
      12,
      3,
      'onderwijs',
    ],
    [
      'nested in a flow mapping',
      [...PROJECT_LINES, 'leerdoelen: [{wie: gemeente, wat: x, wie: buurt}]'],
      10,
      38,
      'wie',
    ],
    ['once quoted, once not', [...PROJECT_LINES, '"status": afgerond'], 10, 1, 'status'],
  ];

  it.each(cases)('%s', async (_what, lines, line, column, key) => {
    const { json } = await validateBroken({ [FILE]: `---\n${lines.join('\n')}\n---\n\nTekst.\n` }, []);
    expect(positionsIn(json, FILE)).toEqual([`yaml-duplicate-key ${line}:${column}`]);
    expect(json.diagnostics.find((d) => d.file === FILE)!.message).toContain(`"${key}"`);
  });
});

describe('anchors and aliases: yaml-anchor', () => {
  it('reports the anchor and each alias where they are written', async () => {
    const { json } = await validateBroken(
      { [FILE]: kapot('gebied: &wijk Binnenstad', 'thema: [IT, *wijk]') },
      [],
    );
    expect(positionsIn(json, FILE)).toEqual(['yaml-anchor 10:9', 'yaml-anchor 11:13']);
  });

  // "Billion laughs": level i lists level i-1 nine times, so expanding a10 would make 9^11 strings.
  const bombLines = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let i = 1; i <= 10; i++)
    bombLines.push(
      `a${i}: &a${i} [${Array(9)
        .fill(`*a${i - 1}`)
        .join(', ')}]`,
    );

  it('an alias bomb is refused without expanding anything', async () => {
    const { json } = await validateBroken({ [FILE]: kapot(...bombLines) }, [
      { file: FILE, rule: 'yaml-anchor', line: 10, column: 5 },
      { file: FILE, rule: 'yaml-anchor', line: 11, column: 10 },
    ]);
    expect(positionsIn(json, FILE).every((p) => p.startsWith('yaml-anchor '))).toBe(true);
  });

  it('an alias bomb, as the real process with a 64 MB heap: memory does not blow up', () => {
    requireBuild();
    const root = makeKb({ ...OTHER, [FILE]: kapot(...bombLines) });
    const result = kwpProcess(['validate', '--format', 'json'], {
      cwd: root,
      env: { NODE_OPTIONS: '--max-old-space-size=64' },
    });
    const json = processJson(result);
    expect(json.diagnostics).toContainEqual(
      expect.objectContaining({ file: FILE, rule: 'yaml-anchor', line: 10 }),
    );
  });
});

describe('explicit tags: yaml-tag, nothing executed', () => {
  it('reports each tag where it is written and runs none of them', async () => {
    const trace = join(tempDir(), 'pwned');
    const run = `function(){ require('fs').writeFileSync(${JSON.stringify(trace)}, '1') }`;
    const lines = [
      `titel: !!js/function "${run.replaceAll('"', '\\"')}"`,
      'kennisvraag: !!binary aGVsbG8=',
      'gebied: !!str Binnenstad',
      'csl_niveau: !foo midden',
      `leerdoelen: !!python/object/apply:os.system ["touch ${trace}"]`,
      `thema: [!<tag:yaml.org,2002:js/undefined> x]`,
    ];
    // The six lines without titel and kennisvraag are lines 2–7; the tagged ones start at line 8.
    const text = fm([...PROJECT_LINES.filter((l) => !/^(titel|kennisvraag):/.test(l)), ...lines]);
    const { json } = await validateBroken({ [FILE]: text }, [
      { file: FILE, rule: 'yaml-tag', line: 8, column: 8 },
      { file: FILE, rule: 'yaml-tag', line: 9, column: 14 },
      { file: FILE, rule: 'yaml-tag', line: 10, column: 9 },
      { file: FILE, rule: 'yaml-tag', line: 11, column: 13 },
      { file: FILE, rule: 'yaml-tag', line: 12, column: 13 },
      { file: FILE, rule: 'yaml-tag', line: 13, column: 9 },
    ]);
    const tags = json.diagnostics.filter((d) => d.file === FILE && d.rule === 'yaml-tag');
    expect(tags.map((d) => d.message).join('\n')).toMatch(
      /!!js\/function[\s\S]*!!binary[\s\S]*!!str[\s\S]*!foo/,
    );
    expect(existsSync(trace)).toBe(false);
  });
});

describe('nesting thousands deep: yaml-too-deep, no stack overflow', () => {
  const cases: [string, string, number, number | undefined][] = [
    ['10,000 flow lists', `thema: ${'['.repeat(10_000)}${']'.repeat(10_000)}`, 10, 8 + 64],
    ['10,000 flow mappings', `team: ${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}`, 10, 7 + 64 * 4],
    ['10,000 unclosed flow lists', `thema: ${'['.repeat(10_000)}`, 10, 8 + 64],
    ['10,000 nested block lists on one line', `thema:\n${'- '.repeat(10_000)}IT`, 11, undefined],
  ];

  it.each(cases)('%s', async (_what, line, at, column) => {
    const { json } = await validateBroken({ [FILE]: kapot(line) }, [
      { file: FILE, rule: 'yaml-too-deep', line: at, ...(column ? { column } : {}) },
    ]);
    expect(positionsIn(json, FILE)).toHaveLength(1);
  });
});

describe('tabs', () => {
  it('a tab used for indentation: yaml-tabs on its line', async () => {
    const { json } = await validateBroken({ [FILE]: kapot('team:', '\tonderwijs: [Saxion]') }, []);
    expect(positionsIn(json, FILE)).toEqual(['yaml-tabs 11:1']);
  });

  it('a tab after a colon or in a flow list is not indentation and is accepted', async () => {
    const { json } = await validateBroken(
      { [FILE]: kapot('gebied:\tBinnenstad', 'thema: [IT,\tarmoede]') },
      [],
    );
    expect(positionsIn(json, FILE)).toEqual([]);
  });
});

describe('keys that are lists or mappings: yaml-complex-key at the key, on either reader', () => {
  // [what, frontmatter lines from line 10, the diagnostics]
  const cases: [string, string[], string[]][] = [
    ['a flow list as key', ['[thema, gebied]: x'], ['yaml-complex-key 10:1']],
    ['a flow list of one as key', ['[thema]: x'], ['yaml-complex-key 10:1']],
    ['a flow mapping as key', ['{a: 1}: x'], ['yaml-complex-key 10:1']],
    ['an explicit key that is a list', ['? [a, b]', ': x'], ['yaml-complex-key 10:3']],
    ['an explicit key that is a block list', ['? - a', '  - b', ': x'], ['yaml-complex-key 10:3']],
    [
      'a list without a value in a flow mapping',
      ['team: {onderwijs: [a], [b, c]}'],
      ['yaml-complex-key 10:24'],
    ],
    ['a nested block mapping', ['team:', '  [a]: b'], ['yaml-complex-key 11:3']],
    ['in a list of flow mappings', ['partners: [{[a]: b}]'], ['yaml-complex-key 10:13']],
  ];

  it.each(cases)('%s', async (_what, lines, expected) => {
    const warn = vi.spyOn(process, 'emitWarning');
    try {
      const plain = await validateBroken({ [FILE]: kapot(...lines) }, []);
      expect(positionsIn(plain.json, FILE)).toEqual(expected);
      // An anchor after it sends the file to the other reader: the same diagnostics, and the anchor.
      const anchored = await validateBroken({ [FILE]: kapot(...lines, 'gebied: &wijk Binnenstad') }, []);
      const at = 10 + lines.length;
      expect(positionsIn(anchored.json, FILE)).toEqual([...expected, `yaml-anchor ${at}:9`]);
      expect(plain.json.diagnostics.find((d) => d.file === FILE)!.message).toMatch(/naam zijn/);
      // yaml's "Keys with collection values will be stringified" went to process.emitWarning.
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });

  it('the real binary prints the diagnostics and nothing on stderr', () => {
    requireBuild();
    const root = makeKb({ ...OTHER, [FILE]: kapot('[thema, gebied]: x', '? {a: 1}', ': y') });
    const result = kwpProcess(['validate', '--kb', root]);
    expectNoCrash(result);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain(`${FILE}:10:1 fout yaml-complex-key`);
    expect(result.stdout).toContain(`${FILE}:11:3 fout yaml-complex-key`);
  });

  it('the editor refuses such a file with the same reason, nothing on stderr, nothing written', () => {
    requireBuild();
    const text = kapot('[thema, gebied]: x');
    const root = makeKb({ ...OTHER, [FILE]: text });
    const result = kwpProcess(['link', '2026-kapot', '--follows', '2026-ander', '--kb', root]);
    expectNoCrash(result);
    expect(result.code).toBe(2);
    expect(result.stderr).not.toMatch(/Warning|stringified/);
    expect(result.stderr).toContain(`${FILE}:10:1`);
    expect(readFileSync(join(root, FILE), 'utf8')).toBe(text);
  });
});

describe('an empty key reads the same on either reader', () => {
  it.each([[': x'], ['~: x'], ['null: x']])('%s', async (line) => {
    const plain = await validateBroken({ [FILE]: kapot(line) }, []);
    const anchored = await validateBroken({ [FILE]: kapot(line, 'gebied: &wijk Binnenstad') }, []);
    expect(positionsIn(anchored.json, FILE)).toEqual([...positionsIn(plain.json, FILE), 'yaml-anchor 11:9']);
    expect(plain.json.diagnostics.find((d) => d.file === FILE)).toMatchObject({ rule: 'unknown-key' });
  });
});
