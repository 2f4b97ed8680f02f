// `--commit` against real temporary git repositories: exactly the written file, with a clear
// message; a repository without commits; refusal when other changes are staged; outside a
// repository; and a commit that git refuses after the file was written.
import { chmodSync, cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kwp, kwpProcess, REPO, tempDir } from '../helpers/kb.js';
import {
  assertBuilt,
  exampleKb,
  expectValid,
  git,
  GIT_IDENTITY,
  useGitIdentity,
  ls,
  newProject,
  P,
  R,
  snapshot,
  V,
} from './helpers.js';

// In-process runs commit through simple-git, which hands process.env to git.
useGitIdentity();

/** The example knowledge base in a new repository, everything committed. */
function repoKb(): string {
  const root = exampleKb();
  git(root, 'init', '--quiet');
  git(root, 'add', '--all');
  git(root, 'commit', '--quiet', '-m', 'kennisbank');
  return root;
}

const head = (root: string) => git(root, 'rev-parse', 'HEAD').trim();
const lastCommit = (root: string) => git(root, 'show', '--name-only', '--format=%s', 'HEAD').trim();
const status = (root: string) => git(root, 'status', '--porcelain').trim();

describe('kwp new … --commit', () => {
  it('commits exactly the new project, with a message that says what happened', async () => {
    const root = repoKb();
    writeFileSync(join(root, 'notities.txt'), 'niet van kwp\n'); // untracked: must stay out
    const { code, stdout, stderr } = await kwp(newProject(root, 'Gecommit project', ['--commit', '--json']));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const { id, path } = JSON.parse(stdout) as { id: string; path: string };
    expect(lastCommit(root)).toBe(`kwp new project: ${id}\n\n${path}`);
    expect(git(root, 'log', '-1', '--format=%B').trim()).toBe(`kwp new project: ${id}\n\nGecommit project`);
    expect(git(root, 'rev-list', '--count', 'HEAD').trim()).toBe('2');
    expect(status(root)).toBe('?? notities.txt');
    await expectValid(root);
  });

  it('commits a new question and a new partner the same way', async () => {
    const root = repoKb();
    const vraag = await kwp(['new', 'vraag', '--kb', root, '--question', 'Wie betaalt?', '--commit']);
    expect(vraag.code).toBe(0);
    expect(lastCommit(root)).toBe(`kwp new vraag: wie-betaalt\n\n${V}/wie-betaalt.md`);
    const partner = await kwp([
      'new',
      'partner',
      '--kb',
      root,
      '--name',
      'Kaasboer',
      '--group',
      'ondernemers',
      '--commit',
    ]);
    expect(partner.code).toBe(0);
    expect(lastCommit(root)).toBe(`kwp new partner: kaasboer\n\n${R}/kaasboer.md`);
    expect(status(root)).toBe('');
  });

  it('works in a repository with no commits yet, committing only its own file', async () => {
    const root = exampleKb();
    git(root, 'init', '--quiet');
    const { code, stdout } = await kwp(newProject(root, 'Allereerste', ['--commit']));
    expect(code).toBe(0);
    const path = stdout.trim();
    expect(lastCommit(root)).toMatch(new RegExp(`^kwp new project: \\d{4}-allereerste\\n\\n${path}$`));
    expect(git(root, 'rev-list', '--count', 'HEAD').trim()).toBe('1');
    expect(git(root, 'ls-files').trim()).toBe(path);
  });

  it('works for a knowledge base in a folder of a larger repository', async () => {
    const top = tempDir();
    git(top, 'init', '--quiet');
    const root = join(top, 'sub', 'kb');
    cpSync(join(REPO, 'knowledge'), join(root, 'knowledge'), { recursive: true });
    const result = await kwp(newProject(root, 'Diep', ['--commit', '--json']));
    expect(result.code).toBe(0);
    const { id, path } = JSON.parse(result.stdout) as { id: string; path: string };
    // Paths in kwp's output are relative to the kb root; git names the file from the repository's top.
    expect(lastCommit(top)).toBe(`kwp new project: ${id}\n\nsub/kb/${path}`);
  });

  it('refuses when other changes are already staged: exit 2, nothing written, nothing committed', async () => {
    const root = repoKb();
    const werkplaats = join(root, 'knowledge', 'werkplaats.md');
    writeFileSync(werkplaats, `${readFileSync(werkplaats, 'utf8')}\nEen eigen wijziging.\n`);
    git(root, 'add', 'knowledge/werkplaats.md');
    const before = snapshot(root);
    const commit = head(root);
    const { code, stdout, stderr } = await kwp(newProject(root, 'Niet nu', ['--commit']));
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('knowledge/werkplaats.md');
    expect(stderr).toContain('niets geschreven en niets gecommit');
    expect(snapshot(root)).toEqual(before);
    expect(head(root)).toBe(commit);
    expect(status(root)).toBe('M  knowledge/werkplaats.md'); // their staged change, untouched
  });

  it('outside a git repository: exit 2 with a clear message, nothing written', async () => {
    const root = exampleKb();
    const before = snapshot(root);
    const { code, stderr } = await kwp(newProject(root, 'Zonder git', ['--commit']));
    expect(code).toBe(2);
    expect(stderr).toContain('geen git-repository');
    expect(stderr).toContain('git init');
    expect(snapshot(root)).toEqual(before);
  });

  it('when git refuses the commit after writing (a hook): exit 2, the file gone, nothing staged', async () => {
    const root = repoKb();
    const hook = join(root, '.git', 'hooks', 'pre-commit');
    writeFileSync(hook, '#!/bin/sh\necho "hook zegt nee" >&2\nexit 1\n');
    chmodSync(hook, 0o755);
    const before = snapshot(root);
    const commit = head(root);
    const { code, stderr } = await kwp(newProject(root, 'Geweigerd', ['--commit']));
    expect(code).toBe(2);
    expect(stderr).toMatch(/Git weigerde/);
    expect(snapshot(root)).toEqual(before);
    expect(head(root)).toBe(commit);
    expect(status(root)).toBe('');
    expect(ls(join(root, P)).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('--dry-run with --commit writes and commits nothing', async () => {
    const root = repoKb();
    const commit = head(root);
    const { code } = await kwp(newProject(root, 'Alleen kijken', ['--commit', '--dry-run']));
    expect(code).toBe(0);
    expect(head(root)).toBe(commit);
    expect(status(root)).toBe('');
  });

  it('the real binary commits too, with the identity from its environment', () => {
    assertBuilt();
    const root = repoKb();
    const result = kwpProcess(newProject(root, 'Uit een proces', ['--commit']), {
      env: { ...GIT_IDENTITY, HOME: root },
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(lastCommit(root)).toContain('kwp new project: ');
    expect(git(root, 'log', '-1', '--format=%an <%ae>').trim()).toBe('Test Persoon <test@example.org>');
  });
});
