// Shared by the knowledge-cycle tests (`kwp link`, `kwp evaluate`, `new project --from-question`,
// the story in `kwp show`): fixtures placed as project files in a copy of the example knowledge
// base, byte-exact reading, "nothing changed" checks, and real git repositories for --commit.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { changes, exampleKb, git, P, snapshot, useGitIdentity, V } from '../new/helpers.js';

export { useGitIdentity };

export { changes, exampleKb, expectValid, git, P, readBack, snapshot, V } from '../new/helpers.js';

const HERE = dirname(fileURLToPath(import.meta.url));
export const EDIT_FIXTURES = join(HERE, '..', 'fixtures', 'edit');
export const CYCLE_FIXTURES = join(HERE, '..', 'fixtures', 'cycle');

/** A file's text exactly as on disk (a byte-order mark kept, CRLF kept). */
export function text(root: string, path: string): string {
  return readFileSync(join(root, path)).toString('utf8');
}

export function write(root: string, path: string, content: string): void {
  writeFileSync(join(root, path), content);
}

/** An edit fixture, with `(from, to)` pairs replaced (each must occur): ids adjusted to the example kb. */
export function editFixture(name: string, ...pairs: [string, string][]): string {
  let out = readFileSync(join(EDIT_FIXTURES, name)).toString('utf8');
  for (const [from, to] of pairs) out = replaced(out, from, to);
  return out;
}

export function cycleFixture(name: string): string {
  return readFileSync(join(CYCLE_FIXTURES, name)).toString('utf8');
}

/** `text` with the one occurrence of `from` replaced by `to`: the whole expected output of an edit. */
export function replaced(text: string, from: string, to: string): string {
  expect(text.split(from).length, `"${from}" occurs exactly once`).toBe(2);
  return text.replace(from, () => to);
}

export const projectPath = (id: string) => `${P}/${id}.md`;
export const questionPath = (id: string) => `${V}/${id}.md`;

/** Frontmatter whose YAML does not parse (an unclosed flow sequence), for a given id. */
export function brokenProject(id: string): string {
  return `---\nid: ${id}\ntitel: [Kapot\nstatus: lopend\n---\n\n## Inhoud\n\nTekst.\n`;
}

/** The example knowledge base with the files given (path → text) written over it. */
export function kbWith(files: Record<string, string> = {}): string {
  const root = exampleKb();
  for (const [path, content] of Object.entries(files)) write(root, path, content);
  return root;
}

/** Snapshots the tree, and afterwards asserts it is byte for byte the same. */
export function watch(root: string): { unchanged: () => void; changed: () => ReturnType<typeof changes> } {
  const before = snapshot(root);
  return {
    unchanged: () => expect(changes(before, snapshot(root))).toEqual({ added: [], removed: [], changed: [] }),
    changed: () => changes(before, snapshot(root)),
  };
}

/** The knowledge base in a new repository, everything committed. */
export function commitAll(root: string): string {
  git(root, 'init', '--quiet');
  git(root, 'add', '--all');
  git(root, 'commit', '--quiet', '-m', 'kennisbank');
  return root;
}

/** The subject of the last commit and the files it touched. */
export function lastCommit(root: string): { message: string; files: string[] } {
  const message = git(root, 'log', '-1', '--format=%B').trim();
  const files = git(root, 'show', '--name-only', '--format=', 'HEAD').trim().split('\n').sort();
  return { message, files };
}

export const commitCount = (root: string) => Number(git(root, 'rev-list', '--count', 'HEAD').trim());
export const gitStatus = (root: string) => git(root, 'status', '--porcelain').trim();
