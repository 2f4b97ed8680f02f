// `kwp init` from flags: the files, a knowledge base that validates at once, and one commit of
// exactly the files written, in real temporary folders and real git repositories.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/kb.js';
import {
  commits,
  expectValid,
  git,
  GITHUB_FILES,
  init,
  KB_FILES,
  listing,
  NPM_FILES,
  werkplaats,
} from './shared.js';

describe('kwp init from flags', () => {
  it('writes the werkplaats, the folders, a README and a workflow, and commits exactly those', async () => {
    const cwd = tempDir();
    const result = await init(
      [
        'rivelde',
        '--name',
        'Kenniswerkplaats Rivelde',
        '--programme',
        'Leren met de Stad',
        '--programme',
        'CDKM Rivelde',
        '--theme',
        'duurzaamheid',
        '--theme',
        'armoede',
        '--area',
        'Rivierenwijk',
      ],
      { cwd },
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const root = join(cwd, 'rivelde');
    expect(result.stdout).toContain(root);
    expect(result.stdout).toContain('  cd rivelde\n');
    expect(result.stdout).toContain('  npm install    # ');
    expect(result.stdout).toContain('  kwp new project\n');

    const files = [...KB_FILES, ...NPM_FILES, ...GITHUB_FILES].sort();
    for (const file of files) expect(existsSync(join(root, file)), file).toBe(true);
    expect(existsSync(join(root, 'templates'))).toBe(false);
    expect(existsSync(join(root, '.gitlab-ci.yml'))).toBe(false);

    expect(werkplaats(root)).toMatchObject({
      naam: 'Kenniswerkplaats Rivelde',
      taal: 'nl',
      programmas: ['Leren met de Stad', 'CDKM Rivelde'],
      themas: ['duurzaamheid', 'armoede'],
      gebieden: ['Rivierenwijk'],
    });
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    expect(readme).toMatch(/^# Kenniswerkplaats Rivelde\n/);
    for (const command of ['kwp new project', 'kwp new vraag', 'kwp new partner', 'kwp validate'])
      expect(readme).toContain(command);
    await expectValid(root);

    expect(commits(root)).toEqual([{ subject: 'kwp init: Kenniswerkplaats Rivelde', files }]);
    expect(git(root, ['status', '--porcelain'])).toBe('');
  });

  it('works in the current folder and in nested folders it makes itself', async () => {
    const cwd = tempDir();
    const here = await init(['--name', 'Hier'], { cwd });
    expect(here.code).toBe(0);
    expect(here.stdout).not.toContain('cd ');
    expect(werkplaats(cwd)['naam']).toBe('Hier');

    const other = tempDir();
    const nested = await init(['a/b c/d', '--name', 'Diep'], { cwd: other });
    expect(nested.code).toBe(0);
    expect(nested.stdout).toContain(`  cd 'a/b c/d'\n`);
    await expectValid(join(other, 'a', 'b c', 'd'));
  });

  it('makes no repository with --no-git', async () => {
    const cwd = tempDir();
    const { code } = await init(['kb', '--name', 'Zonder git', '--no-git'], { cwd });
    expect(code).toBe(0);
    expect(existsSync(join(cwd, 'kb', '.git'))).toBe(false);
    expect(existsSync(join(cwd, 'kb', 'knowledge', 'werkplaats.md'))).toBe(true);
  });

  it('writes .gitlab-ci.yml with --ci gitlab, and no workflow with --ci none', async () => {
    const cwd = tempDir();
    expect((await init(['lab', '--name', 'Lab', '--ci', 'gitlab'], { cwd })).code).toBe(0);
    expect(existsSync(join(cwd, 'lab', '.gitlab-ci.yml'))).toBe(true);
    expect(existsSync(join(cwd, 'lab', '.github'))).toBe(false);
    expect(commits(join(cwd, 'lab'))[0]!.files).toEqual([...KB_FILES, ...NPM_FILES, '.gitlab-ci.yml'].sort());

    expect((await init(['geen', '--name', 'Geen', '--ci', 'none'], { cwd })).code).toBe(0);
    expect(Object.keys(listing(join(cwd, 'geen'))).filter((p) => !p.endsWith('/'))).toEqual(
      ['.git', ...KB_FILES].sort(),
    );
    expect(commits(join(cwd, 'geen'))[0]!.files).toEqual(KB_FILES);
    const geen = await init(['geen2', '--name', 'Geen', '--ci', 'none'], { cwd });
    expect(geen.stdout).not.toContain('npm install');
  });

  it('writes taal: en with --lang en, and speaks English', async () => {
    const cwd = tempDir();
    const { code, stdout } = await init(['--lang', 'en', 'kb', '--name', 'Knowledge workshop'], { cwd });
    expect(code).toBe(0);
    expect(stdout).toContain('Next steps');
    expect(werkplaats(join(cwd, 'kb'))['taal']).toBe('en');
    await expectValid(join(cwd, 'kb'));
  });

  it('keeps a name with quotes, colons and # exactly, as valid YAML', async () => {
    const cwd = tempDir();
    const name = 'Werkplaats: "Zuid" #1 — ’s-Hertogenbosch';
    const { code } = await init(['kb', '--name', name, '--theme', 'ja', '--theme', '010'], { cwd });
    expect(code).toBe(0);
    const root = join(cwd, 'kb');
    expect(werkplaats(root)).toMatchObject({ naam: name, themas: ['ja', '010'] });
    expect(commits(root)[0]!.subject).toBe(`kwp init: ${name}`);
    await expectValid(root);
  });

  it('keeps a README that is there already, and leaves it out of the commit', async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'README.md'), '# Onze eigen README\n');
    const { code, stdout } = await init(['--name', 'Met README'], { cwd });
    expect(code).toBe(0);
    expect(stdout).toContain('README.md');
    expect(readFileSync(join(cwd, 'README.md'), 'utf8')).toBe('# Onze eigen README\n');
    expect(commits(cwd)[0]!.files).not.toContain('README.md');
    expect(git(cwd, ['status', '--porcelain'])).toBe('?? README.md\n');
  });

  it('inside an existing repository: commits there, with the workflow at its top, run in the kb', async () => {
    const top = tempDir();
    git(top, ['init', '--quiet']);
    writeFileSync(join(top, 'ander.txt'), 'iets anders\n');
    git(top, ['add', 'ander.txt']);
    git(top, ['commit', '--quiet', '-m', 'eerste']);
    mkdirSync(join(top, 'docs'));
    writeFileSync(join(top, 'docs', 'los.txt'), 'niet van kwp\n');

    const { code, stderr } = await init(['docs/kennis', '--name', 'Binnenin'], { cwd: top });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(existsSync(join(top, 'docs', 'kennis', '.git'))).toBe(false);
    const workflow = readFileSync(join(top, '.github', 'workflows', 'kwp.yml'), 'utf8');
    expect(workflow).toContain('        working-directory: docs/kennis\n');
    const [latest, first] = commits(top);
    expect(latest).toEqual({
      subject: 'kwp init: Binnenin',
      files: [...GITHUB_FILES, ...[...KB_FILES, ...NPM_FILES].map((f) => `docs/kennis/${f}`)].sort(),
    });
    expect(first!.subject).toBe('eerste');
    expect(git(top, ['status', '--porcelain'])).toBe('?? docs/los.txt\n');
  });
});
