// `kwp rename <id> <new-id>` on a copy of the example knowledge base: the file, its id and every
// reference found through the link table change, each only in the id's characters; every other byte
// of the knowledge base stays. And each bad input of issue 14: exit 2, nothing written.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kwp } from '../helpers/kb.js';
import {
  commitAll,
  exampleKb,
  expectValid,
  git,
  gitStatus,
  projectPath,
  questionPath,
  snapshot,
  changes,
  text,
  useGitIdentity,
  watch,
  write,
} from '../cycle/helpers.js';

useGitIdentity();

const rename = (root: string, ...args: string[]) => kwp(['rename', '--kb', root, ...args]);

/**
 * Every file of the tree after the rename is the file before it with the old id swapped for the new
 * one where it is a reference (so swapping back gives the old bytes), and only the expected files changed.
 */
function expectOnlyIdsChanged(
  root: string,
  before: Map<string, string>,
  oldId: string,
  newId: string,
  oldPath: string,
  newPath: string,
  changed: string[],
  originals: Map<string, string>,
) {
  expect(changes(before, snapshot(root))).toEqual({
    added: [newPath],
    removed: [oldPath],
    changed: [...changed].sort(),
  });
  for (const path of [newPath, ...changed]) {
    const now = text(root, path);
    const was = originals.get(path === newPath ? oldPath : path)!;
    expect(now).not.toBe(was);
    expect(now.split(newId).join(oldId), path).toBe(was);
  }
}

function originalTexts(root: string, paths: string[]): Map<string, string> {
  return new Map(paths.map((p) => [p, text(root, p)]));
}

