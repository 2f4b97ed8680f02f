// Bad input at the level of files: several megabytes, symlinks out of the knowledge base, folders
// and other files where records belong; and list/show on a knowledge base full of broken files.
import { execFileSync } from 'node:child_process';
import { existsSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kwp, kwpProcess, makeKb, project, tempDir } from '../helpers/kb.js';
import {
  expectNoCrash,
  FILE,
  fm,
  kapot,
  OTHER,
  positionsIn,
  processJson,
  requireBuild,
  validateBroken,
} from './shared.js';

const MB = 1024 * 1024;
const bigBody = () =>
  kapot('gebied: 0123').replace('Tekst.', 'Een regel tekst in de beschrijving.\n'.repeat(85_000));
const bigList = () =>
  kapot('gebied: 0123', 'thema:', Array<string>(200_000).fill('  - duurzaamheid').join('\n'));

describe('a file of several megabytes: file-too-large, and still checked otherwise', () => {
  it.each([
    ['a 3 MB body', bigBody],
    ['3 MB of frontmatter: a long list', bigList],
  ])('%s', async (_what, make) => {
    const text = make();
    expect(text.length).toBeGreaterThan(2.9 * MB);
    const { json } = await validateBroken({ [FILE]: text }, []);
    // The size first, then what the frontmatter says: the file is read and checked all the same.
    expect(positionsIn(json, FILE)).toEqual(['file-too-large 1:1', 'invalid-type 10:9']);
  });

  it('as the real process', () => {
    requireBuild();
    const lijst = bigList().replace('2026-kapot', '2026-lijst');
    const root = makeKb({ ...OTHER, [FILE]: bigBody(), 'knowledge/projecten/2026-lijst.md': lijst });
    const json = processJson(kwpProcess(['validate', '--format', 'json'], { cwd: root }));
    expect(positionsIn(json, FILE)).toEqual(['file-too-large 1:1', 'invalid-type 10:9']);
    expect(positionsIn(json, 'knowledge/projecten/2026-lijst.md')).toEqual([
      'file-too-large 1:1',
      'invalid-type 10:9',
    ]);
  });

  it('a long list of wrong values gives one diagnostic per value, without a stack overflow', async () => {
    const text = kapot('thema:', Array<string>(150_000).fill('  - onbekend-thema').join('\n'));
    const { json } = await validateBroken({ [FILE]: text }, [
      { file: FILE, rule: 'file-too-large', line: 1 },
    ]);
    expect(json.diagnostics.filter((d) => d.rule === 'unknown-vocabulary')).toHaveLength(150_000);
  });
});

describe.skipIf(process.platform === 'win32')('symlinks', () => {
  it('pointing outside the knowledge base: symlink-outside, the target never read', async () => {
    const outside = tempDir('kwp-buiten-');
    const secret = join(outside, 'geheim.md');
    writeFileSync(secret, project('geheim', 'vervolg_op: [geplant-buiten-probleem]\ngebied: 0999\n'));
    const root = makeKb(OTHER);
    const projecten = join(root, 'knowledge', 'projecten');
    symlinkSync('/etc/passwd', join(projecten, 'passwd.md'));
    symlinkSync(secret, join(projecten, 'geheim.md'));
    symlinkSync(relative(projecten, secret), join(projecten, 'relatief.md'));
    symlinkSync(outside, join(root, 'knowledge', 'kennisvragen')); // a whole folder elsewhere
    const { json } = await validateBroken({}, [], root);
    for (const name of ['passwd', 'geheim', 'relatief']) {
      expect(positionsIn(json, `knowledge/projecten/${name}.md`)).toEqual(['symlink-outside 1:1']);
    }
    expect(positionsIn(json, 'knowledge/kennisvragen')).toEqual(['symlink-outside 1:1']);
    expect(json.diagnostics).toHaveLength(5);
    const all = JSON.stringify(json);
    expect(all).not.toContain('geplant-buiten-probleem');
    expect(all).not.toContain('0999');
    expect(all).not.toContain('root:');
    const list = await kwp(['list', '--json', '--kb', root]);
    expect(list.code).toBe(0);
    expect(list.stdout).not.toContain('geplant-buiten-probleem');
    expect((JSON.parse(list.stdout) as { id: string }[]).map((r) => r.id)).toEqual(['2026-ander']);
  });

  it('pointing inside the knowledge base: followed as if the file were there', async () => {
    const root = makeKb({ ...OTHER, 'concepten/2026-binnen.md': project('2026-binnen') });
    symlinkSync(
      join(root, 'concepten', '2026-binnen.md'),
      join(root, 'knowledge', 'projecten', '2026-binnen.md'),
    );
    const { json } = await validateBroken({}, [], root);
    expect(json.diagnostics).toHaveLength(1); // only the other file's problem
    const show = await kwp(['show', '2026-binnen', '--json', '--kb', root]);
    expect(show.code).toBe(0);
    expect(JSON.parse(show.stdout)).toMatchObject({ titel: 'Project 2026-binnen' });
  });
});

