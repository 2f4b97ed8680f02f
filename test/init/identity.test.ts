// Git that does not know who commits, and a `kwp init` whose commit failed: said before anything is
// written, with the commands that fix it; and finished by running `kwp init` again.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakePrompter } from '../helpers/fake-prompter.js';
import { kwpProcess, makeKb, project, REPO, tempDir } from '../helpers/kb.js';
import { commits as log, git, GITHUB_FILES, init, KB_FILES, listing, NPM_FILES } from './shared.js';

/** The commits, none before the first (where git log itself fails). */
function commits(dir: string): ReturnType<typeof log> {
  try {
    return log(dir);
  } catch {
    return [];
  }
}

/** An environment in which git knows no identity: a home of its own, and no guessing from the host. */
function anonymous(): NodeJS.ProcessEnv {
  const home = tempDir('kwp-home-');
  writeFileSync(join(home, 'gitconfig'), '[user]\n\tuseConfigOnly = true\n');
  return { HOME: home, GIT_CONFIG_GLOBAL: join(home, 'gitconfig'), GIT_CONFIG_NOSYSTEM: '1' };
}

const HINT_NAME = 'git config --global user.name "Je Naam"';
const HINT_EMAIL = 'git config --global user.email je@voorbeeld.nl';

describe('git without an identity', () => {
  it('kwp init stops before writing anything, exit 2, and says how to set name and e-mail', () => {
    const cwd = tempDir();
    const result = kwpProcess(['init', 'kb', '--name', 'Werkplaats X'], { cwd, env: anonymous() });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(HINT_NAME);
    expect(result.stderr).toContain(HINT_EMAIL);
    expect(result.stderr).toContain('niets geschreven');
    expect(result.stderr).not.toContain('Author identity unknown');
    expect(listing(cwd)).toEqual({});
  });

  it('kwp init in an existing repository writes nothing either; in English with --lang en', () => {
    const top = tempDir();
    git(top, ['init', '--quiet']);
    const before = listing(top);
    const result = kwpProcess(['init', '--name', 'X', '--lang', 'en'], { cwd: top, env: anonymous() });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('git config --global user.name "Your Name"');
    expect(result.stderr).toContain('Nothing was written');
    expect(listing(top)).toEqual(before);
  });

  it('kwp init --no-git needs no identity', () => {
    const cwd = tempDir();
    const result = kwpProcess(['init', '--name', 'X', '--no-git'], { cwd, env: anonymous() });
    expect(result.code).toBe(0);
  });

  it('--commit stops before writing the file (new project, link), exit 2, with the hint', () => {
    const root = makeKb({
      'knowledge/projecten/2026-a.md': project('2026-a'),
      'knowledge/projecten/2026-b.md': project('2026-b'),
    });
    git(root, ['init', '--quiet']);
    git(root, ['add', '-A']);
    git(root, ['commit', '--quiet', '-m', 'kennisbank']);
    const before = listing(root);
    const made = kwpProcess(
      [
        ...['new', 'project', '--title', 'Groene daken', '--programme', 'CDKM Test'],
        ...['--question', 'Wat werkt?', '--contact', 'Femke de Vries <f.devries@example.org>'],
        ...['--yes', '--commit'],
      ],
      {
        cwd: root,
        env: anonymous(),
      },
    );
    expect(made.code).toBe(2);
    expect(made.stderr).toContain(HINT_NAME);
    expect(made.stderr).toContain(HINT_EMAIL);
    const linked = kwpProcess(['link', '2026-b', '--follows', '2026-a', '--commit'], {
      cwd: root,
      env: anonymous(),
    });
    expect(linked.code).toBe(2);
    expect(linked.stderr).toContain(HINT_EMAIL);
    expect(listing(root)).toEqual(before);
    // the same commands work once git knows who commits
    const known = { ...anonymous(), GIT_AUTHOR_NAME: 'Femke', GIT_AUTHOR_EMAIL: 'f@example.org' };
    Object.assign(known, { GIT_COMMITTER_NAME: 'Femke', GIT_COMMITTER_EMAIL: 'f@example.org' });
    expect(
      kwpProcess(['link', '2026-b', '--follows', '2026-a', '--commit'], { cwd: root, env: known }).code,
    ).toBe(0);
  });
});

