// Property-based tests of the frontmatter reader: arbitrary bytes and arbitrary YAML-ish text never
// throw, never hang and never execute anything, with and without the full YAML reader; and the whole
// validate pipeline on a knowledge base with one arbitrary file ends in 0 or 1, never in an internal error.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { readSourceFile } from '../../src/core/read-file.js';
import { readYamlFull } from '../../src/core/yaml-full.js';
import { kwp, makeKb } from '../helpers/kb.js';

declare global {
  var __kwp_pwned: unknown;
}

afterEach(() => {
  expect(globalThis.__kwp_pwned).toBeUndefined();
});

const encoder = new TextEncoder();

/** Pieces YAML and its cousins are built from, hostile ones included. */
const FRAGMENTS = [
  'id',
  'titel',
  'status',
  'planning',
  '__proto__',
  'constructor',
  ':',
  ': ',
  '- ',
  '[',
  ']',
  '{',
  '}',
  ',',
  '&a ',
  '*a',
  '&b [*a, *a, *a]',
  '!!tag ',
  '!!str ',
  '!!binary ',
  '!!js/function "function(){globalThis.__kwp_pwned=1}"',
  '!!js/undefined ""',
  '!!js/regexp /x/',
  '!<tag:yaml.org,2002:js/function> "globalThis.__kwp_pwned=1"',
  '!!python/object/apply:os.system ["touch pwned"]',
  '<<: *a',
  '? ',
  '"',
  "'",
  '"quoted \\u0041 \\x1b"',
  "'single ''x'''",
  '|',
  '>-',
  '#',
  ' # comment',
  '\n',
  '\r\n',
  '\t',
  '  ',
  '    ',
  '---',
  '---js\nglobalThis.__kwp_pwned=1\n---',
  '...',
  '%YAML 1.1\n',
  '%TAG ! tag:example.com,2000:\n',
  '2026-02-30',
  '0x1F',
  '.inf',
  'no',
  '~',
  'null',
  '1e400',
  '😀',
  'é',
  '\u2028',
  '\u0085',
  '\uFEFF',
  '\u001b]0;pwned\u0007',
  '\u0000',
  '\uD800',
];

const fragment = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8, unit: 'grapheme' }) },
);

/** YAML-ish text: a concatenation of fragments. */
const yamlish = fc.array(fragment, { maxLength: 80 }).map((parts) => parts.join(''));

/** A file: YAML-ish text, mostly between fences, sometimes with a language or a BOM. */
const fileText = fc
  .tuple(
    fc.constantFrom('---\n', '---\r\n', '\uFEFF---\n', '---js\n', '---yaml\n', '', '--- \n'),
    yamlish,
    fc.constantFrom('\n---\n', '\r\n---\r\n', '\n---', '', '\n'),
    fc.string({ maxLength: 40 }),
  )
  .map(([open, yaml, close, body]) => open + yaml + close + body);

const bytes = fc.oneof(
  fc.uint8Array({ maxLength: 4096 }),
  fc.uint8Array({ maxLength: 4096 }).map((b) => {
    const prefix = encoder.encode('---\n');
    const out = new Uint8Array(prefix.length + b.length);
    out.set(prefix);
    out.set(b, prefix.length);
    return out;
  }),
);

/** Reads with and without the full reader; asserts no throw and no canary (time: npm run bench). */
function readBoth(input: Uint8Array): void {
  for (const full of [undefined, readYamlFull]) {
    const file = readSourceFile('knowledge/projecten/2026-x.md', 'project', input, full);
    expect(globalThis.__kwp_pwned).toBeUndefined();
    if (full) {
      // With the full reader there is always an answer: data, or problems that explain why not.
      expect(file).not.toBeNull();
      expect(file!.data !== null || file!.problems.length > 0).toBe(true);
    }
    if (file?.data) expect(Object.getPrototypeOf(file.data)).toBe(Object.prototype);
  }
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
}

describe('readSourceFile on arbitrary input', () => {
  it('arbitrary bytes, with and without a fence in front', () => {
    fc.assert(
      fc.property(bytes, (b) => readBoth(b)),
      { numRuns: 300 },
    );
  });

  it('arbitrary YAML-ish text', () => {
    fc.assert(
      fc.property(fileText, (text) => readBoth(encoder.encode(text))),
      { numRuns: 1000 },
    );
  });

  it('payloads that would run code in a less careful reader', () => {
    const payloads = [
      '---\nx: !!js/function "function(){globalThis.__kwp_pwned=1}"\n---\n',
      '---\nx: !<tag:yaml.org,2002:js/function> "function(){globalThis.__kwp_pwned=1}"\n---\n',
      '---js\nglobalThis.__kwp_pwned=1\n---\n',
      '---javascript\n{ x: (globalThis.__kwp_pwned = 1) }\n---\n',
      '---coffee\nglobalThis.__kwp_pwned = 1\n---\n',
      '---\n__proto__: {polluted: 1}\nconstructor: {prototype: {polluted: 1}}\n---\n',
      '---\na: &a [x]\nb: *a\n__proto__: *a\n---\n',
      // yaml's extra tags would hand the checks a Buffer, Date or Map (found by the property above).
      '---\n!!binary \n---\n',
      '---\n!!binary aGVsbG8=\n---\n',
      '---\nx: !!timestamp 2026-01-01\ny: !!omap []\nz: !!set {a}\n---\n',
    ];
    for (const p of payloads) readBoth(encoder.encode(p));
  });
});

describe('validate on a knowledge base with one arbitrary file', () => {
  const arbitraryFile = fc.oneof(
    fileText.map((t) => encoder.encode(t)),
    fc.uint8Array({ maxLength: 2048 }),
  );
  it('ends in 0 or 1, never in an internal error', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryFile, async (content) => {
        const root = makeKb({ 'knowledge/projecten/2026-willekeurig.md': content });
        const result = await kwp(['validate', '--kb', root, '--format', 'json']);
        expect(globalThis.__kwp_pwned).toBeUndefined();
        expect(result.stderr + result.stdout).not.toContain('onverwachts');
        expect(result.stderr + result.stdout).not.toContain('unexpected');
        expect([0, 1]).toContain(result.code);
        expect(() => JSON.parse(result.stdout) as unknown).not.toThrow();
      }),
      { numRuns: 60 },
    );
  });
});
