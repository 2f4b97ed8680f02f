// git for the tests: real repositories, with a fixed identity and no configuration of the machine
// running the tests (no signing, no hooks) leaking in.
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll } from 'vitest';

export const GIT_IDENTITY = {
  GIT_AUTHOR_NAME: 'Test Persoon',
  GIT_AUTHOR_EMAIL: 'test@example.org',
  GIT_COMMITTER_NAME: 'Test Persoon',
  GIT_COMMITTER_EMAIL: 'test@example.org',
};

/** git in `cwd` with the test identity; with `day` (YYYY-MM-DD), commits are dated that day. */
export function git(cwd: string, args: string[], day?: string): string {
  const dated = day ? { GIT_AUTHOR_DATE: `${day}T12:00:00`, GIT_COMMITTER_DATE: `${day}T12:00:00` } : {};
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...GIT_IDENTITY, GIT_CONFIG_NOSYSTEM: '1', ...dated },
  });
}

/** In-process runs commit through simple-git, which hands process.env to git: give it an identity. */
export function useGitIdentity(): void {
  const saved: Record<string, string | undefined> = {};
  beforeAll(() => {
    for (const [key, value] of Object.entries(GIT_IDENTITY)) {
      saved[key] = process.env[key];
      process.env[key] = value;
    }
  });
  afterAll(() => {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });
}
