// The cycle's commands as the real `bin/kwp.js` process (needs `npm run build`): they never wait for
// input that cannot come, and a file that cannot be written is refused with a clear message, with
// nothing half-done left: no question file without its evaluation, no project without its question.
import { spawnSync } from 'node:child_process';
import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { handOver, isRoot, NOBODY } from '../helpers/users.js';
import { BIN, kwp, kwpProcess } from '../helpers/kb.js';
import { assertBuilt, ls } from '../new/helpers.js';
import { kbWith, P, projectPath, questionPath, V, watch } from './helpers.js';
import { PROCESS_GUARD_MS } from '../helpers/hang-guard.js';

const RUNNING = '2026-geldzaken-en-taal-zandveld';

describe('no terminal: never a prompt, never a hang', () => {
  it.each([
    [
      'evaluate of an evaluated project without --yes',
      ['evaluate', '2024-taalcafe-zandveld', '--conclusion', 'x'],
      'al geëvalueerd',
    ],
    ['evaluate without a conclusion', ['evaluate', RUNNING], 'minstens één conclusie'],
    ['link without --follows', ['link', RUNNING], '--follows'],
  ])('%s: exit 2 at once, nothing written', (_, args, message) => {
    assertBuilt();
    const root = kbWith();
    const files = watch(root);
    const result = kwpProcess([...args, '--kb', root]);
    expect(result.stderr).toContain(message);
    expect(result.code).toBe(2);
    files.unchanged();
  });

  it('a whole evaluation from flags works in a process, output paths relative to the kb', () => {
    assertBuilt();
    const root = kbWith();
    const result = kwpProcess(['evaluate', RUNNING, '--conclusion', 'Werkt.', '--new-question', 'Wat nu?'], {
      cwd: root,
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`${projectPath(RUNNING)}\n${questionPath('wat-nu')}\n`);
  });
});

/**
 * Root writes anywhere, so the real binary runs as `nobody`, in a knowledge base that belongs to
 * nobody except that `readOnly` is a folder nobody may write in.
 */
function asNobody(root: string, readOnly: string, args: string[]) {
  assertBuilt();
  handOver(root, NOBODY);
  chmodSync(root, 0o755);
  chmodSync(join(root, readOnly), 0o555);
  const result = spawnSync(process.execPath, [BIN, ...args, '--kb', root], {
    uid: NOBODY,
    gid: NOBODY,
    cwd: root,
    env: { PATH: process.env['PATH'], HOME: root },
    encoding: 'utf8',
    timeout: PROCESS_GUARD_MS,
  });
  chmodSync(join(root, readOnly), 0o755);
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

const expectRefused = (result: { code: number; stdout: string; stderr: string }, path: string) => {
  expect(result.stderr).toContain(`Kan ${path} niet schrijven (geen schrijfrechten in die map)`);
  expect(result.stderr).not.toContain('onverwachts'); // not an "internal error"
  expect(result.stderr).not.toMatch(/\n\s+at /);
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
};

describe('a file that cannot be written: exit 2, nothing left behind', () => {
  it.skipIf(!isRoot)('evaluate, projects folder read-only: the new question files are removed again', () => {
    const root = kbWith();
    const files = watch(root);
    const args = ['evaluate', RUNNING, '--conclusion', 'x', '--new-question', 'Blijft dit weg?'];
    expectRefused(asNobody(root, P, args), projectPath(RUNNING));
    files.unchanged();
    for (const folder of [P, V]) expect(ls(join(root, folder)).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it.skipIf(!isRoot)('--from-question, questions folder read-only: the new project is removed again', () => {
    const root = kbWith();
    const files = watch(root);
    const q = 'geldzorgen-signalen-delen';
    const args = [
      ...['new', 'project', '--title', 'Niet half', '--programme', 'Leren met de Stad'],
      ...['--contact', 'Ahmed Yilmaz <a.yilmaz@example.org>', '--from-question', q],
    ];
    expectRefused(asNobody(root, V, args), questionPath(q));
    files.unchanged();
    for (const folder of [P, V]) expect(ls(join(root, folder)).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it.skipIf(!isRoot)('link, projects folder read-only', () => {
    const root = kbWith();
    const files = watch(root);
    const args = ['link', '2026-samen-online-oosterpark', '--follows', '2024-taalcafe-zandveld'];
    expectRefused(asNobody(root, P, args), projectPath('2026-samen-online-oosterpark'));
    files.unchanged();
  });

  it.skipIf(isRoot)(
    'in-process, as a user that permissions stop: evaluate leaves no question file',
    async () => {
      const root = kbWith();
      const files = watch(root);
      chmodSync(join(root, P), 0o555);
      const result = await kwp([
        'evaluate',
        '--kb',
        root,
        RUNNING,
        '--conclusion',
        'x',
        '--new-question',
        'Weg?',
      ]);
      chmodSync(join(root, P), 0o755);
      expectRefused(result, projectPath(RUNNING));
      files.unchanged();
    },
  );
});
