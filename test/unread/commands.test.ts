// Every command that reads the knowledge base, with a file it cannot read: it names the file on
// stderr (once, with line, column and reason) and carries on; or, when it cannot do its job without
// that file, it stops with exit 2 before it asks or writes anything.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakePrompter } from '../helpers/fake-prompter.js';
import { kwp, kwpProcess, project } from '../helpers/kb.js';
import { requireBuild } from '../bad-input/shared.js';
import { exampleKb, snapshot, changes } from '../new/helpers.js';
import { FULL } from '../new/project-answers.js';
import {
  BROKEN_PROJECT,
  brokenProject,
  expectNamed,
  expectStopped,
  kbWithBrokenProject,
  kbWithBrokenWerkplaats,
  PROJECT_AT,
  REASON_NL,
  WERKPLAATS_AT,
  watch,
} from './shared.js';

const PROJECT_FLAGS = [
  '--title',
  'Nieuw project',
  '--programme',
  'CDKM Test',
  '--question',
  'Wat werkt?',
  '--contact',
  'Ahmed Yilmaz <a.yilmaz@example.org>',
];
const VRAAG_FLAGS = ['--question', 'Wie betaalt?', '--source', 'intake'];
const PARTNER_FLAGS = ['--name', 'Stichting Nieuw', '--group', 'overig'];

describe('kwp show', () => {
  const root = kbWithBrokenProject();

  it('a readable record: shown, exit 0, the unread file named on stderr', async () => {
    expectNamed(await kwp(['show', '2026-goed', '--kb', root]), PROJECT_AT);
    const json = await kwp(['show', '2026-goed', '--json', '--kb', root]);
    expectNamed(json, PROJECT_AT);
    expect(JSON.parse(json.stdout)).toMatchObject({ id: '2026-goed' });
  });

  it('the record it cannot read: exit 2 with the reason, no empty record', async () => {
    expectStopped(await kwp(['show', '2026-kapot', '--kb', root]), PROJECT_AT);
    expectStopped(await kwp(['show', '2026-kapot', '--json', '--kb', root]), PROJECT_AT);
  });

  it('with a broken werkplaats.md: a record is shown, werkplaats.md named', async () => {
    expectNamed(await kwp(['show', '2026-goed', '--kb', kbWithBrokenWerkplaats()]), WERKPLAATS_AT);
  });

  it('the real binary: exit 2, the reason, nothing on stdout', () => {
    requireBuild();
    expectStopped(kwpProcess(['show', '2026-kapot'], { cwd: root }), PROJECT_AT);
  });
});

describe('kwp list', () => {
  it('names the unread file whatever kind is listed; --json keeps stdout JSON', async () => {
    const root = kbWithBrokenProject();
    for (const kind of ['projecten', 'vragen', 'partners']) {
      const result = await kwp(['list', kind, '--json', '--kb', root]);
      expectNamed(result, PROJECT_AT);
      expect(() => JSON.parse(result.stdout) as unknown).not.toThrow();
    }
    const table = await kwp(['list', '--kb', root]);
    expectNamed(table, PROJECT_AT);
    expect(table.stdout).toContain('2026-goed');
    expect(table.stdout).not.toContain('2026-kapot');
  });

  it('with a broken werkplaats.md: a plain list works and names it', async () => {
    const root = kbWithBrokenWerkplaats();
    expectNamed(await kwp(['list', '--kb', root]), WERKPLAATS_AT);
    expectNamed(await kwp(['list', '--status', 'lopend', '--kb', root]), WERKPLAATS_AT);
  });

  it.each([
    ['--theme', 'duurzaamheid'],
    ['--area', 'Binnenstad'],
    ['--programme', 'CDKM Test'],
  ])('%s is checked against its lists: without them, exit 2 naming werkplaats.md', async (flag, value) => {
    expectStopped(await kwp(['list', flag, value, '--kb', kbWithBrokenWerkplaats()]), WERKPLAATS_AT);
  });
});

