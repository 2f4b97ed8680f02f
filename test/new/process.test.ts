// The real `kwp` process: it never waits for input when there is no terminal, and twenty processes
// creating the same project at the same moment get twenty files, none overwritten.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, kwpProcess } from '../helpers/kb.js';
import { assertBuilt, exampleKb, expectValid, newProject, P, readBack, snapshot } from './helpers.js';
import { PROCESS_GUARD_MS } from '../helpers/hang-guard.js';

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/**
 * Runs the binary with standard input a pipe that stays open and never gets a byte: a process that
 * waited for input would wait for ever, so it is killed after `timeoutMs` and the test fails.
 */
function runOpenStdin(
  args: string[],
  timeoutMs = PROCESS_GUARD_MS,
  env: NodeJS.ProcessEnv = {},
): Promise<Exit> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { PATH: process.env['PATH'], ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      child.stdin.destroy();
      resolve({ code, signal, stdout, stderr, ms: Date.now() - started });
    });
  });
}

beforeAll(() => assertBuilt());

describe('no terminal: never waits for input', () => {
  it.each([
    ['new project', ['new', 'project'], ['--title', '--programme', '--question', '--contact']],
    [
      'new project --status lopend',
      ['new', 'project', '--status', 'lopend'],
      ['--lead', '--start', '--end', '--content'],
    ],
    ['new vraag', ['new', 'vraag'], ['--question']],
    ['new partner', ['new', 'partner'], ['--name', '--group']],
  ])(
    'kwp %s with stdin open but silent: exit 2 at once, naming each missing flag',
    async (_, args, flags) => {
      const root = exampleKb();
      const before = snapshot(root);
      const result = await runOpenStdin([...args, '--kb', root]);
      expect(result.signal).toBeNull(); // not killed by the timeout
      expect(result.code).toBe(2);
      for (const flag of flags) expect(result.stderr).toContain(flag);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(result.stdout).toBe('');
      expect(snapshot(root)).toEqual(before);
    },
  );

  it('through spawnSync with a timeout: status 2, not a timeout', () => {
    const root = exampleKb();
    const result = kwpProcess(['new', 'project', '--kb', root, '--title', 'Geen terminal']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--programme');
  });

  it('with every value given, it writes without asking anything', async () => {
    const root = exampleKb();
    const result = await runOpenStdin(newProject(root, 'Zonder vragen', ['--json']));
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ path: expect.stringMatching(/zonder-vragen\.md$/) });
  });
});

describe('twenty processes at once', () => {
  it('with the same title: twenty distinct files, each valid and none overwritten', async () => {
    const root = exampleKb();
    const before = new Set(readdirSync(join(root, P)));
    const runs = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        runOpenStdin(
          newProject(root, 'Tegelijk', ['--start', '2026-03-01', '--question', `Vraag ${i}?`, '--json']),
          60_000,
        ),
      ),
    );
    for (const run of runs) {
      // A process that sees an earlier one's file says the title exists already (issue 12).
      expect(run.stderr).toMatch(/^(Let op: \S+ heeft dezelfde tekst \("Tegelijk"\)\. .*\n)?$/);
      expect(run.code).toBe(0);
    }
    const created = runs.map((r) => JSON.parse(r.stdout) as { id: string; path: string });
    const ids = created.map((c) => c.id);
    expect(new Set(ids).size).toBe(20);
    expect(ids).toContain('2026-tegelijk');
    for (const id of ids) expect(id).toMatch(/^2026-tegelijk(-([2-9]|1[0-9]|20))?$/);
    const now = readdirSync(join(root, P)).filter((name) => !before.has(name));
    expect(now.sort()).toEqual(created.map((c) => c.path.split('/').pop()).sort());
    // None overwritten: each file still holds what its own process wrote.
    const questions = new Set<string>();
    for (const { id, path } of created) {
      const { data } = readBack(root, path);
      expect(data['id']).toBe(id);
      expect(data['titel']).toBe('Tegelijk');
      questions.add(String(data['kennisvraag']));
    }
    expect(questions.size).toBe(20);
    expect(readdirSync(join(root, P)).filter((n) => n.startsWith('.'))).toEqual([]);
    await expectValid(root);
    expect(kwpProcess(['validate', '--kb', root]).code).toBe(0);
  });
});
