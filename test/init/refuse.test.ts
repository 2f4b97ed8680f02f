// What `kwp init` refuses (exit 2, nothing written) and what happens when git or the disk says no.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakePrompter } from '../helpers/fake-prompter.js';
import { makeKb, tempDir } from '../helpers/kb.js';
import { kwpPackage } from '../../src/store/kwp-package.js';
import { git, init, listing } from './shared.js';

describe('kwp init refuses', () => {
  it('a folder that already holds a knowledge base, changing nothing', async () => {
    const root = makeKb({ 'knowledge/projecten/.gitkeep': '' });
    const before = listing(root);
    const { code, stderr, stdout } = await init(['--name', 'Nog een'], { cwd: root });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('knowledge/werkplaats.md');
    expect(listing(root)).toEqual(before);
    // also before any question is asked
    const prompter = fakePrompter([]);
    expect((await init([root], { cwd: tempDir(), prompter })).code).toBe(2);
    expect(prompter.asked).toEqual([]);
  });

  it('a dir that is a file', async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'bestand'), 'tekst\n');
    const before = listing(cwd);
    const { code, stderr } = await init(['bestand', '--name', 'X'], { cwd });
    expect(code).toBe(2);
    expect(stderr).toContain('bestand');
    expect(listing(cwd)).toEqual(before);
  });

  it('a missing --name without a terminal or with --yes, naming --name', async () => {
    const cwd = tempDir();
    const plain = await init(['kb'], { cwd });
    expect(plain.code).toBe(2);
    expect(plain.stderr).toContain('--name');
    const prompter = fakePrompter([]);
    const yes = await init(['kb', '--yes'], { cwd, prompter });
    expect(yes.code).toBe(2);
    expect(yes.stderr).toContain('--name');
    expect(prompter.asked).toEqual([]);
    expect(listing(cwd)).toEqual({});
  });

  it('an unknown --ci, naming the allowed values', async () => {
    const cwd = tempDir();
    const { code, stderr } = await init(['kb', '--name', 'X', '--ci', 'jenkins'], { cwd });
    expect(code).toBe(2);
    expect(stderr).toContain('jenkins');
    expect(stderr).toContain('github, gitlab, none');
    expect(listing(cwd)).toEqual({});
  });

  it('a workflow that exists already, writing nothing and suggesting --ci none', async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, '.gitlab-ci.yml'), 'test:\n  script: [echo]\n');
    const before = listing(cwd);
    const { code, stderr } = await init(['--name', 'X', '--ci', 'gitlab'], { cwd });
    expect(code).toBe(2);
    expect(stderr).toContain('.gitlab-ci.yml');
    expect(stderr).toContain('--ci none');
    expect(listing(cwd)).toEqual(before);
  });

  it("a package.json of the repository's own that does not list kwp, naming the command that adds it", async () => {
    const { name, version } = kwpPackage();
    for (const text of ['{"name": "site", "devDependencies": {"eslint": "9.0.0"}}\n', '{ kapot\n']) {
      const cwd = tempDir();
      writeFileSync(join(cwd, 'package.json'), text);
      const before = listing(cwd);
      const { code, stdout, stderr } = await init(['--name', 'X'], { cwd });
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain('package.json');
      expect(stderr).toContain(`npm install --save-dev --save-exact ${name}@${version}`);
      expect(stderr).toContain('--ci none');
      expect(listing(cwd)).toEqual(before);
    }
  });
});

describe('kwp init with a package.json that lists kwp already', () => {
  it('keeps it as it is, writes the rest, and commits only what it wrote', async () => {
    const { name } = kwpPackage();
    const cwd = tempDir();
    const own = `{\n  "private": true,\n  "devDependencies": { "${name}": "^0.1.0", "prettier": "3.0.0" }\n}\n`;
    writeFileSync(join(cwd, 'package.json'), own);
    const { code, stderr } = await init(['--name', 'X'], { cwd });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(readFileSync(join(cwd, 'package.json'), 'utf8')).toBe(own);
    expect(existsSync(join(cwd, '.github', 'workflows', 'kwp.yml'))).toBe(true);
    expect(git(cwd, ['status', '--porcelain'])).toBe('?? package.json\n');
  });
});

describe('when writing or git fails', () => {
  it('takes back what it wrote when a file cannot be written', async () => {
    const cwd = tempDir();
    // A file where a record folder should go: the third folder cannot be made.
    mkdirSync(join(cwd, 'knowledge'));
    writeFileSync(join(cwd, 'knowledge', 'partners'), 'in de weg\n');
    const before = listing(cwd);
    const { code, stderr } = await init(['--name', 'X', '--no-git'], { cwd });
    expect(code).toBe(2);
    expect(stderr).toContain('knowledge/partners');
    expect(listing(cwd)).toEqual(before);
  });

  it.skipIf(process.getuid?.() === 0)('says so when the folder is read-only', async () => {
    const cwd = tempDir();
    chmodSync(cwd, 0o555);
    try {
      const { code, stderr } = await init(['--name', 'X', '--no-git'], { cwd });
      expect(code).toBe(2);
      expect(stderr).toContain('EACCES');
      expect(listing(cwd)).toEqual({});
    } finally {
      chmodSync(cwd, 0o755);
    }
  });

  it('exit 2 when git refuses the commit; the files stay and it says so', async () => {
    const top = tempDir();
    git(top, ['init', '--quiet']);
    writeFileSync(join(top, '.git', 'hooks', 'pre-commit'), '#!/bin/sh\necho "nee" >&2\nexit 1\n', {
      mode: 0o755,
    });
    const { code, stderr } = await init(['kb', '--name', 'X'], { cwd: top });
    expect(code).toBe(2);
    expect(stderr).toContain('Git weigerde');
    expect(stderr).toContain('wel geschreven');
    expect(existsSync(join(top, 'kb', 'knowledge', 'werkplaats.md'))).toBe(true);
    expect(() => execFileSync('git', ['rev-parse', 'HEAD'], { cwd: top, stdio: 'ignore' })).toThrow();
  });

  it('exit 2 when git is not installed, in a new or an existing repository; the files stay', async () => {
    const fresh = tempDir();
    const existing = tempDir();
    git(existing, ['init', '--quiet']);
    const path = process.env['PATH'];
    process.env['PATH'] = join(fresh, 'geen-git');
    const results = [];
    try {
      results.push(await init(['kb', '--name', 'X'], { cwd: fresh }));
      results.push(await init(['kb', '--name', 'X'], { cwd: existing }));
    } finally {
      process.env['PATH'] = path;
    }
    for (const [i, cwd] of [fresh, existing].entries()) {
      expect(results[i]!.code).toBe(2);
      expect(results[i]!.stderr).toContain('Git is niet gevonden');
      expect(existsSync(join(cwd, 'kb', 'knowledge', 'werkplaats.md'))).toBe(true);
    }
    expect(existsSync(join(fresh, 'kb', '.git'))).toBe(false);
    expect(() => execFileSync('git', ['rev-parse', 'HEAD'], { cwd: existing, stdio: 'ignore' })).toThrow();
  });
});
