// The real `kwp` process: exit codes as a shell or CI sees them, and no stack traces.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, kwpProcess, makeKb, project, REPO, tempDir } from '../helpers/kb.js';

describe('bin/kwp.js', () => {
  it('prints the version from package.json', async () => {
    const { code, stdout } = kwpProcess(['--version']);
    const { version } = (await import('../../package.json', { with: { type: 'json' } })).default;
    expect(code).toBe(0);
    expect(stdout.trim()).toBe(version);
  });

  it('exits 0 on the example knowledge base, 1 on problems, 2 without a knowledge base', () => {
    expect(kwpProcess(['validate'], { cwd: REPO }).code).toBe(0);
    const broken = makeKb({ 'knowledge/projecten/2026-a.md': project('2026-a', 'vervolg_op: [2026-b]\n') });
    const failed = kwpProcess(['validate', '--format', 'json'], { cwd: broken });
    expect(failed.code).toBe(1);
    expect(JSON.parse(failed.stdout).errors).toBe(1);
    const none = kwpProcess(['list'], { cwd: tempDir() });
    expect(none.code).toBe(2);
    expect(none.stderr).not.toMatch(/\n\s+at /);
  });

  it('shows help for every command, with an example', () => {
    for (const command of ['validate', 'list', 'show', 'schema']) {
      const { code, stdout } = kwpProcess([command, '--help']);
      expect(code).toBe(0);
      expect(stdout).toContain(`kwp ${command}`);
    }
    expect(kwpProcess(['--help']).stdout).toContain('validate');
  });
});

describe('bin/kwp.js in a clone that is not built yet', () => {
  // bin/ and package.json as a fresh clone has them, without dist/ (no `npm install` yet).
  const clone = tempDir('kwp-clone-');
  cpSync(join(REPO, 'bin'), join(clone, 'bin'), { recursive: true });
  cpSync(join(REPO, 'package.json'), join(clone, 'package.json'));
  const run = (args: string[], env: NodeJS.ProcessEnv = {}) =>
    spawnSync(process.execPath, [join(clone, 'bin', 'kwp.js'), ...args], {
      encoding: 'utf8',
      env: { ...process.env, KWP_LANG: '', ...env },
    });

  it('says what to run, with exit 2 and no stack trace, on Node 20 and 22+ alike', () => {
    // CI=1 takes the path without a code cache (dist/main.js), CI unset the Node 20 one (dist/kwp.cjs).
    for (const CI of ['', '1']) {
      const result = run(['validate', '--kb', REPO], { CI });
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe(
        `kwp: kwp is nog niet gebouwd (${clone}/dist ontbreekt). Draai \`npm install\` in ${clone}; dat bouwt kwp (of \`npm run build\` als de pakketten al geïnstalleerd zijn).\n`,
      );
    }
  });

  it('says it in English with --lang en or KWP_LANG=en', () => {
    for (const [args, env] of [
      [['list', '--lang', 'en'], {}],
      [['list', '--lang=en'], {}],
      [['list'], { KWP_LANG: 'en' }],
      [['list', '--lang', 'EN'], {}],
      [['list', '--lang=en-GB'], {}],
      [['list'], { KWP_LANG: 'en_US.UTF-8' }],
    ] as const) {
      const result = run([...args], env);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(
        /^kwp: kwp is not built yet \(.*\/dist is missing\)\. Run `npm install` in /,
      );
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('still answers --version', () => {
    const result = run(['--version']);
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('bin/kwp.js in a pipe', () => {
  it('ends quietly when the reader closes the pipe early (kwp … | head)', () => {
    // More output than a pipe holds (64 KB), so kwp is still writing when head has gone.
    const files: Record<string, string> = {};
    for (let i = 0; i < 400; i++) files[`knowledge/projecten/2026-p${i}.md`] = project(`2026-p${i}`);
    const root = makeKb(files);
    const result = spawnSync(
      'sh',
      ['-c', `"${process.execPath}" "${BIN}" list --json --kb "${root}" | head -c 10`],
      {
        encoding: 'utf8',
      },
    );
    expect(result.stderr).toBe('');
    expect(result.stdout.length).toBe(10);
  });
});
