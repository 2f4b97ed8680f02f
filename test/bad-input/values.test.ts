// Bad input in the values and the bytes: `__proto__` keys, impossible dates, numbers where text
// belongs, byte-order marks and CRLF line ends, and bytes that are not UTF-8 text.
import { describe, expect, it } from 'vitest';
import { kwp, makeKb, project, WERKPLAATS } from '../helpers/kb.js';
import {
  expectNoCrash,
  FILE,
  fm,
  kapot,
  OTHER,
  OTHER_DIAGNOSTIC,
  positionsIn,
  PROJECT_LINES,
  validateBroken,
} from './shared.js';

// Each case runs through both YAML readers: a tag (reported, but the data is still read) sends the
// file to the full reader instead of the fast one.
const READERS: [string, (text: string) => string][] = [
  ['fast reader', (text) => text],
  ['full reader', (text) => text.replace('titel: Kapot', 'titel: !!str Kapot')],
];

const polluted = () => (({}) as Record<string, unknown>)['polluted'];

describe('__proto__ and constructor keys', () => {
  it.each(READERS)('are unknown keys and pollute nothing (%s)', async (_reader, via) => {
    const text = via(
      kapot(
        '__proto__: {polluted: 1}',
        'constructor: {prototype: {polluted: 1}}',
        'team:',
        '  __proto__: [x]',
      ).replace(
        'contactpersoon: {naam: Ahmed Yilmaz,',
        'contactpersoon: {naam: Ahmed Yilmaz, __proto__: {polluted: 1},',
      ),
    );
    const { json, root } = await validateBroken({ [FILE]: text }, []);
    const unknown = json.diagnostics.filter((d) => d.file === FILE && d.rule === 'unknown-key');
    expect(unknown.map((d) => `${d.severity} ${d.line}:${d.column}`)).toEqual([
      'warning 8:38',
      'warning 10:1',
      'warning 11:1',
      'warning 13:3',
    ]);
    expect(polluted()).toBeUndefined();

    // What list and show print is the data as read: `__proto__` stays an ordinary key there too.
    const list = await kwp(['list', '--json', '--kb', root]);
    expect(list.code).toBe(0);
    const record = (JSON.parse(list.stdout) as Record<string, unknown>[]).find(
      (r) => r['id'] === '2026-kapot',
    )!;
    expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
    expect(Object.hasOwn(record, '__proto__')).toBe(true);
    expect(record['contactpersoon']).toMatchObject({ naam: 'Ahmed Yilmaz' });
    const show = await kwp(['show', '2026-kapot', '--json', '--kb', root]);
    expect(show.code).toBe(0);
    expect(JSON.parse(show.stdout)).toMatchObject({ id: '2026-kapot', keten: ['2026-kapot'] });
    expect(polluted()).toBeUndefined();
    expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
  });
});

describe('impossible dates: invalid-date', () => {
  it.each(READERS)(
    '2025-02-30, 2026-13-01 and 2025-02-29 are errors, 2024-02-29 is not (%s)',
    async (_r, via) => {
      const text = via(
        kapot('evaluatie: {datum: 2025-02-30}').replace(
          'planning: {start: 2026-02-02, einde: 2026-06-26}',
          'planning: {start: 2026-13-01, einde: 2025-02-29}',
        ),
      );
      const leap = 'knowledge/projecten/2024-schrikkeldag.md';
      const { json } = await validateBroken(
        {
          [FILE]: text,
          [leap]: project('2024-schrikkeldag').replace('start: 2026-02-02', 'start: 2024-02-29'),
        },
        [],
      );
      const dates = json.diagnostics.filter((d) => d.file === FILE && d.rule === 'invalid-date');
      expect(dates.map((d) => `${d.line}:${d.column}`)).toEqual(['9:19', '9:38', '10:20']);
      expect(dates.map((d) => d.message).join('\n')).toMatch(/2026-13-01[\s\S]*2025-02-29[\s\S]*2025-02-30/);
      expect(positionsIn(json, leap)).toEqual([]);
    },
  );
});

describe('numbers where text belongs: invalid-type with a hint to quote', () => {
  it.each(READERS)('id: 20260101 and gebied: 0123, shown as written (%s)', async (_r, via) => {
    const file = 'knowledge/projecten/20260101.md';
    const text = via(kapot('gebied: 0123').replace('id: 2026-kapot', 'id: 20260101'));
    const { json } = await validateBroken({ [file]: text }, [
      { file, rule: 'invalid-type', line: 2, column: 5 },
      { file, rule: 'invalid-type', line: 10, column: 9 },
    ]);
    const message = (line: number) =>
      json.diagnostics.find((d) => d.file === file && d.line === line)!.message;
    expect(message(2)).toContain('"20260101"');
    expect(message(10)).toContain('"0123"');
    expect(message(10)).not.toMatch(/(?<![\d])123/); // what YAML made of it, never shown
  });
});