describe('what does not belong in a record folder: unexpected-file', () => {
  it('folders and non-markdown files are reported, dotfiles are ignored silently', async () => {
    const files = {
      'knowledge/projecten/notes.txt': 'aantekeningen',
      'knowledge/projecten/foto.jpg': Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]),
      'knowledge/projecten/PROJECT.MD.bak': 'x',
      'knowledge/projecten/oud/2026-oud.md': project('2026-oud', 'vervolg_op: [geplant-in-map]\n'),
      'knowledge/projecten/map.md/leeg.txt': '',
      'knowledge/kennisvragen/bijlage.pdf': '%PDF-1.4',
      'knowledge/projecten/.gitkeep': '',
      'knowledge/projecten/.DS_Store': Buffer.from([0, 0, 0, 1]),
      'knowledge/projecten/.2026-ander.md.swp': 'b0VIM',
      'knowledge/partners/.gitkeep': '',
    };
    const { json } = await validateBroken(files, []);
    for (const path of [
      'knowledge/projecten/notes.txt',
      'knowledge/projecten/foto.jpg',
      'knowledge/projecten/PROJECT.MD.bak',
      'knowledge/projecten/oud',
      'knowledge/projecten/map.md',
      'knowledge/kennisvragen/bijlage.pdf',
    ]) {
      expect(positionsIn(json, path)).toEqual(['unexpected-file 1:1']);
    }
    const all = JSON.stringify(json);
    expect(all).not.toMatch(/\.gitkeep|DS_Store|\.swp|geplant-in-map/);
    expect(json.diagnostics).toHaveLength(7);
  });
});

describe('a named pipe called .md: reported, never opened (opening it would wait forever)', () => {
  it.skipIf(process.platform === 'win32')('as a file in the folder and as a link to one', async () => {
    const root = makeKb({ ...OTHER });
    const fifo = join(root, 'knowledge/projecten/2026-pijp.md');
    execFileSync('mkfifo', [fifo]);
    symlinkSync('2026-pijp.md', join(root, 'knowledge/projecten/2026-link.md'));
    const { json } = await validateBroken({}, [], root);
    for (const path of ['knowledge/projecten/2026-pijp.md', 'knowledge/projecten/2026-link.md']) {
      expect(positionsIn(json, path)).toEqual(['unexpected-file 1:1']);
      expect(json.diagnostics.find((d) => d.file === path)?.message).toMatch(/named pipe/);
    }
  });
});

