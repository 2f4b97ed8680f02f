// `kwp remove <id>`: refuses while another record refers to it (by id through the link table, or a
// partner by name), naming each; otherwise deletes the file, after asking in a terminal.
import { describe, expect, it } from 'vitest';
import { kwp } from '../helpers/kb.js';
import { fakePrompter } from '../helpers/fake-prompter.js';
import {
  commitAll,
  exampleKb,
  expectValid,
  git,
  gitStatus,
  projectPath,
  questionPath,
  useGitIdentity,
  watch,
} from '../cycle/helpers.js';

useGitIdentity();

const remove = (root: string, ...args: string[]) => kwp(['remove', '--kb', root, ...args]);

describe('kwp remove refuses while others refer to it (exit 2, nothing written)', () => {
  it('a project: each referring record with its key', async () => {
    const root = exampleKb();
    const files = watch(root);
    const { code, stdout, stderr } = await remove(root, '2024-hittekaart-rivierenwijk', '--yes');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      [
        'kwp: 2024-hittekaart-rivierenwijk kan niet weg: andere records verwijzen ernaar. Haal eerst die verwijzingen weg; er is niets veranderd.',
        `kwp: ${questionPath('koele-looproutes-ouderen')} (project)`,
        `kwp: ${projectPath('2025-groene-schoolpleinen-rivierenwijk')} (vervolg_op)`,
        '',
      ].join('\n'),
    );
    files.unchanged();
  });

  it('a question: kennisvragen and evaluatie.nieuwe_kennisvragen', async () => {
    const root = exampleKb();
    const { code, stderr } = await remove(root, 'koele-looproutes-ouderen', '--yes');
    expect(code).toBe(2);
    expect(stderr).toContain(
      `${projectPath('2024-hittekaart-rivierenwijk')} (evaluatie.nieuwe_kennisvragen)`,
    );
    expect(stderr).toContain(`${projectPath('2027-koele-routes-rivierenwijk')} (kennisvragen)`);
  });

  it('a partner named by projects (partners, begroting.dekking)', async () => {
    const root = exampleKb();
    const files = watch(root);
    const { code, stderr } = await remove(root, 'datalinde', '--yes', '--lang', 'en');
    expect(code).toBe(2);
    expect(stderr).toContain('datalinde cannot be removed: other records refer to it.');
    expect(stderr).toContain(
      `${projectPath('2025-digitale-buurtkamer-oosterpark')} (partners[].naam, begroting.dekking[].partner)`,
    );
    files.unchanged();
  });

  it('an unknown id, with the closest', async () => {
    const root = exampleKb();
    const { code, stderr } = await remove(root, 'jonge-mantelzorgers', '--yes');
    expect(code).toBe(2);
    expect(stderr).toContain('Bedoel je "jonge-mantelzorgers-hooilanden"?');
  });

  it('without a terminal and without --yes: asks for --yes', async () => {
    const root = exampleKb();
    const files = watch(root);
    const { code, stderr } = await remove(root, 'jonge-mantelzorgers-hooilanden');
    expect(code).toBe(2);
    expect(stderr).toContain('geef --yes');
    files.unchanged();
  });
});

describe('kwp remove deletes a record nothing refers to', () => {
  const id = 'jonge-mantelzorgers-hooilanden';

  it('--yes: the file is gone, the knowledge base stays valid', async () => {
    const root = exampleKb();
    const files = watch(root);
    const { code, stdout } = await remove(root, id, '--yes');
    expect(code).toBe(0);
    expect(stdout).toBe(`Verwijderd: ${questionPath(id)}\n`);
    expect(files.changed()).toEqual({ added: [], removed: [questionPath(id)], changed: [] });
    await expectValid(root);
  });

  it('--dry-run (also --json) writes nothing and asks nothing', async () => {
    const root = exampleKb();
    const files = watch(root);
    expect((await remove(root, id, '--dry-run')).stdout).toBe(
      `Zou verwijderen: ${questionPath(id)} (er is niets geschreven)\n`,
    );
    expect(JSON.parse((await remove(root, id, '--dry-run', '--json')).stdout)).toEqual({
      id,
      path: questionPath(id),
      dryRun: true,
    });
    files.unchanged();
  });

  it('in a terminal it asks first (Dutch, default: keep it); keeping keeps the file', async () => {
    const root = exampleKb();
    const files = watch(root);
    const no = fakePrompter([{ choose: 'Nee, laten staan' }]);
    const kept = await kwp(['remove', '--kb', root, id], { tty: true, prompter: no });
    expect(kept.code).toBe(0);
    expect(no.asked).toEqual([
      {
        kind: 'select',
        message: `${questionPath(id)} verwijderen?`,
        choices: ['Nee, laten staan', 'Ja, verwijderen'],
        default: false,
      },
    ]);
    files.unchanged();
    const yes = fakePrompter([{ choose: 'Ja, verwijderen' }]);
    expect((await kwp(['remove', '--kb', root, id], { tty: true, prompter: yes })).code).toBe(0);
    expect(files.changed().removed).toEqual([questionPath(id)]);
  });

  it('--commit: one commit that deletes the file', async () => {
    const root = commitAll(exampleKb());
    const { code } = await remove(root, id, '--yes', '--commit');
    expect(code).toBe(0);
    expect(gitStatus(root)).toBe('');
    expect(git(root, 'log', '-1', '--format=%s').trim()).toBe(`kwp remove: ${id}`);
    expect(git(root, 'show', '--name-status', '--format=', 'HEAD').trim()).toBe(`D\t${questionPath(id)}`);
  });
});