describe('kwp rename: the file, its id, every reference', () => {
  it('a project referred to by a question (project) and by a later project (vervolg_op)', async () => {
    const root = exampleKb();
    const oldId = '2024-hittekaart-rivierenwijk';
    const newId = '2024-hittekaart-rivierenwijk-zomer';
    const refs = [
      questionPath('koele-looproutes-ouderen'),
      projectPath('2025-groene-schoolpleinen-rivierenwijk'),
    ];
    const originals = originalTexts(root, [projectPath(oldId), ...refs]);
    const before = snapshot(root);
    const { code, stdout, stderr } = await rename(root, oldId, newId);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        `Hernoemd: ${projectPath(oldId)} → ${projectPath(newId)}`,
        `Verwijzing aangepast in ${refs[0]} (project)`,
        `Verwijzing aangepast in ${refs[1]} (vervolg_op)`,
        '',
      ].join('\n'),
    );
    expectOnlyIdsChanged(root, before, oldId, newId, projectPath(oldId), projectPath(newId), refs, originals);
    await expectValid(root);
    // The derived links follow: the later project follows the renamed one.
    const show = await kwp(['show', '--kb', root, newId, '--json']);
    expect(JSON.parse(show.stdout).vervolgd_door).toEqual(['2025-groene-schoolpleinen-rivierenwijk']);
  });

  it('a question in a block list (kennisvragen) and a flow list (evaluatie.nieuwe_kennisvragen); --json', async () => {
    const root = exampleKb();
    const oldId = 'koele-looproutes-ouderen';
    const newId = 'koele-routes-voor-ouderen';
    const refs = [projectPath('2024-hittekaart-rivierenwijk'), projectPath('2027-koele-routes-rivierenwijk')];
    const originals = originalTexts(root, [questionPath(oldId), ...refs]);
    const before = snapshot(root);
    const { code, stdout } = await rename(root, oldId, newId, '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      id: oldId,
      new_id: newId,
      path: questionPath(newId),
      changed: refs,
    });
    expectOnlyIdsChanged(
      root,
      before,
      oldId,
      newId,
      questionPath(oldId),
      questionPath(newId),
      refs,
      originals,
    );
    expect(text(root, refs[1]!)).toContain('kennisvragen:\n  - koele-routes-voor-ouderen\n');
    expect(text(root, refs[0]!)).toContain('nieuwe_kennisvragen: [koele-routes-voor-ouderen]');
    await expectValid(root);
  });

  it('a record without references: only its file and id; a reference to itself is renamed with it', async () => {
    const root = exampleKb();
    const id = '2026-jongeren-en-werk-havenkwartier';
    const own = text(root, projectPath(id));
    write(
      root,
      projectPath(id),
      own.replace(/^id: .*$/m, (line) => `${line}\nvervolg_op: [ ${id} ]  # zichzelf`),
    );
    const { code } = await rename(root, id, '2026-jongeren-werk');
    expect(code).toBe(0);
    const now = text(root, projectPath('2026-jongeren-werk'));
    expect(now).toContain('id: 2026-jongeren-werk\nvervolg_op: [ 2026-jongeren-werk ]  # zichzelf\n');
  });

  it('a partner: only its file and id; the projects that name it by name stay, and are told about', async () => {
    const root = exampleKb();
    const files = watch(root);
    const { code, stdout, stderr } = await rename(root, 'datalinde', 'datalinde-bv');
    expect(code).toBe(0);
    expect(stdout).toBe('Hernoemd: knowledge/partners/datalinde.md → knowledge/partners/datalinde-bv.md\n');
    expect(stderr).toContain('2 records noemen deze partner bij naam, niet bij id');
    expect(stderr).toContain('2025-digitale-buurtkamer-oosterpark, 2026-samen-online-oosterpark');
    expect(files.changed()).toEqual({
      added: ['knowledge/partners/datalinde-bv.md'],
      removed: ['knowledge/partners/datalinde.md'],
      changed: [],
    });
    await expectValid(root);
  });

  it('--dry-run shows each changed line and writes nothing', async () => {
    const root = exampleKb();
    const files = watch(root);
    const { code, stdout } = await rename(root, 'koele-looproutes-ouderen', 'koele-routes', '--dry-run');
    expect(code).toBe(0);
    expect(stdout).toContain(
      `Zou hernoemen: ${questionPath('koele-looproutes-ouderen')} → ${questionPath('koele-routes')}`,
    );
    expect(stdout).toContain('  10-   - koele-looproutes-ouderen\n  10+   - koele-routes\n');
    expect(stdout).toContain('(er is niets geschreven)');
    files.unchanged();
  });

  it('--commit: one commit in which git sees the rename', async () => {
    const root = commitAll(exampleKb());
    const { code } = await rename(root, '2024-hittekaart-rivierenwijk', '2024-hittekaart', '--commit');
    expect(code).toBe(0);
    expect(gitStatus(root)).toBe('');
    expect(git(root, 'log', '-1', '--format=%s').trim()).toBe(
      'kwp rename: 2024-hittekaart-rivierenwijk → 2024-hittekaart',
    );
    const status = git(root, 'show', '-M', '--name-status', '--format=', 'HEAD').trim().split('\n').sort();
    expect(status).toEqual(
      [
        `M\t${questionPath('koele-looproutes-ouderen')}`,
        `M\t${projectPath('2025-groene-schoolpleinen-rivierenwijk')}`,
        expect.stringMatching(
          new RegExp(
            `^R\\d+\\t${projectPath('2024-hittekaart-rivierenwijk')}\\t${projectPath('2024-hittekaart')}$`,
          ),
        ),
      ].sort((a, b) => String(a).localeCompare(String(b))),
    );
  });
});

