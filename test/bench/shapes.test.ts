// The bench's two generated knowledge bases are valid: a budget measured on a knowledge base full
// of problems would time the reporting of problems, not the checking of a healthy knowledge base.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, tempDir, validateJson } from '../helpers/kb.js';

type Generate = (root: string, projects: number, seed?: number) => void;

async function generator(file: string, name: string): Promise<Generate> {
  const module = (await import(join(REPO, 'bench', file))) as Record<string, Generate>;
  return module[name]!;
}

describe('the bench knowledge bases', () => {
  for (const [file, name] of [
    ['generate.mjs', 'generate'],
    ['generate-dense.mjs', 'generateDense'],
  ] as const) {
    it(`${file} makes a valid knowledge base`, async () => {
      const root = join(tempDir(), 'kb');
      (await generator(file, name))(root, 300, 7);
      const { code, json } = await validateJson(root);
      expect(json.diagnostics).toEqual([]);
      expect(code).toBe(0);
    });
  }
});
