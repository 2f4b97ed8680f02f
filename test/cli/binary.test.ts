// The real `kwp` process: exit codes as a shell or CI sees them, and no stack traces.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
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