describe('kwp rename refuses, writing nothing (exit 2)', () => {
  const cases: [string, string, string, RegExp][] = [
    [
      'an id that exists (of another kind)',
      '2024-hittekaart-rivierenwijk',
      'koele-looproutes-ouderen',
      /Id "koele-looproutes-ouderen" bestaat al \(knowledge\/kennisvragen\/koele-looproutes-ouderen\.md\)/,
    ],
    [
      'a malformed id, with the id it could be',
      '2024-hittekaart-rivierenwijk',
      '2024_Hittekaart',
      /"2024_Hittekaart" kan geen id zijn.*Bedoel je "2024-hittekaart"\?/,
    ],
    ['a malformed id: too short', '2024-hittekaart-rivierenwijk', 'ab', /"ab" kan geen id zijn/],
    ['a malformed id: a double hyphen', '2024-hittekaart-rivierenwijk', 'a--b', /"a--b" kan geen id zijn/],
    [
      'a reserved id: a folder',
      '2024-hittekaart-rivierenwijk',
      'kennisvragen',
      /"kennisvragen" is gereserveerd/,
    ],
    ['a reserved id: the werkplaats', 'datalinde', 'werkplaats', /"werkplaats" is gereserveerd/],
    ['a reserved id: a Windows device name', 'datalinde', 'aux', /"aux" is gereserveerd/],
    ['the same id', 'datalinde', 'datalinde', /hetzelfde als het oude \(datalinde\)/],
    [
      'an unknown id, with the closest',
      '2024-hittekaart-rivierenwyk',
      'x-y-z',
      /Er is geen record met id "2024-hittekaart-rivierenwyk"\. Bedoel je "2024-hittekaart-rivierenwijk"\?/,
    ],
  ];
  it.each(cases)('%s', async (_name, id, newId, message) => {
    const root = exampleKb();
    const files = watch(root);
    const { code, stdout, stderr } = await rename(root, id, newId);
    expect(stderr).toMatch(message);
    expect(stdout).toBe('');
    expect(code).toBe(2);
    files.unchanged();
  });

  it('in English', async () => {
    const root = exampleKb();
    const { code, stderr } = await rename(root, 'datalinde', 'partner', '--lang', 'en');
    expect(code).toBe(2);
    expect(stderr).toContain('"partner" is reserved');
  });

  it('an id two files claim', async () => {
    const root = exampleKb();
    write(
      root,
      'knowledge/kennisvragen/datalinde.md',
      '---\nid: datalinde\nvraag: Wie?\nstatus: open\n---\n',
    );
    const files = watch(root);
    const { code, stderr } = await rename(root, 'datalinde', 'datalinde-bv');
    expect(code).toBe(2);
    expect(stderr).toContain('Id "datalinde" staat in meer dan één bestand');
    files.unchanged();
  });

  it('a file kwp cannot read that names the id', async () => {
    const root = exampleKb();
    const broken = projectPath('2026-kapot');
    write(
      root,
      broken,
      '---\nid: 2026-kapot\ntitel: [Kapot\nvervolg_op: [2024-hittekaart-rivierenwijk]\n---\n',
    );
    const files = watch(root);
    const { code, stderr } = await rename(root, '2024-hittekaart-rivierenwijk', '2024-hittekaart');
    expect(code).toBe(2);
    expect(stderr).toContain(
      `${broken} kan niet gelezen worden en noemt "2024-hittekaart-rivierenwijk" misschien`,
    );
    files.unchanged();
    // One that does not name it is no reason to stop.
    expect((await rename(root, 'koele-looproutes-ouderen', 'koele-routes')).code).toBe(0);
  });

  it('a referring file kwp will not edit (a YAML anchor): nothing at all is written', async () => {
    const root = exampleKb();
    const path = questionPath('koele-looproutes-ouderen');
    write(
      root,
      path,
      text(root, path).replace(
        'project: 2024-hittekaart-rivierenwijk',
        'project: &p 2024-hittekaart-rivierenwijk',
      ),
    );
    const files = watch(root);
    const { code, stderr } = await rename(root, '2024-hittekaart-rivierenwijk', '2024-hittekaart');
    expect(code).toBe(2);
    expect(stderr).toContain(path);
    files.unchanged();
  });

  it('--commit with other changes staged: nothing written, nothing committed', async () => {
    const root = commitAll(exampleKb());
    writeFileSync(join(root, 'notitie.txt'), 'x');
    git(root, 'add', 'notitie.txt');
    const head = git(root, 'rev-parse', 'HEAD');
    const before = snapshot(root);
    const { code } = await rename(root, 'datalinde', 'datalinde-bv', '--commit');
    expect(code).toBe(2);
    expect(changes(before, snapshot(root))).toEqual({ added: [], removed: [], changed: [] });
    expect(git(root, 'rev-parse', 'HEAD')).toBe(head);
    expect(readFileSync(join(root, 'knowledge/partners/datalinde.md'), 'utf8')).toContain('id: datalinde\n');
  });
});
