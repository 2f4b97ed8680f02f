import { describe, expect, it } from 'vitest';
import { kwp, makeKb, project, validateJson } from './helpers/kb.js';

describe('kwp validate on the example knowledge base', () => {
  it('finds no errors and no warnings', async () => {
    const { code, json } = await validateJson(makeKb({}, { example: true }));
    expect(json.diagnostics).toEqual([]);
    expect(json.files).toBeGreaterThan(30);
    expect(code).toBe(0);
  });

  it('reports a broken reference with file, line and column', async () => {
    const root = makeKb({ 'knowledge/projecten/2026-a.md': project('2026-a', 'vervolg_op: [2026-b]\n') });
    const { code, json } = await validateJson(root);
    expect(code).toBe(1);
    expect(json.diagnostics).toEqual([
      expect.objectContaining({
        file: 'knowledge/projecten/2026-a.md',
        line: 10,
        column: 14,
        rule: 'unknown-reference',
      }),
    ]);
  });

  it('prints help with an example', async () => {
    const { code, stdout } = await kwp(['validate', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('kwp validate --format json');
  });
});
