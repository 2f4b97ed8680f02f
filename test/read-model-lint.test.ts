// The read model is enforced by the lint (eslint.config.js): outside the modules that must read the
// raw document, records are read through their typed views, so the string-path readers of
// core/data.ts (str, num, list, stringsAt, valueAt) may not be imported. Shown to fire on a file that
// breaks it, to let the other helpers of data.ts be, and to leave the raw readers and the layering be.
import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from './helpers/kb.js';

const eslint = new ESLint({ cwd: REPO });

async function restrictedImports(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(REPO, path) });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports')
    .map((m) => m.message);
}

describe('the read model, as the lint enforces it', () => {
  it.each([
    ['src/core/report/x.ts', "import { str } from '../data.js';\nexport const f = str;\n"],
    ['src/core/x.ts', "import { list, num } from './data.js';\nexport const f = [list, num];\n"],
    [
      'src/cli/commands/x.ts',
      "import { stringsAt } from '../../core/data.js';\nexport const f = stringsAt;\n",
    ],
    ['src/render/x.ts', "import { valueAt } from '../core/data.js';\nexport const f = valueAt;\n"],
    ['src/store/x.ts', "import { str } from '../core/data.js';\nexport const f = str;\n"],
  ])('%s may not read string paths: %s', async (path, code) => {
    const errors = await restrictedImports(path, code);
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) expect(error).toMatch(/typed view/);
  });

  it.each([
    [
      'src/core/report/x.ts',
      "import { isRecord, type Data } from '../data.js';\nexport const f: Data = {};\nexport const g = isRecord;\n",
    ],
    ['src/core/x.ts', "import { projectView } from './model/views.js';\nexport const f = projectView;\n"],
    ['src/core/rules/x.ts', "import { str, valueAt } from '../data.js';\nexport const f = [str, valueAt];\n"],
    ['src/core/model/x.ts', "import { str } from '../data.js';\nexport const f = str;\n"],
    ['src/core/privacy/x.ts', "import { list } from '../data.js';\nexport const f = list;\n"],
    ['src/core/affected.ts', "import { stringsAt } from './data.js';\nexport const f = stringsAt;\n"],
  ])('%s may: %s', async (path, code) => {
    expect(await restrictedImports(path, code)).toEqual([]);
  });

  it('keeps the layering where string paths are allowed', async () => {
    const errors = await restrictedImports(
      'src/core/rules/x.ts',
      "import { str } from '../data.js';\nimport { readKb } from '../../store/read-kb.js';\nexport const f = [str, readKb];\n",
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/src\/core/);
  });
});