describe('kwp new with a broken werkplaats.md: exit 2, nothing written, no question asked', () => {
  it.each([
    ['project', PROJECT_FLAGS],
    ['vraag', VRAAG_FLAGS],
    ['partner', PARTNER_FLAGS],
  ])('new %s, with flags and --yes, with flags alone, and interactively', async (kind, flags) => {
    const root = kbWithBrokenWerkplaats();
    const files = watch(root);
    expectStopped(await kwp(['new', kind, '--kb', root, ...flags, '--yes']), WERKPLAATS_AT, true);
    expectStopped(await kwp(['new', kind, '--kb', root, ...flags]), WERKPLAATS_AT, true);
    const prompter = fakePrompter([]);
    expectStopped(await kwp(['new', kind, '--kb', root], { prompter }), WERKPLAATS_AT, true);
    expect(prompter.asked).toEqual([]);
    files.unchanged();
  });

  it('new project --programme anything --yes (the issue): the werkplaats stops it, not the missing flags', async () => {
    const root = kbWithBrokenWerkplaats();
    const files = watch(root);
    const result = await kwp([
      'new',
      'project',
      '--kb',
      root,
      '--programme',
      'anything',
      '--title',
      'T',
      '--yes',
    ]);
    expectStopped(result, WERKPLAATS_AT, true);
    files.unchanged();
  });

  it('the real binary: exit 2, no file', () => {
    requireBuild();
    const root = kbWithBrokenWerkplaats();
    const files = watch(root);
    const result = kwpProcess(['new', 'project', ...PROJECT_FLAGS, '--programme', 'anything', '--yes'], {
      cwd: root,
    });
    expectStopped(result, WERKPLAATS_AT, true);
    files.unchanged();
  });
});

describe('kwp new with a broken project: written, and the file named', () => {
  it.each([
    ['project', PROJECT_FLAGS, 'knowledge/projecten/'],
    ['vraag', VRAAG_FLAGS, 'knowledge/kennisvragen/'],
    ['partner', PARTNER_FLAGS, 'knowledge/partners/'],
  ])('new %s --yes', async (kind, flags, folder) => {
    const root = kbWithBrokenProject();
    const before = snapshot(root);
    const result = await kwp(['new', kind, '--kb', root, ...flags, '--yes']);
    expectNamed(result, PROJECT_AT);
    const added = changes(before, snapshot(root)).added;
    expect(added).toHaveLength(1);
    expect(added[0]).toContain(folder);
    expect(result.stdout).toBe(`${added[0]}\n`);
  });
});

describe('registering a partner needs every partner file: a name can only be checked against those read', () => {
  const brokenPartner = 'knowledge/partners/kapotte-partner.md';
  const withBrokenPartner = () => {
    const root = exampleKb();
    writeFileSync(join(root, brokenPartner), '---\nnaam: [Kapot\ngroep: overheid\n---\n');
    return root;
  };

  it('new partner: exit 2, nothing written', async () => {
    const root = withBrokenPartner();
    const files = watch(root);
    const result = await kwp(['new', 'partner', '--kb', root, ...PARTNER_FLAGS, '--yes']);
    expectStopped(result, `${brokenPartner}:2:7`, true);
    files.unchanged();
  });

  it('new project, a partner typed in during the questions: exit 2, neither file written', async () => {
    const root = withBrokenPartner();
    const files = watch(root);
    const result = await kwp(['new', 'project', '--kb', root], { prompter: fakePrompter(FULL) });
    // Known only after the questions: the file was named when the knowledge base was read, and now stops it.
    expectStopped(result, `${brokenPartner}:2:7`, true, true);
    files.unchanged();
  });

  it('new project from flags registers no partner: written, the partner file named', async () => {
    const root = withBrokenPartner();
    const result = await kwp([
      'new',
      'project',
      '--kb',
      root,
      ...PROJECT_FLAGS.map((f) => (f === 'CDKM Test' ? 'CDKM Rivelde' : f)),
      '--yes',
    ]);
    expectNamed(result, `${brokenPartner}:2:7`);
  });
});

describe('kwp graph', () => {
  it('names the unread project, and a broken werkplaats.md; stdout is the graph alone', async () => {
    const result = await kwp(['graph', '--format', 'json', '--kb', kbWithBrokenProject()]);
    expectNamed(result, PROJECT_AT);
    expect(() => JSON.parse(result.stdout) as unknown).not.toThrow();
    expectNamed(await kwp(['graph', '--kb', kbWithBrokenWerkplaats()]), WERKPLAATS_AT);
  });
});

