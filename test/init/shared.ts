// Shared by the `kwp init` tests: a git identity for real commits, and ways to look at what init
// left behind (a listing of a folder, the commits with their files).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { GIT_IDENTITY, git } from '../helpers/git.js';
import { kwp, type RunResult, validateJson } from '../helpers/kb.js';
import type { Prompter } from '../../src/cli/prompt/prompter.js';
import { readSourceFile } from '../../src/core/read-file.js';
import { readYamlFull } from '../../src/core/yaml-full.js';

// simple-git starts git with this process's environment: the identity and an empty configuration
// (no signing or hooks from the machine running the tests) have to be set here.
Object.assign(process.env, { ...GIT_IDENTITY, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' });

/** The files every kwp init writes, relative to the kb root (plus the workflow). */
export const KB_FILES = [
  'README.md',
  'knowledge/aanbod/.gitkeep',
  'knowledge/kennisvragen/.gitkeep',
  'knowledge/partners/.gitkeep',
  'knowledge/projecten/.gitkeep',
  'knowledge/werkplaats.md',
];

/** The files kwp init writes beside knowledge/ with a CI workflow (not with --ci none). */
export const NPM_FILES = ['.gitignore', 'package.json'];

/** The workflows kwp init writes with --ci github (the default): validation, and the site (not with --no-site). */
export const GITHUB_FILES = ['.github/workflows/kwp-site.yml', '.github/workflows/kwp.yml'];

export function init(
  args: string[],
  options: { cwd: string; prompter?: Prompter; env?: NodeJS.ProcessEnv },
): Promise<RunResult> {
  return kwp(['init', ...args], options);
}

/** Every file and folder below `dir` (outside .git) with its content, for before/after comparisons. */
export function listing(dir: string): Record<string, string> {
  const found: Record<string, string> = {};
  if (!existsSync(dir)) return found;
  const walk = (rel: string) => {
    for (const name of readdirSync(join(dir, rel)).sort()) {
      const path = rel === '' ? name : `${rel}/${name}`;
      if (name === '.git') {
        found[path] = '(git)';
        continue;
      }
      if (statSync(join(dir, path)).isDirectory()) {
        found[`${path}/`] = '';
        walk(path);
      } else found[path] = readFileSync(join(dir, path), 'utf8');
    }
  };
  walk('');
  return found;
}

export { git };

/** The commits of the repository at `dir`, newest first: subject and the files each one touched. */
export function commits(dir: string): { subject: string; files: string[] }[] {
  return git(dir, ['log', '--name-only', '--format=%x00%s'])
    .split('\0')
    .filter((chunk) => chunk.trim() !== '')
    .map((chunk) => {
      const [subject = '', ...files] = chunk.split('\n').filter((line) => line !== '');
      return { subject, files: files.sort() };
    });
}

/** The knowledge base validates with no errors and no warnings, also under --strict. */
export async function expectValid(root: string): Promise<void> {
  const { code, json } = await validateJson(root, ['--strict']);
  expect(json.diagnostics).toEqual([]);
  expect(code).toBe(0);
  const plain = await kwp(['validate', '--kb', root]);
  expect(plain.code).toBe(0);
}

/** The frontmatter of the werkplaats.md init wrote, as kwp reads it. */
export function werkplaats(root: string): Record<string, unknown> {
  const bytes = readFileSync(join(root, 'knowledge', 'werkplaats.md'));
  const file = readSourceFile('knowledge/werkplaats.md', 'werkplaats', bytes, readYamlFull)!;
  expect(file.problems).toEqual([]);
  return file.data!;
}