describe('a kwp init whose commit failed', () => {
  /** A repository whose pre-commit hook refuses, silently or saying why. */
  function refusingRepository(say: string): string {
    const top = tempDir();
    git(top, ['init', '--quiet']);
    writeFileSync(join(top, '.git', 'hooks', 'pre-commit'), `#!/bin/sh\n${say}exit 1\n`, { mode: 0o755 });
    return top;
  }

  it.each([
    ['a hook that says why', 'echo "nee" >&2\n'],
    ['a silent hook', ''],
  ])('is finished by running kwp init again (%s)', async (_name, say) => {
    const top = refusingRepository(say);
    const first = await init(['--name', 'Werkplaats X'], { cwd: top });
    expect(first.code).toBe(2);
    expect(first.stderr).toContain('Git weigerde');
    expect(first.stderr).toContain('kwp init nog eens');
    expect(commits(top)).toEqual([]);

    writeFileSync(join(top, '.git', 'hooks', 'pre-commit'), '#!/bin/sh\nexit 0\n', { mode: 0o755 });
    const prompter = fakePrompter([]);
    const again = await init([], { cwd: top, prompter });
    expect(again.stderr).toBe('');
    expect(again.code).toBe(0);
    expect(prompter.asked).toEqual([]);
    const written = [...KB_FILES, ...NPM_FILES, ...GITHUB_FILES].sort();
    expect(again.stdout).toContain(`nog niet gecommit; nu wel (${written.length} bestanden)`);
    const made = commits(top);
    expect(made).toHaveLength(1);
    expect(made[0]!.subject).toBe('kwp init: Werkplaats X');
    expect(made[0]!.files).toEqual(written);
    expect(git(top, ['status', '--porcelain'])).toBe('');

    // finished now: a third run refuses, as for any knowledge base
    const third = await init([], { cwd: top });
    expect(third.code).toBe(2);
    expect(third.stderr).toContain('staat al een kennisbank');
  });

  it.each([[[]], [['--no-site']]])(
    'recognises its GitLab pipeline with and without the pages job (%j)',
    async (flags) => {
      const top = refusingRepository('');
      expect((await init(['--name', 'X', '--ci', 'gitlab', ...flags], { cwd: top })).code).toBe(2);
      writeFileSync(join(top, '.git', 'hooks', 'pre-commit'), '#!/bin/sh\nexit 0\n', { mode: 0o755 });
      expect((await init([], { cwd: top })).code).toBe(0);
      expect(commits(top)[0]!.files).toEqual([...KB_FILES, ...NPM_FILES, '.gitlab-ci.yml'].sort());
      expect(git(top, ['status', '--porcelain'])).toBe('');
    },
  );

  it('commits only what init wrote: a README changed since stays out of the commit', async () => {
    const top = refusingRepository('');
    expect((await init(['--name', 'X', '--ci', 'none'], { cwd: top })).code).toBe(2);
    writeFileSync(join(top, '.git', 'hooks', 'pre-commit'), '#!/bin/sh\nexit 0\n', { mode: 0o755 });
    writeFileSync(join(top, 'README.md'), `${readFileSync(join(top, 'README.md'), 'utf8')}\nEigen tekst.\n`);
    expect((await init([], { cwd: top })).code).toBe(0);
    expect(commits(top)[0]!.files).toEqual(KB_FILES.filter((f) => f !== 'README.md'));
  });

  it('a knowledge base made by hand and never staged is still refused, and nothing is committed', async () => {
    const root = makeKb();
    git(root, ['init', '--quiet']);
    mkdirSync(join(root, 'notities'));
    const result = await init(['--name', 'X'], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('staat al een kennisbank');
    expect(commits(root)).toEqual([]);
  });
});

describe('the README', () => {
  it('shows the identity message as kwp init says it', () => {
    const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
    const block = /```text\n(kwp: Git weet nog niet[\s\S]*?)```/.exec(readme);
    expect(block).not.toBeNull();
    const result = kwpProcess(['init', '--name', 'X'], { cwd: tempDir(), env: anonymous() });
    expect(result.stderr).toBe(block![1]);
  });
});
