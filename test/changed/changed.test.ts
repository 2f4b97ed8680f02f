// `kwp validate --changed`: only the files changed against the base, plus the unchanged files the
// change affects, against real temporary git repositories with branches and merge bases.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { git } from '../helpers/git.js';
import { kwp, kwpProcess, makeKb, project, tempDir, type ValidateJson, WERKPLAATS } from '../helpers/kb.js';

function write(root: string, path: string, text: string): void {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
}

const P = 'knowledge/projecten';

/**
 * A repository on branch main: five valid projects (2026-b follows 2026-a), and 2026-e with a problem
 * of its own (an area not in the werkplaats list); then a branch `feature` from there.
 */
function repository(): string {
  const files: Record<string, string> = {
    [`${P}/2026-a.md`]: project('2026-a'),
    [`${P}/2026-b.md`]: project('2026-b', 'vervolg_op: [2026-a]\n'),
    [`${P}/2026-c.md`]: project('2026-c'),
    [`${P}/2026-d.md`]: project('2026-d'),
    [`${P}/2026-e.md`]: project('2026-e', 'gebied: Nergensland\n'),
  };
  const root = makeKb(files);
  git(root, ['init', '-q', '-b', 'main']);
  git(root, ['add', '-A']);
  git(root, ['commit', '-qm', 'eerste']);
  git(root, ['checkout', '-q', '-b', 'feature']);
  return root;
}

async function changed(root: string, extra: string[] = [], env: NodeJS.ProcessEnv = {}) {
  const r = await kwp(['validate', '--kb', root, '--format', 'json', '--changed', ...extra], { env });
  return { ...r, json: r.stdout ? (JSON.parse(r.stdout) as ValidateJson) : undefined };
}

function problems(json: ValidateJson | undefined): string[] {
  return (json?.diagnostics ?? []).map((d) => `${d.file} ${d.rule}`);
}

