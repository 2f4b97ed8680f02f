// Shared by the `kwp new …` tests: the example knowledge base, the flags of a minimal project, reading
// a created file back with kwp's own reader, a snapshot of a whole tree, and git set up for commits.
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Data } from '../../src/core/data.js';
import type { Kind } from '../../src/core/kinds.js';
import { readSourceFile } from '../../src/core/read-file.js';
import { readYamlFull } from '../../src/core/yaml-full.js';
import { git as runGit } from '../helpers/git.js';
import { BIN, makeKb, REPO, validateJson } from '../helpers/kb.js';

export const P = 'knowledge/projecten';
export const V = 'knowledge/kennisvragen';
export const R = 'knowledge/partners';

/** A copy of the example knowledge base (werkplaats Rivelde, with vocabularies, projects, partners). */
export function exampleKb(): string {
  return makeKb({}, { example: true });
}

/** Everything a project in status voorbereiding needs, and nothing more. */
export const REQUIRED = [
  '--programme',
  'CDKM Rivelde',
  '--question',
  'Hoe houden we de wijk koel?',
  '--contact',
  'Ahmed Yilmaz <a.yilmaz@example.org>',
];

export const newProject = (root: string, title: string, extra: string[] = []) => [
  'new',
  'project',
  '--kb',
  root,
  '--title',
  title,
  ...REQUIRED,
  ...extra,
];

/** A created file read back as kwp reads it: no read problems, its frontmatter and body. */
export function readBack(root: string, path: string): { data: Data; body: string } {
  const kind: Kind = path.includes('/projecten/')
    ? 'project'
    : path.includes('/kennisvragen/')
      ? 'vraag'
      : path.includes('/aanbod/')
        ? 'aanbod'
        : 'partner';
  const file = readSourceFile(path, kind, readFileSync(join(root, path)), readYamlFull);
  expect(file?.problems ?? ['unreadable']).toEqual([]);
  return { data: file!.data!, body: file!.body };
}

/** Every file under `root` (but .git) with a hash of its content: compare two to see what changed. */
export function snapshot(root: string): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (dir: string, rel: string) => {
    for (const name of readdirSync(dir)) {
      if (rel === '' && name === '.git') continue;
      const abs = join(dir, name);
      const path = rel ? `${rel}/${name}` : name;
      const stat = lstatSync(abs);
      if (stat.isDirectory()) walk(abs, path);
      else found.set(path, createHash('sha1').update(readFileSync(abs)).digest('hex'));
    }
  };
  walk(root, '');
  return found;
}

/** What differs between two snapshots: files added, removed and changed. */
export function changes(before: Map<string, string>, after: Map<string, string>) {
  return {
    added: [...after.keys()].filter((p) => !before.has(p)).sort(),
    removed: [...before.keys()].filter((p) => !after.has(p)).sort(),
    changed: [...after.keys()].filter((p) => before.has(p) && before.get(p) !== after.get(p)).sort(),
  };
}

/** `kwp validate` finds no errors and no warnings at all in the knowledge base. */
export async function expectValid(root: string): Promise<void> {
  const { code, json } = await validateJson(root);
  expect(json.diagnostics).toEqual([]);
  expect(code).toBe(0);
}

/** Names in a folder, hidden ones included (temporary files start with a dot). */
export function ls(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}

export { GIT_IDENTITY, useGitIdentity } from '../helpers/git.js';

/** git in `cwd` (see helpers/git.ts), its arguments one by one. */
export function git(cwd: string, ...args: string[]): string {
  return runGit(cwd, args);
}

/** The real binary must be built (`npm run build`, which `npm test` does) for the process tests. */
export function assertBuilt(): void {
  if (!existsSync(join(REPO, 'dist', 'main.js')))
    throw new Error(`${BIN} needs dist/: run \`npm run build\` before these tests`);
}
