// `--commit` for the cycle's commands, against real temporary git repositories: exactly the files
// the command wrote, in one commit with a message that says what happened; nothing at all when git
// refuses (a hook) or when other changes are already staged.
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kwp } from '../helpers/kb.js';
import {
  commitAll,
  commitCount,
  git,
  gitStatus,
  kbWith,
  lastCommit,
  projectPath,
  questionPath,
  useGitIdentity,
  watch,
} from './helpers.js';

useGitIdentity();

const repo = () => {
  const root = commitAll(kbWith());
  writeFileSync(join(root, 'notities.txt'), 'niet van kwp\n'); // untracked: must stay out
  return root;
};

const RUNNING = '2026-geldzaken-en-taal-zandveld';
const EVALUATE = [
  ...['--conclusion', 'Het werkt.', '--date', '2026-11-20'],
  ...['--new-question', 'Wie neemt het over?', '--new-question', 'Wat kost het?'],
];
const FROM_QUESTION = [
  ...['new', 'project', '--title', 'Signalen delen', '--programme', 'Leren met de Stad'],
  ...['--contact', 'Ahmed Yilmaz <a.yilmaz@example.org>', '--start', '2027-01-11'],
  ...['--from-question', 'geldzorgen-signalen-delen'],
];

describe('--commit', () => {
  it('kwp link commits exactly the project file', async () => {
    const root = repo();
    const id = '2026-samen-online-oosterpark';
    const { code, stderr } = await kwp([
      'link',
      '--kb',
      root,
      id,
      '--follows',
      '2024-eenzaamheid-ouderen-oosterpark',
      '--commit',
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(lastCommit(root)).toEqual({
      message: `kwp link: ${id} volgt op 2024-eenzaamheid-ouderen-oosterpark`,
      files: [projectPath(id)],
    });
    expect(commitCount(root)).toBe(2);
    expect(gitStatus(root)).toBe('?? notities.txt');
  });

  it('kwp link of an existing link commits nothing', async () => {
    const root = repo();
    const args = ['link', '--kb', root, RUNNING, '--follows', '2024-taalcafe-zandveld', '--commit'];
    expect((await kwp(args)).code).toBe(0);
    expect(commitCount(root)).toBe(1);
  });

  it('kwp evaluate commits the project file and the new question files in one commit', async () => {
    const root = repo();
    const { code, stderr } = await kwp(['evaluate', '--kb', root, RUNNING, ...EVALUATE, '--commit']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const questions = [questionPath('wat-kost-het'), questionPath('wie-neemt-het-over')];
    expect(lastCommit(root)).toEqual({
      message: `kwp evaluate: ${RUNNING} afgerond\n\n- ${questions[1]}\n- ${questions[0]}`,
      files: [...questions, projectPath(RUNNING)].sort(),
    });
    expect(commitCount(root)).toBe(2);
    expect(gitStatus(root)).toBe('?? notities.txt');
  });

  it('kwp new project --from-question commits the project and the question in one commit', async () => {
    const root = repo();
    const { code, stderr } = await kwp([...FROM_QUESTION, '--kb', root, '--commit']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const project = projectPath('2027-signalen-delen');
    expect(lastCommit(root)).toEqual({
      message: `kwp new project: 2027-signalen-delen\n\nSignalen delen\n\n- ${questionPath('geldzorgen-signalen-delen')}`,
      files: [questionPath('geldzorgen-signalen-delen'), project].sort(),
    });
    expect(commitCount(root)).toBe(2);
    expect(gitStatus(root)).toBe('?? notities.txt');
  });
});

describe('--commit that cannot be made: nothing written, nothing committed, nothing staged', () => {
  const refusingHook = (root: string) => {
    const hook = join(root, '.git', 'hooks', 'pre-commit');
    writeFileSync(hook, '#!/bin/sh\necho "hook zegt nee" >&2\nexit 1\n');
    chmodSync(hook, 0o755);
  };

  it.each([
    [
      'kwp link',
      (root: string) => ['link', '--kb', root, RUNNING, '--follows', '2024-hittekaart-rivierenwijk'],
    ],
    ['kwp evaluate', (root: string) => ['evaluate', '--kb', root, RUNNING, ...EVALUATE]],
    ['kwp new project --from-question', (root: string) => [...FROM_QUESTION, '--kb', root]],
  ])('%s, refused by a hook after writing', async (_, args) => {
    const root = repo();
    refusingHook(root);
    const files = watch(root);
    const { code, stdout, stderr } = await kwp([...args(root), '--commit']);
    expect(stderr).toMatch(/Git weigerde/);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    files.unchanged();
    expect(commitCount(root)).toBe(1);
    expect(gitStatus(root)).toBe('?? notities.txt');
  });

  it.each([
    [
      'kwp link',
      (root: string) => ['link', '--kb', root, RUNNING, '--follows', '2024-hittekaart-rivierenwijk'],
    ],
    ['kwp evaluate', (root: string) => ['evaluate', '--kb', root, RUNNING, ...EVALUATE]],
    ['kwp new project --from-question', (root: string) => [...FROM_QUESTION, '--kb', root]],
  ])('%s, with other changes already staged', async (_, args) => {
    const root = repo();
    git(root, 'add', 'notities.txt');
    const files = watch(root);
    const { code, stderr } = await kwp([...args(root), '--commit']);
    expect(code).toBe(2);
    expect(stderr).toContain('notities.txt');
    files.unchanged();
    expect(commitCount(root)).toBe(1);
    expect(gitStatus(root)).toBe('A  notities.txt');
  });
});