describe('kwp validate --changed', () => {
  it('checks only the one changed file of many: its problem is reported, an untouched one is not', async () => {
    const root = repository();
    const full = await kwp(['validate', '--kb', root, '--format', 'json']);
    expect(full.code).toBe(1);
    expect(full.stdout).toContain('2026-e.md');

    write(root, `${P}/2026-c.md`, project('2026-c', 'gebied: Nergenshuizen\n'));
    git(root, ['commit', '-qam', 'c gewijzigd']);
    const r = await changed(root);
    expect(r.code).toBe(1);
    expect(r.json?.files).toBe(1);
    expect(problems(r.json)).toEqual([`${P}/2026-c.md unknown-vocabulary`]);
  });

  it('passes when the changed file is fine, however broken the untouched ones are', async () => {
    const root = repository();
    write(root, `${P}/2026-d.md`, project('2026-d', 'gebied: Binnenstad\n'));
    const r = await changed(root); // unstaged, uncommitted
    expect(r.code).toBe(0);
    expect(r.json).toMatchObject({ ok: true, files: 1, errors: 0 });
  });

  it('includes an uncommitted new file, and a staged one', async () => {
    const root = repository();
    write(root, `${P}/2026-f.md`, project('2026-f', 'vervolg_op: [2026-zz]\n'));
    write(root, `${P}/2026-g.md`, project('2026-g'));
    git(root, ['add', `${P}/2026-g.md`]);
    const r = await changed(root);
    expect(r.json?.files).toBe(2);
    expect(problems(r.json)).toEqual([`${P}/2026-f.md unknown-reference`]);
    expect(r.code).toBe(1);
  });

  it('leaves out ignored files', async () => {
    const root = repository();
    write(root, '.gitignore', 'knowledge/projecten/2026-x.md\n');
    write(root, `${P}/2026-x.md`, project('2026-x', 'vervolg_op: [2026-zz]\n'));
    const r = await changed(root);
    expect(r.json?.files).toBe(0);
    expect(r.code).toBe(0);
  });

  it('reads an untouched file whose id is declared after a line that starts with --- but is no fence', async () => {
    // 2026-x.md declares the id 2026-q below a key `---x`: the frontmatter does not end there, so
    // the file cannot stand in by its name, and the changed file's reference to 2026-q resolves.
    const root = repository();
    const declared = project('2026-x').replace('id: 2026-x\n', '---x: c\nid: 2026-q\n');
    git(root, ['checkout', '-q', 'main']);
    write(root, `${P}/2026-x.md`, declared);
    git(root, ['add', '-A']);
    git(root, ['commit', '-qm', 'x']);
    git(root, ['checkout', '-q', '-B', 'feature']);
    write(root, `${P}/2026-c.md`, project('2026-c', 'vervolg_op: [2026-q]\n'));
    const full = await kwp(['validate', '--kb', root, '--format', 'json']);
    const inC = (json: ValidateJson | undefined) => problems(json).filter((p) => p.includes('2026-c.md'));
    const r = await changed(root, [], { CI: 'true' });
    expect(r.json?.files).toBe(1);
    expect(inC(r.json)).toEqual(inC(JSON.parse(full.stdout) as ValidateJson));
    expect(inC(r.json)).toEqual([]);
  });

  it('fails a follower of a renamed project with unknown-reference', async () => {
    const root = repository();
    git(root, ['mv', `${P}/2026-a.md`, `${P}/2026-a-nieuw.md`]);
    write(root, `${P}/2026-a-nieuw.md`, project('2026-a-nieuw'));
    git(root, ['commit', '-qam', 'a hernoemd']);
    const r = await changed(root);
    expect(r.code).toBe(1);
    expect(r.json?.files).toBe(2);
    expect(problems(r.json)).toEqual([`${P}/2026-b.md unknown-reference`]);
  });

  it('fails a follower of a deleted project, also when the deletion is not committed', async () => {
    const root = repository();
    rmSync(join(root, P, '2026-a.md'));
    const r = await changed(root);
    expect(r.code).toBe(1);
    expect(r.json?.files).toBe(1);
    expect(problems(r.json)).toEqual([`${P}/2026-b.md unknown-reference`]);
    git(root, ['commit', '-qam', 'a weg']);
    expect(problems((await changed(root)).json)).toEqual([`${P}/2026-b.md unknown-reference`]);
  });

  it('puts every project and question in scope when werkplaats.md changes', async () => {
    const root = repository();
    write(root, 'knowledge/werkplaats.md', WERKPLAATS.replace('De werkplaats', 'Onze werkplaats'));
    const r = await changed(root);
    expect(r.json?.files).toBe(6);
    expect(problems(r.json)).toEqual([`${P}/2026-e.md unknown-vocabulary`]);
  });

  it('reports unknown-funder as the full check does, when the partner register or a project changes', async () => {
    const root = repository();
    const partner = (naam: string) => `---\nid: gemeente-bosch\nnaam: ${naam}\ngroep: overheid\n---\n`;
    write(root, 'knowledge/partners/gemeente-bosch.md', partner('Gemeente Den Bosch'));
    write(
      root,
      `${P}/2026-c.md`,
      project('2026-c', 'begroting:\n  dekking: [{partner: Gemeente Den Bosch, uren: 8}]\n'),
    );
    git(root, ['add', '-A']);
    git(root, ['commit', '-qm', 'financier']);
    git(root, ['checkout', '-q', '-b', 'hernoemd']);
    const full = async () =>
      (
        JSON.parse((await kwp(['validate', '--kb', root, '--format', 'json'])).stdout) as ValidateJson
      ).diagnostics.filter((d) => d.rule === 'unknown-funder');
    expect(await full()).toEqual([]);
    // Only the partner file changes: the unchanged project that the name no longer matches is checked.
    write(root, 'knowledge/partners/gemeente-bosch.md', partner("Gemeente 's-Hertogenbosch"));
    const renamed = await changed(root, ['--base', 'feature']);
    expect(problems(renamed.json)).toEqual([`${P}/2026-c.md unknown-funder`]);
    expect(renamed.json?.diagnostics.filter((d) => d.rule === 'unknown-funder')).toEqual(await full());
    expect(renamed.json?.diagnostics[0]?.message).toContain('Bedoel je "Gemeente \'s-Hertogenbosch"?');
    git(root, ['commit', '-qam', 'partner hernoemd']);
    // Only the project changes: its funder is checked against the register it did not touch.
    write(
      root,
      `${P}/2026-c.md`,
      project('2026-c', "begroting:\n  dekking: [{partner: Gemeente 's-Hertogenbosch, uren: 8}]\n"),
    );
    expect(problems((await changed(root, ['--base', 'hernoemd'])).json)).toEqual([]);
    write(
      root,
      `${P}/2026-d.md`,
      project('2026-d', 'begroting:\n  dekking: [{partner: Gemeente Den Bosch}]\n'),
    );
    const own = await changed(root, ['--base', 'hernoemd']);
    expect(problems(own.json)).toEqual([`${P}/2026-d.md unknown-funder`]);
    expect(own.json?.diagnostics).toEqual(await full());
    expect(own.json?.files).toBe(2); // 2026-c and 2026-d, both uncommitted
  });

  it('is empty and passes when nothing changed', async () => {
    const root = repository();
    const r = await changed(root);
    expect(r).toMatchObject({ code: 0, json: { ok: true, files: 0 } });
  });

  it('compares with the merge base, not with the tip of main', async () => {
    const root = repository();
    write(root, `${P}/2026-c.md`, project('2026-c', 'gebied: Binnenstad\n'));
    git(root, ['commit', '-qam', 'c op feature']);
    git(root, ['checkout', '-q', 'main']);
    write(root, `${P}/2026-d.md`, project('2026-d', 'gebied: Nergenshuizen\n'));
    git(root, ['commit', '-qam', 'd op main']);
    git(root, ['checkout', '-q', 'feature']);
    const r = await changed(root);
    expect(r.json?.files).toBe(1);
    expect(r.code).toBe(0);
  });

  it('takes --base <ref>, and says so when the ref does not exist', async () => {
    const root = repository();
    write(root, `${P}/2026-c.md`, project('2026-c', 'gebied: Binnenstad\n'));
    git(root, ['commit', '-qam', 'c']);
    const mid = git(root, ['rev-parse', 'HEAD']).trim();
    write(root, `${P}/2026-d.md`, project('2026-d', 'gebied: Binnenstad\n'));
    git(root, ['commit', '-qam', 'd']);
    expect((await changed(root)).json?.files).toBe(2);
    expect((await changed(root, ['--base', mid])).json?.files).toBe(1);
    expect((await changed(root, ['--base', 'HEAD~1'])).json?.files).toBe(1);
    const missing = await changed(root, ['--base', 'bestaat-niet']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('bestaat-niet');
    expect(missing.stderr).toContain('--base');
  });

  it('uses GITHUB_BASE_REF (origin/<branch>) in a GitHub pull-request run', async () => {
    const origin = repository();
    write(origin, `${P}/2026-c.md`, project('2026-c', 'gebied: Binnenstad\n'));
    git(origin, ['commit', '-qam', 'c']);
    const clone = join(tempDir(), 'clone');
    git(tempDir(), ['clone', '-q', '--no-checkout', `file://${origin}`, clone]);
    git(clone, ['checkout', '-q', '-b', 'pr', 'origin/feature']);
    git(clone, ['branch', '-q', '-D', 'feature']);
    git(clone, ['remote', 'set-head', 'origin', '-d']);
    // No origin/HEAD, no local main: the variable names the base (a wrong one fails, see below).
    const r = await changed(clone, [], { GITHUB_BASE_REF: 'main' });
    expect(r.json?.files).toBe(1);
    const wrong = await changed(clone, [], { GITHUB_BASE_REF: 'bestaat-niet' });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('origin/bestaat-niet');
  });

  it('uses CI_MERGE_REQUEST_DIFF_BASE_SHA in a GitLab merge-request pipeline', async () => {
    const root = repository();
    write(root, `${P}/2026-c.md`, project('2026-c', 'gebied: Binnenstad\n'));
    git(root, ['commit', '-qam', 'c']);
    const mid = git(root, ['rev-parse', 'HEAD']).trim();
    write(root, `${P}/2026-d.md`, project('2026-d', 'gebied: Binnenstad\n'));
    git(root, ['commit', '-qam', 'd']);
    const r = await changed(root, [], { CI_MERGE_REQUEST_DIFF_BASE_SHA: mid });
    expect(r.json?.files).toBe(1);
  });

  it('works when the knowledge base is a folder inside the repository', async () => {
    const top = tempDir();
    const kb = join(top, 'kb');
    mkdirSync(kb);
    renameSync(join(repository(), 'knowledge'), join(kb, 'knowledge'));
    git(top, ['init', '-q', '-b', 'main']);
    git(top, ['add', '-A']);
    git(top, ['commit', '-qm', 'eerste']);
    write(kb, `${P}/2026-c.md`, project('2026-c', 'vervolg_op: [2026-zz]\n'));
    const r = await changed(kb);
    expect(r.json?.files).toBe(1);
    expect(problems(r.json)).toEqual([`${P}/2026-c.md unknown-reference`]);
    // An untracked file there too, found by git status (paths from the top) with the base named.
    write(kb, `${P}/2026-n.md`, project('2026-n', 'vervolg_op: [2026-yy]\n'));
    const named = await changed(kb, ['--base', 'main']);
    expect(named.json?.files).toBe(2);
    expect(problems(named.json)).toEqual([
      `${P}/2026-c.md unknown-reference`,
      `${P}/2026-n.md unknown-reference`,
    ]);
  });

  it('stops with exit 2 and names the fix in a shallow clone without the base', async () => {
    const origin = repository();
    write(origin, `${P}/2026-c.md`, project('2026-c', 'gebied: Binnenstad\n'));
    git(origin, ['commit', '-qam', 'c']);
    git(origin, ['checkout', '-q', 'main']); // the origin's HEAD is its default branch, as on a server
    const clone = join(tempDir(), 'clone');
    git(tempDir(), ['clone', '-q', '--depth', '1', '--branch', 'feature', `file://${origin}`, clone]);
    for (const env of [{}, { GITHUB_BASE_REF: 'main' }]) {
      const r = await changed(clone, [], env);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('fetch-depth: 0');
      expect(r.stderr).toContain('GIT_DEPTH: 0');
    }
    const en = await changed(clone, ['--lang', 'en']);
    expect(en.stderr).toContain('shallow clone');
  });

  it('stops with exit 2 outside a git repository', async () => {
    const root = makeKb({ [`${P}/2026-a.md`]: project('2026-a') });
    const r = await changed(root);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('git');
    expect(r.stderr).toContain('--changed');
  });

  it('stops with exit 2 outside a git repository in CI too, as a process: the message, no stack trace', () => {
    const root = makeKb({ [`${P}/2026-a.md`]: project('2026-a') });
    for (const [extra, env] of [
      [[], { CI: 'true' }],
      [['--base', 'main'], { CI: 'true' }],
      [[], { CI: 'true', GITHUB_BASE_REF: 'main' }],
    ] as const) {
      const r = kwpProcess(['validate', '--kb', root, '--changed', ...extra], { env });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('git');
      expect(r.stderr).toContain('--changed');
      expect(r.stderr).not.toMatch(/KwpError|\n\s+at /);
    }
  });

  it('checks a question that a changed or deleted project no longer takes up (opgepakt, listed by none)', async () => {
    const root = repository();
    const V = 'knowledge/kennisvragen';
    const vraag = (id: string) =>
      `---\nid: ${id}\nvraag: Wat leren we?\nstatus: opgepakt\nbron: evaluatie\nproject: 2026-a\n---\n`;
    write(root, `${V}/vraag-x.md`, vraag('vraag-x'));
    write(root, `${V}/vraag-y.md`, vraag('vraag-y'));
    write(root, `${V}/vraag-z.md`, vraag('vraag-z'));
    write(root, `${P}/2026-c.md`, project('2026-c', 'kennisvragen: [vraag-x, vraag-z]\n'));
    write(root, `${P}/2026-d.md`, project('2026-d', 'kennisvragen:\n  - vraag-y\n'));
    write(root, `${P}/2026-a.md`, project('2026-a', 'kennisvragen: [vraag-z]\n'));
    git(root, ['add', '-A']);
    git(root, ['commit', '-qm', 'vragen opgepakt']);
    await expect(changed(root, ['--base', 'HEAD'])).resolves.toMatchObject({ code: 0 });

    write(root, `${P}/2026-c.md`, project('2026-c', 'gebied: Binnenstad\n')); // lets go of x and z
    rmSync(join(root, `${P}/2026-d.md`)); // takes y with it
    const r = await changed(root, ['--base', 'HEAD']);
    // x and y are now taken up by no project; z still is, by 2026-a, which did not change.
    expect(problems(r.json)).toEqual([
      `${V}/vraag-x.md taken-up-unlisted`,
      `${V}/vraag-y.md taken-up-unlisted`,
    ]);
    expect(r.json?.files).toBe(4); // 2026-c, vraag-x, vraag-y and vraag-z
  });

  it('combines with paths: both must hold', async () => {
    const root = repository();
    write(root, `${P}/2026-c.md`, project('2026-c', 'gebied: Nergenshuizen\n'));
    write(root, 'knowledge/kennisvragen/hoe-dan.md', '---\nid: hoe-dan\n---\n');
    const r = await kwp(['validate', '--kb', root, '--format', 'json', '--changed', join(root, P)]);
    const json = JSON.parse(r.stdout) as ValidateJson;
    expect(json.files).toBe(1);
    expect(problems(json)).toEqual([`${P}/2026-c.md unknown-vocabulary`]);
  });
});
