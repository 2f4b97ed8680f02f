// The real `kwp` process: exit codes as a shell or CI sees them, and no stack traces.
import { describe, expect, it } from 'vitest';
import { kwpProcess, makeKb, project, REPO, tempDir } from '../helpers/kb.js';

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