describe('list and show on a knowledge base full of broken files', () => {
  const trace = join(tempDir(), 'pwned');
  const broken: Record<string, string | Uint8Array> = {
    'knowledge/projecten/2026-js.md': `---js\nrequire('fs').writeFileSync(${JSON.stringify(trace)}, '1'); process.exit(42)\n---\n`,
    'knowledge/projecten/2026-open.md': '---\nid: 2026-open\n',
    'knowledge/projecten/2026-leeg.md': '',
    'knowledge/projecten/2026-syntax.md': kapot('thema: [IT').replace('2026-kapot', '2026-syntax'),
    'knowledge/projecten/2026-lijst.md': fm(['- a']),
    'knowledge/projecten/2026-dubbel.md': kapot('titel: Twee').replace('2026-kapot', '2026-dubbel'),
    'knowledge/projecten/2026-anker.md': fm(['a: &a [x, x]', 'b: [*a, *a, *a]']),
    'knowledge/projecten/2026-diep.md': fm([`id: ${'['.repeat(10_000)}`]),
    'knowledge/projecten/2026-tab.md': fm(['team:', '\tonderwijs: [x]']),
    'knowledge/projecten/2026-utf8.md': Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xc3, 0x28, 0x0a]),
    'knowledge/projecten/2026-groot.md': bigBody().replace('2026-kapot', '2026-groot'),
    'knowledge/projecten/notes.txt': 'x',
    'knowledge/kennisvragen/kapotte-vraag.md': '---\nvraag: [open\n---\n',
    'knowledge/kennisvragen/goede-vraag.md': fm([
      'id: goede-vraag',
      'vraag: Werkt het?',
      'status: open',
      'bron: intake',
    ]),
    'knowledge/partners/kapotte-partner.md': '---toml\nnaam = "x"\n---\n',
    'knowledge/projecten/2026-goed.md': project('2026-goed'),
  };
  const root = makeKb({ ...OTHER, ...broken });
  const readable = ['2026-ander', '2026-goed', '2026-groot'];

  it('validate reports every broken file in one run', async () => {
    const { json } = await validateBroken({}, [], root);
    for (const path of Object.keys(broken).filter((p) => !/goed/.test(p))) {
      expect(json.diagnostics.some((d) => d.file === path)).toBe(true);
    }
  });

  it('list --json: exit 0, valid JSON of the readable records, the skipped ones said on stderr', async () => {
    requireBuild();
    for (const result of [
      await kwp(['list', '--json', '--kb', root]),
      kwpProcess(['list', '--json'], { cwd: root }),
    ]) {
      expectNoCrash(result);
      expect(result.code).toBe(0);
      const ids = (JSON.parse(result.stdout) as { id: string }[]).map((r) => r.id);
      expect(ids).toEqual(readable);
      // Every file it could not read is named on stderr, with its line and the reason.
      expect(result.stderr).toMatch(/^kwp: 13 bestanden niet te lezen/);
      // A file that is too large is still read (and counted): not named as unread.
      expect(result.stderr).not.toContain('2026-groot');
      for (const path of Object.keys(broken).filter((p) => !/goed|groot/.test(p)))
        expect(result.stderr).toMatch(new RegExp(`^  ${path.replace(/\./g, '\\.')}:\\d+:\\d+: \\S`, 'm'));
      expect(result.stdout).not.toContain('niet te lezen');
    }
    for (const kind of ['vragen', 'partners']) {
      const result = await kwp(['list', kind, '--json', '--kb', root]);
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout)).toEqual(
        kind === 'vragen' ? [expect.objectContaining({ id: 'goede-vraag' })] : [],
      );
      expect(result.stderr).toMatch(/13 bestanden niet te lezen/);
    }
    const table = await kwp(['list', '--kb', root]);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('2026-goed');
  });

  it('show: a readable record as usual; an unreadable one stops with exit 2, the file, line and reason', async () => {
    const good = await kwp(['show', '2026-goed', '--json', '--kb', root]);
    expect(good.code).toBe(0);
    expect(JSON.parse(good.stdout)).toMatchObject({ id: '2026-goed', keten: ['2026-goed'] });
    expect((await kwp(['show', '2026-goed', '--kb', root])).code).toBe(0);
    for (const id of ['2026-syntax', '2026-js', '2026-utf8']) {
      const result = await kwp(['show', id, '--json', '--kb', root]);
      expectNoCrash(result);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(
        new RegExp(`^kwp: Kan knowledge/projecten/${id}\\.md:\\d+:\\d+ niet lezen`),
      );
    }
    requireBuild();
    expect(kwpProcess(['show', '2026-js'], { cwd: root }).code).toBe(2);
    expect(existsSync(trace)).toBe(false);
  });
});
