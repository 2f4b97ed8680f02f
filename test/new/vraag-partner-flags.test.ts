// `kwp new vraag` and `kwp new partner` from flags: the file, what is printed, --dry-run, values read
// back, a file that validates at once, and every bad value refused with exit 2 before anything is written.
import { describe, expect, it } from 'vitest';
import { FIXED_NOW, kwp } from '../helpers/kb.js';
import { changes, exampleKb, expectValid, R, readBack, snapshot, V } from './helpers.js';

// The in-process kwp sees the helper's fixed clock.
const now = FIXED_NOW;
const TODAY = [now.getFullYear(), now.getMonth() + 1, now.getDate()]
  .map((n) => String(n).padStart(2, '0'))
  .join('-');

describe('kwp new vraag --yes (flags)', () => {
  it('registers a question with only --question, printing the path; it validates at once', async () => {
    const root = exampleKb();
    const before = snapshot(root);
    const { code, stdout, stderr } = await kwp([
      'new',
      'vraag',
      '--kb',
      root,
      '--question',
      'Wie maait het gras?',
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe(`${V}/wie-maait-het-gras.md\n`);
    expect(changes(before, snapshot(root)).added).toEqual([`${V}/wie-maait-het-gras.md`]);
    expect(readBack(root, `${V}/wie-maait-het-gras.md`).data).toMatchObject({
      id: 'wie-maait-het-gras',
      vraag: 'Wie maait het gras?',
      status: 'open',
      ingediend: TODAY,
    });
    await expectValid(root);
  });

  it('writes every flag, read back as given, with --json {"id","path"}', async () => {
    const root = exampleKb();
    const { code, stdout } = await kwp([
      'new',
      'vraag',
      '--kb',
      root,
      '--question',
      'Hoe "koel" blijft de route: ook # in de zomer?',
      '--source',
      'tijdens-project',
      '--project',
      '2024-hittekaart-rivierenwijk',
      '--owner',
      'Naima El Idrissi <n.elidrissi@example.org>',
      '--theme',
      'duurzaamheid',
      '--area',
      'Rivierenwijk',
      '--json',
    ]);
    expect(code).toBe(0);
    const { id, path } = JSON.parse(stdout) as { id: string; path: string };
    expect(path).toBe(`${V}/${id}.md`);
    expect(readBack(root, path).data).toMatchObject({
      id,
      vraag: 'Hoe "koel" blijft de route: ook # in de zomer?',
      bron: 'tijdens-project',
      project: '2024-hittekaart-rivierenwijk',
      vraageigenaar: { naam: 'Naima El Idrissi', email: 'n.elidrissi@example.org' },
      thema: ['duurzaamheid'],
      gebied: 'Rivierenwijk',
    });
    await expectValid(root);
  });

  it('--dry-run prints the file and writes nothing', async () => {
    const root = exampleKb();
    const before = snapshot(root);
    const { code, stdout } = await kwp(['new', 'vraag', '--kb', root, '--question', 'Proef?', '--dry-run']);
    expect(code).toBe(0);
    expect(stdout).toContain(`${V}/proef.md`);
    expect(stdout).toContain('vraag: Proef?\nstatus: open\n');
    expect(snapshot(root)).toEqual(before);
  });

  it.each([
    [[], ['--question']],
    [['--question', ' '], ['--question']],
    [['--question', 'Q?', '--source', 'evaluatie'], ['--project']],
  ])('names each missing flag: %j', async (flags, missing) => {
    const root = exampleKb();
    const before = snapshot(root);
    const { code, stderr } = await kwp(['new', 'vraag', '--kb', root, ...flags]);
    expect(code).toBe(2);
    for (const flag of missing) expect(stderr).toContain(flag);
    expect(snapshot(root)).toEqual(before);
  });

  it('refuses values outside the lists with the allowed values, and unknown projects with a suggestion', async () => {
    const root = exampleKb();
    const before = snapshot(root);
    const { code, stderr } = await kwp([
      'new',
      'vraag',
      '--kb',
      root,
      '--question',
      'Q?',
      '--source',
      'bellen',
      '--theme',
      'duurzaam',
      '--area',
      'Atlantis',
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain('intake, tijdens-project, evaluatie');
    expect(stderr).toContain('Bedoel je "duurzaamheid"?');
    expect(stderr).toContain('Binnenstad, Havenkwartier, Rivierenwijk');
    // An unknown source is one problem, not also a "missing --project".
    expect(stderr).not.toContain('--project');
    const project = await kwp([
      ...['new', 'vraag', '--kb', root, '--question', 'Q?'],
      ...['--source', 'evaluatie', '--project', '2024-hittekaart-rivierenwjik'],
    ]);
    expect(project.code).toBe(2);
    expect(project.stderr).toContain('"2024-hittekaart-rivierenwijk"');
    expect(snapshot(root)).toEqual(before);
  });
});

describe('kwp new partner --yes (flags)', () => {
  it('registers a partner with every flag; it validates at once and reads back as given', async () => {
    const root = exampleKb();
    const before = snapshot(root);
    const { code, stdout } = await kwp([
      ...['new', 'partner', '--kb', root, '--name', 'Vakschool Zuid', '--group', 'onderwijs'],
      ...[
        '--level',
        'mbo',
        '--contact',
        'Jan Smit <j.smit@example.org>',
        '--website',
        'https://vakschool.example.org',
      ],
      '--json',
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ id: 'vakschool-zuid', path: `${R}/vakschool-zuid.md` });
    expect(changes(before, snapshot(root)).added).toEqual([`${R}/vakschool-zuid.md`]);
    expect(readBack(root, `${R}/vakschool-zuid.md`).data).toMatchObject({
      id: 'vakschool-zuid',
      naam: 'Vakschool Zuid',
      groep: 'onderwijs',
      niveau: 'mbo',
      aanspreekpunt: { naam: 'Jan Smit', email: 'j.smit@example.org' },
      website: 'https://vakschool.example.org',
    });
    await expectValid(root);
  });

  it('with only --name and --group prints the path; --dry-run writes nothing', async () => {
    const root = exampleKb();
    const before = snapshot(root);
    const dry = await kwp([
      'new',
      'partner',
      '--kb',
      root,
      '--name',
      'Bakkerij Rond',
      '--group',
      'ondernemers',
      '--dry-run',
    ]);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain(`${R}/bakkerij-rond.md`);
    expect(dry.stdout).toContain('naam: Bakkerij Rond\ngroep: ondernemers\n');
    expect(snapshot(root)).toEqual(before);
    const { code, stdout } = await kwp([
      'new',
      'partner',
      '--kb',
      root,
      '--name',
      'Bakkerij Rond',
      '--group',
      'ondernemers',
    ]);
    expect(code).toBe(0);
    expect(stdout).toBe(`${R}/bakkerij-rond.md\n`);
    await expectValid(root);
  });

  it('names each missing flag, refuses bad values with the allowed ones, and a partner already registered', async () => {
    const root = exampleKb();
    const before = snapshot(root);
    const missing = await kwp(['new', 'partner', '--kb', root]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--name.*--group/);
    const bad = await kwp([
      ...['new', 'partner', '--kb', root, '--name', 'X BV', '--group', 'bedrijven'],
      ...['--level', 'phd', '--website', 'geen-url', '--contact', 'Jan <geen-email>'],
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('ondernemers, onderwijs, bewoners, overheid, overig');
    expect(bad.stderr).toContain('vmbo, mbo, hbo, wo');
    expect(bad.stderr).toContain('--website');
    expect(bad.stderr).toContain('--contact');
    const twice = await kwp([
      'new',
      'partner',
      '--kb',
      root,
      '--name',
      'roc rivelde',
      '--group',
      'onderwijs',
    ]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain('staat al in het register');
    expect(snapshot(root)).toEqual(before);
  });
});