describe('kwp link', () => {
  const extra = {
    'knowledge/projecten/2026-los.md': project('2026-los'),
    'knowledge/projecten/2026-verder.md': project('2026-verder', 'vervolg_op: [2026-kapot]\n'),
  };

  it('the project to change cannot be read: exit 2, nothing changed', async () => {
    const root = kbWithBrokenProject(extra);
    const files = watch(root);
    expectStopped(
      await kwp(['link', '2026-kapot', '--follows', '2026-goed', '--kb', root]),
      PROJECT_AT,
      true,
    );
    files.unchanged();
  });

  it('the earlier project cannot be read: it may follow this one, so no cycle check: exit 2', async () => {
    const root = kbWithBrokenProject(extra);
    const files = watch(root);
    expectStopped(await kwp(['link', '2026-los', '--follows', '2026-kapot', '--kb', root]), PROJECT_AT, true);
    files.unchanged();
  });

  it('a project the earlier one builds on cannot be read: exit 2 as well', async () => {
    const root = kbWithBrokenProject(extra);
    const files = watch(root);
    expectStopped(
      await kwp(['link', '2026-los', '--follows', '2026-verder', '--kb', root]),
      PROJECT_AT,
      true,
    );
    files.unchanged();
  });

  it('a link that does not pass the unread file is made, and the file named', async () => {
    const root = kbWithBrokenProject(extra);
    const result = await kwp(['link', '2026-los', '--follows', '2026-goed', '--kb', root]);
    expectNamed(result, PROJECT_AT);
    expect(readFileSync(join(root, 'knowledge/projecten/2026-los.md'), 'utf8')).toContain('vervolg_op:');
    expectNamed(
      await kwp(['link', '2026-goed', '--follows', '2026-los', '--kb', kbWithBrokenWerkplaats(extra)]),
      WERKPLAATS_AT,
    );
  });
});

describe('kwp evaluate', () => {
  const flags = ['--conclusion', 'Het werkte.', '--date', '2026-07-01', '--yes'];

  it('the project cannot be read: exit 2, nothing changed', async () => {
    const root = kbWithBrokenProject();
    const files = watch(root);
    expectStopped(await kwp(['evaluate', '2026-kapot', '--kb', root, ...flags]), PROJECT_AT, true);
    files.unchanged();
  });

  it('another file cannot be read: evaluated, and the file named', async () => {
    for (const [root, at] of [
      [kbWithBrokenProject(), PROJECT_AT],
      [kbWithBrokenWerkplaats(), WERKPLAATS_AT],
    ] as const) {
      const result = await kwp(['evaluate', '2026-goed', '--kb', root, ...flags]);
      expectNamed(result, at);
      expect(readFileSync(join(root, 'knowledge/projecten/2026-goed.md'), 'utf8')).toContain('Het werkte.');
    }
  });
});

describe('what counts as unread', () => {
  it.each([
    ['not UTF-8', Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xc3, 0x28, 0x0a]), '1:1', 'geen geldige UTF-8'],
    ['no frontmatter', '# Alleen tekst\n', '1:1', 'frontmatter'],
    ['unclosed frontmatter', '---\nid: 2026-kapot\n', '1:1', 'niet afgesloten'],
    ['another fence language', '---toml\nid = "x"\n---\n', '1:1', '"toml"'],
    ['a list, not a mapping', '---\n- a\n---\n', '2:1', 'sleutels met waarden'],
    ['a duplicate key', '---\nid: a\nid: b\n---\n', '3:1', 'twee keer'],
  ])('%s: named with its line and reason', async (_what, content, at, reason) => {
    const root = kbWithBrokenProject();
    writeFileSync(join(root, BROKEN_PROJECT), content);
    const result = await kwp(['list', '--kb', root]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(new RegExp(`\\n  ${BROKEN_PROJECT}:${at}: [^\\n]*${reason}`));
  });

  it('a folder where records belong is named too; a readable knowledge base prints nothing extra', async () => {
    const root = kbWithBrokenProject();
    writeFileSync(join(root, BROKEN_PROJECT), brokenProject.replace('[Kapot', 'Heel'));
    expect((await kwp(['list', '--kb', root])).stderr).toBe('');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(root, 'knowledge/projecten/oud'));
    const result = await kwp(['list', '--kb', root]);
    expect(result.stderr).toMatch(/\n {2}knowledge\/projecten\/oud:1:1: \S/);
  });

  it('stderr names the same line and column as kwp validate', async () => {
    const root = kbWithBrokenProject();
    const validate = JSON.parse((await kwp(['validate', '--format', 'json', '--kb', root])).stdout) as {
      diagnostics: { file: string; line: number; column: number; message: string }[];
    };
    const d = validate.diagnostics.find((x) => x.file === BROKEN_PROJECT)!;
    expect(`${d.file}:${d.line}:${d.column}`).toBe(PROJECT_AT);
    expect((await kwp(['list', '--kb', root])).stderr).toContain(`${PROJECT_AT}: ${d.message}`);
    expect(d.message.startsWith(REASON_NL)).toBe(true);
    expect(existsSync(join(root, BROKEN_PROJECT))).toBe(true);
  });
});
