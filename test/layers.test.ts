// The layering is enforced by the lint (eslint.config.js): the core and the message catalogue reach
// nothing outside the process and nothing from the store, the command line or the renderers; the
// renderers nothing from the store or the command line; the store nothing from the command line or
// the renderers. Each rule is shown to fire on a file that breaks it, and to let a correct one be.
import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from './helpers/kb.js';

const eslint = new ESLint({ cwd: REPO });

async function layerErrors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(REPO, path) });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports')
    .map((m) => m.message);
}

describe('the layers, as the lint enforces them', () => {
  it.each([
    ['src/core/x.ts', "import { readFileSync } from 'node:fs';\nexport const f = readFileSync;\n"],
    ['src/core/x.ts', "import { execFileSync } from 'child_process';\nexport const f = execFileSync;\n"],
    ['src/core/rules/x.ts', "import { readKb } from '../../store/read-kb.js';\nexport const f = readKb;\n"],
    ['src/core/x.ts', "import { main } from '../cli/main.js';\nexport const f = main;\n"],
    ['src/core/x.ts', "import { printable } from '../render/printable.js';\nexport const f = printable;\n"],
    ['src/messages/x.ts', "import { simpleGit } from 'simple-git';\nexport const f = simpleGit;\n"],
    ['src/render/x.ts', "import { processIo } from '../cli/io.js';\nexport const f = processIo;\n"],
    ['src/render/report/x.ts', "import { writeFileSync } from 'node:fs';\nexport const f = writeFileSync;\n"],
    ['src/store/x.ts', "import { renderTable } from '../render/table.js';\nexport const f = renderTable;\n"],
    ['src/store/x.ts', "import { main } from '../cli/main.js';\nexport const f = main;\n"],
  ])('%s may not: %s', async (path, code) => {
    const errors = await layerErrors(path, code);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/src\/(core|render|store)/);
  });

  it.each([
    [
      'src/core/x.ts',
      "import { isDeepStrictEqual } from 'node:util';\nexport const f = isDeepStrictEqual;\n",
    ],
    ['src/core/x.ts', "import { t } from '../messages/catalogue.js';\nexport const f = t;\n"],
    ['src/render/x.ts', "import type { ChalkInstance } from 'chalk';\nexport type C = ChalkInstance;\n"],
    ['src/render/x.ts', "import { money } from '../core/format/money.js';\nexport const f = money;\n"],
    ['src/store/x.ts', "import { readFileSync } from 'node:fs';\nexport const f = readFileSync;\n"],
    ['src/cli/x.ts', "import { readKb } from '../store/read-kb.js';\nexport const f = readKb;\n"],
  ])('%s may: %s', async (path, code) => {
    expect(await layerErrors(path, code)).toEqual([]);
  });
});
