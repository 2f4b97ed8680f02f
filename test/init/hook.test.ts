// The README's pre-commit hook, run as git runs it: with the kwp the werkplaats pins (after npm
// install) or the one on the PATH, and never anything downloaded when there is neither.
import { chmodSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GIT_IDENTITY } from '../helpers/git.js';
import { BIN, project, REPO, tempDir } from '../helpers/kb.js';
import { spawnSync } from 'node:child_process';
import { git, init } from './shared.js';

const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
const after = readme.slice(readme.indexOf('**The same check before each commit.**'));
const HOOK = /```sh\n(#!\/bin\/sh\n[\s\S]*?)```/.exec(after)![1]!;

/** A werkplaats with the hook installed and a broken project staged. */
async function staged(): Promise<string> {
  const cwd = tempDir('kwp-hook-');
  expect((await init(['--name', 'Zuid', '--programme', 'CDKM Test', '--yes'], { cwd })).code).toBe(0);
  writeFileSync(join(cwd, '.git', 'hooks', 'pre-commit'), HOOK);
  chmodSync(join(cwd, '.git', 'hooks', 'pre-commit'), 0o755);
  writeFileSync(
    join(cwd, 'knowledge', 'projecten', '2026-a.md'),
    project('2026-a', 'vervolg_op: [2026-nee]\n'),
  );
  git(cwd, ['add', '-A']);
  return cwd;
}

/** A folder with only what the hook needs besides kwp: sh, git, node (for kwp's own launcher). */
function pathWithout(): string {
  const bin = tempDir('kwp-path-');
  for (const tool of ['git', 'node', 'sh']) {
    const found = spawnSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).stdout.trim();
    symlinkSync(found, join(bin, tool));
  }
  return bin;
}

function commit(cwd: string, path: string) {
  return spawnSync('git', ['commit', '-qm', 'a'], {
    cwd,
    encoding: 'utf8',
    env: { PATH: path, HOME: cwd, ...GIT_IDENTITY, GIT_CONFIG_NOSYSTEM: '1' },
  });
}

describe("the README's pre-commit hook", () => {
  it('stops a commit with an error, using the kwp in node_modules', async () => {
    const cwd = await staged();
    mkdirSync(join(cwd, 'node_modules', '.bin'), { recursive: true });
    symlinkSync(BIN, join(cwd, 'node_modules', '.bin', 'kwp'));
    const result = commit(cwd, pathWithout());
    expect(result.status).not.toBe(0);
    expect(result.stdout + result.stderr).toContain('2026-nee');
    expect(git(cwd, ['log', '--format=%s'])).not.toContain('a\n');
  });

  it('uses kwp from the PATH when the werkplaats has not installed it', async () => {
    const cwd = await staged();
    const bin = pathWithout();
    symlinkSync(BIN, join(bin, 'kwp'));
    const result = commit(cwd, bin);
    expect(result.status).not.toBe(0);
    expect(result.stdout + result.stderr).toContain('2026-nee');
  });

  it('downloads nothing when there is no kwp at all: the commit stops, saying kwp is not found', async () => {
    const cwd = await staged();
    // an npx and npm that would "download" a kwp that passes everything, and note that they ran
    const bin = pathWithout();
    for (const tool of ['npx', 'npm']) {
      writeFileSync(join(bin, tool), `#!/bin/sh\necho ran > "${join(bin, `${tool}-ran`)}"\nexit 0\n`);
      chmodSync(join(bin, tool), 0o755);
    }
    const result = commit(cwd, bin);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/kwp: (not found|No such file)/);
    expect(existsSync(join(bin, 'npx-ran'))).toBe(false);
    expect(existsSync(join(bin, 'npm-ran'))).toBe(false);
  });
});
