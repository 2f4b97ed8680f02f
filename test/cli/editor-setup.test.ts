// The README's "Checking files in your editor", run for real: its commands and its `.remarkrc.mjs`
// exactly as written there, with the real kwp, remark-cli and remark-lint-frontmatter-schema, on a
// copy of the example knowledge base with a few broken files. (The VS Code extension runs the same
// remark and configuration; the npm install is the one step done here from the repository's own
// node_modules.)
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, makeKb, REPO } from '../helpers/kb.js';
import { PROCESS_GUARD_MS } from '../helpers/hang-guard.js';

interface Block {
  language: string;
  text: string;
}

/** The fenced code blocks of the README's editor section, without their list indentation. */
function editorSection(): Block[] {
  const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
  const start = readme.indexOf('## Checking files in your editor');
  const end = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, end);
  return [...section.matchAll(/^( *)```(\w+)\n([\s\S]*?)^\1```$/gm)].map(([, indent, language, text]) => ({
    language: language!,
    text: text!
      .split('\n')
      .map((line) => line.slice(indent!.length))
      .join('\n'),
  }));
}

function block(blocks: Block[], language: string, contains: string): string {
  const found = blocks.find((b) => b.language === language && b.text.includes(contains));
  if (!found) throw new Error(`the README's editor section has no ${language} block with "${contains}"`);
  return found.text;
}

/**
 * A folder as `npm install` in step 2 leaves it: node_modules with the packages (linked from the
 * repository's own), and `kwp` on the PATH and in node_modules/.bin, as an installed kwp would be.
 */
function installed(root: string): NodeJS.ProcessEnv {
  const modules = join(root, 'node_modules');
  mkdirSync(join(modules, '.bin'), { recursive: true });
  for (const name of readdirSync(join(REPO, 'node_modules'))) {
    if (name !== '.bin') symlinkSync(join(REPO, 'node_modules', name), join(modules, name));
  }
  for (const name of readdirSync(join(REPO, 'node_modules', '.bin'))) {
    symlinkSync(join(REPO, 'node_modules', '.bin', name), join(modules, '.bin', name));
  }
  const shim = join(modules, '.bin', 'kwp');
  writeFileSync(shim, `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  chmodSync(shim, 0o755);
  return { ...process.env, PATH: `${join(modules, '.bin')}:${process.env['PATH']}`, NO_COLOR: '1' };
}

function sh(script: string, cwd: string, env: NodeJS.ProcessEnv) {
  const result = spawnSync('bash', ['-euo', 'pipefail', '-c', script], {
    cwd,
    env,
    encoding: 'utf8',
    timeout: PROCESS_GUARD_MS,
  });
  // remark colours its report even into a pipe.
  // eslint-disable-next-line no-control-regex
  const output = `${result.stdout}${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  return { code: result.status, output };
}

/** The README's set-up in a knowledge base: schemas made, `.remarkrc.mjs` written; the check to run. */
function setUp(root: string) {
  const blocks = editorSection();
  const env = installed(root);
  const schemas = sh(block(blocks, 'sh', 'kwp schema'), root, env);
  expect(schemas, schemas.output).toMatchObject({ code: 0 });
  writeFileSync(join(root, '.remarkrc.mjs'), block(blocks, 'js', 'remark-lint-frontmatter-schema'));
  const check = block(blocks, 'sh', 'remark ').trim();
  return { check: (extra = '') => sh(`${check}${extra}`, root, env) };
}

describe("the README's editor set-up", () => {
  it('installs every package its .remarkrc.mjs imports, and remark-cli', () => {
    const blocks = editorSection();
    const install = block(blocks, 'sh', 'npm install');
    const imported = [...block(blocks, 'js', 'import').matchAll(/from '([^']+)'/g)].map((m) => m[1]!);
    expect(imported.length).toBeGreaterThan(0);
    for (const name of [...imported, 'remark-cli']) expect(install).toContain(name);
  });

  it('finds nothing to say about the example knowledge base', () => {
    const root = makeKb({}, { example: true });
    const { check } = setUp(root);
    // `--frail`: any warning (a schema it could not read, too) would make it fail.
    const { code, output } = check(' --frail');
    expect(output).not.toMatch(/malformed|warning|error/i);
    expect(code).toBe(0);
  });

  it('reports what is wrong in a broken file, and nothing in the good ones', () => {
    const root = makeKb(
      {
        'knowledge/projecten/2026-kapot.md': `---
id: 2026-kapot
titel: Kapot project
status: klaar
programma: Leren met de Stad
kennisvraag: Werkt het?
contactpersoon: {naam: Ahmed Yilmaz}
opdrachtgever: Gemeente Rivelde
planning: {start: 2026-02-02, einde: 2026-02-30}
---
`,
        'knowledge/partners/archief-rivelde.md': `---
id: archief-rivelde
naam: Archief Rivelde
groep: overheid
website: ftp://archief.rivelde.nl
---
`,
      },
      { example: true },
    );
    const { check } = setUp(root);
    const { output } = check();
    expect(output).not.toMatch(/malformed/i);
    const reported = [...output.matchAll(/^(knowledge\/\S+\.md)$/gm)].map((m) => m[1]);
    expect(reported.sort()).toEqual([
      'knowledge/partners/archief-rivelde.md',
      'knowledge/projecten/2026-kapot.md',
    ]);
    // The status, the unknown key, the impossible date and the ftp address: four findings.
    expect(output).toMatch(/status\/enum/);
    expect(output).toMatch(/additionalProperties/);
    expect(output).toMatch(/einde/);
    expect(output).toMatch(/website/);
    expect(output).toMatch(/4 warnings/);
  });
});