describe('byte-order mark and CRLF line ends', () => {
  const crlf = (text: string) => text.replaceAll('\n', '\r\n');
  const variants: [string, (text: string) => string][] = [
    ['LF', (t) => t],
    ['CRLF', crlf],
    ['BOM + LF', (t) => `\uFEFF${t}`],
    ['BOM + CRLF', (t) => `\uFEFF${crlf(t)}`],
  ];

  it('a valid file with BOM and CRLF gives no diagnostics', async () => {
    const files = {
      'knowledge/werkplaats.md': `\uFEFF${crlf(WERKPLAATS)}`,
      [FILE]: `\uFEFF${crlf(kapot())}`,
      'knowledge/kennisvragen/vraag-met-bom.md': `\uFEFF${crlf(fm(['id: vraag-met-bom', 'vraag: Werkt het?', 'status: open', 'bron: intake']))}`,
    };
    const alone = await kwp(['validate', '--format', 'json', '--kb', makeKb(files)]);
    expect(JSON.parse(alone.stdout).diagnostics).toEqual([]);
    expect(alone.code).toBe(0);
    const { json } = await validateBroken(files, []);
    expect(json.diagnostics).toEqual([expect.objectContaining(OTHER_DIAGNOSTIC)]);
  });

  // Problems of every kind of anchor: offsets in the YAML, keys, values, and the fence itself.
  const broken: Record<string, string> = {
    [FILE]: kapot('gebied: 0123', 'onbekend: x').replace('start: 2026-02-02', 'start: 2026-13-01'),
    'knowledge/projecten/2026-yaml.md': fm([
      ...PROJECT_LINES.map((l) => l.replace('2026-kapot', '2026-yaml')),
      'titel: Twee',
      'gebied: &a Binnenstad',
      'thema: [!!str IT]',
    ]),
    'knowledge/projecten/2026-quote.md': fm([
      'id: 2026-quote',
      'contactpersoon: {naam: "Ahmed}',
      'status: lopend',
    ]),
    'knowledge/projecten/2026-js.md': '---js\nmodule.exports = {}\n---\n',
    'knowledge/projecten/2026-tab.md': fm(['id: 2026-tab', 'team:', '\tonderwijs: [x]']),
  };
  const expected = {
    [FILE]: ['invalid-date 9:19', 'invalid-type 10:9', 'unknown-key 11:1'],
    'knowledge/projecten/2026-yaml.md': ['yaml-duplicate-key 10:1', 'yaml-anchor 11:9', 'yaml-tag 12:9'],
    // One problem per line: the open quote (which swallowed the `}`), not also the `{` left open by it.
    'knowledge/projecten/2026-quote.md': ['yaml-syntax 3:24'],
    'knowledge/projecten/2026-js.md': ['frontmatter-language 1:1'],
    'knowledge/projecten/2026-tab.md': ['yaml-tabs 4:1'],
  };

  it.each(variants)('the same broken files in %s give the same lines and columns', async (_name, encode) => {
    const files = Object.fromEntries(Object.entries(broken).map(([path, text]) => [path, encode(text)]));
    const { json } = await validateBroken(files, []);
    for (const [path, positions] of Object.entries(expected))
      expect(positionsIn(json, path)).toEqual(positions);
  });

  it('the caret display shows no carriage returns', async () => {
    const files = Object.fromEntries(
      Object.entries(broken).map(([path, text]) => [path, `\uFEFF${crlf(text)}`]),
    );
    const result = await kwp(['validate', '--kb', makeKb({ ...OTHER, ...files })]);
    expectNoCrash(result);
    expect(result.code).toBe(1);
    expect(result.stdout).not.toContain('\r');
    expect(result.stdout).not.toContain('\uFEFF');
  });
});

describe('bytes that are not UTF-8 text: invalid-encoding', () => {
  const text = (s: string) => Buffer.from(s, 'utf8');
  const files: Record<string, Uint8Array> = {
    // "caf" followed by 0xC3 0x28: a lead byte without its continuation byte
    [FILE]: Buffer.concat([
      text('---\nid: 2026-kapot\ntitel: caf'),
      Buffer.from([0xc3, 0x28]),
      text('\n---\n'),
    ]),
    // a PNG header: 0x89, then NUL bytes
    'knowledge/projecten/foto.md': Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d,
    ]),
    // valid UTF-8, but with a NUL byte: binary
    'knowledge/projecten/2026-nul.md': text(project('2026-nul').replace('Studenten', 'Stu\0denten')),
    // UTF-16 with its byte-order mark, as some Windows editors save
    'knowledge/projecten/2026-utf16.md': Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(project('2026-utf16'), 'utf16le'),
    ]),
    // an overlong encoding of "/" and an encoded surrogate half
    'knowledge/partners/overlong.md': Buffer.concat([
      text('---\nid: overlong\nnaam: a'),
      Buffer.from([0xc0, 0xaf, 0xed, 0xa0, 0x80]),
      text('\n---\n'),
    ]),
  };

  it('every such file is reported at 1:1, and the rest is still checked', async () => {
    const { json } = await validateBroken(files, []);
    for (const file of Object.keys(files)) expect(positionsIn(json, file)).toEqual(['invalid-encoding 1:1']);
  });
});
