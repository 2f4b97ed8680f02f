// The plain text of markdown bodies: remark's reading, and the line scan that stands in for it on
// plain bodies, which must give exactly the same text (fast-check makes bodies of what the scan
// handles and of what it must leave to remark).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markdownText, parsedText } from '../../src/core/search/markdown-text.js';
import { REPO } from '../helpers/kb.js';

const word = fc.constantFrom(
  'schoolplein',
  'Van',
  'Aken',
  '&',
  '&amp;',
  '#5',
  '-',
  '+',
  '2026.',
  '1)',
  'coöperatie',
  '"quote"',
  'a*b',
  '_x_',
  '[link](https://example.org)',
  '<b>',
  '`code`',
  '\\*',
  '\u00a0',
  '...',
);
const words = fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));
const line = fc.oneof(
  words,
  words.map((w) => `## ${w}`),
  words.map((w) => `- ${w}`),
  words.map((w) => `  - ${w}`),
  words.map((w) => `+ ${w}`),
  words.map((w) => `1. ${w}`),
  words.map((w) => `    ${w}`),
  words.map((w) => `> ${w}`),
  words.map((w) => `- # ${w}`),
  fc.constantFrom('', '', '---', '===', '- - -', '-', '#', '```', '## Kop ##', '  '),
);

describe('markdown bodies as plain text', () => {
  it('reads text, link and image text and code; leaves markup, link targets and HTML out', () => {
    expect(
      parsedText(
        '## Inhoud\n\nStudenten **ontwerpen** met [leerlingen](https://x.org) <b>samen</b>.\n\n- een\n- ![alt tekst](p.png)\n\n```\ncode\n```',
      ),
    ).toBe('Inhoud\nStudenten ontwerpen met leerlingen samen.\neen\nalt tekst\ncode');
  });

  it('gives the same text by the line scan as remark does, for any body', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), (lines) => {
        const body = lines.join('\n');
        expect(markdownText(body)).toBe(parsedText(body));
      }),
      { numRuns: 4000 },
    );
  });

  it('gives the same text for every body of the example knowledge base', () => {
    const dir = join(REPO, 'knowledge');
    for (const folder of ['projecten', 'kennisvragen', 'partners']) {
      for (const name of readdirSync(join(dir, folder))) {
        const body = readFileSync(join(dir, folder, name), 'utf8').split(/^---$/m)[2] ?? '';
        expect(markdownText(body), name).toBe(parsedText(body));
      }
    }
  });
});
