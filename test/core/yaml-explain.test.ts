// The pure parts of issue 12's YAML messages: every error code the `yaml` package can report has a
// catalogue message of kwp's own, and a date written another way is read in the Dutch order.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isoFromWritten } from '../../src/core/dates.js';
import { explainYamlError } from '../../src/core/yaml-explain.js';
import { nl } from '../../src/messages/nl.js';

describe('explainYamlError', () => {
  // The codes as the yaml package declares them, read from its own type definitions.
  const declared = readFileSync(new URL('../../node_modules/yaml/dist/errors.d.ts', import.meta.url), 'utf8');
  const codes = [...(/type ErrorCode = ([^;]+);/.exec(declared)?.[1] ?? '').matchAll(/'([A-Z_0-9]+)'/g)].map(
    (m) => m[1]!,
  );

  it('knows the codes the yaml package has', () => {
    expect(codes).toContain('BLOCK_AS_IMPLICIT_KEY');
    expect(codes.length).toBeGreaterThan(20);
  });

  it.each(codes)("%s: a message of kwp's catalogue, whatever the parser said", (code) => {
    const explained = explainYamlError('gebied: Binnenstad: noord\n', {
      code,
      message: 'Something the parser said in English',
      offset: 8,
    });
    expect(explained.id in nl).toBe(true);
    expect(explained.id.startsWith('yaml.')).toBe(true);
    expect(JSON.stringify(explained.args)).not.toContain('English');
  });

  it('a ": " in text: the line with the text in quotes, double or single as the text needs', () => {
    const explain = (yaml: string, offset: number) =>
      explainYamlError(yaml, {
        code: 'BLOCK_AS_IMPLICIT_KEY',
        message: 'Nested mappings are not allowed in compact mappings',
        offset,
      });
    expect(explain('gebied: Binnenstad: noord # oud\n', 8)).toEqual({
      id: 'yaml.colon-in-text',
      args: { fixed: 'gebied: "Binnenstad: noord" # oud' },
      fixedLine: 'gebied: "Binnenstad: noord" # oud',
    });
    expect(explain('a: 1\n  - wat: het "beste": x\n', 14).fixedLine).toBe(`  - wat: 'het "beste": x'`);
  });
});

describe('isoFromWritten: day, month, year, as Dutch readers write it', () => {
  it.each([
    ['3-2-2026', '2026-02-03'],
    ['3/2/2026', '2026-02-03'],
    ['03-02-2026', '2026-02-03'],
    ['3.2.2026', '2026-02-03'],
    ['2026-2-3', '2026-02-03'],
    ['2026/02/03', '2026-02-03'],
    [' 29-2-2028 ', '2028-02-29'],
  ])('%s is %s', (written, iso) => expect(isoFromWritten(written)).toBe(iso));

  it.each([
    '2026-02-03',
    '2026-02-30',
    '30-2-2026',
    '29-2-2027',
    '3-2-26',
    '3-2/2026',
    'morgen',
    '13-13-2026',
    '',
  ])('%s: nothing to suggest', (written) => expect(isoFromWritten(written)).toBeUndefined());
});
