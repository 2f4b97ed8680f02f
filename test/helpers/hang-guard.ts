// How long a test may run before it counts as hung: the one place where tests name a time. These
// are guards against a test that would otherwise wait for ever (a prompt nobody answers, a browser
// that never loads), not measures of speed, so they are generous: a busy CI machine running every
// test file at once must never hit them. How fast kwp is belongs in `npm run bench`, not in a test.
// test/hang-guard.test.ts keeps tight timeouts and speed assertions out of the test files.

/** A whole test, or a hook (beforeAll, afterAll …): vitest.config.ts sets both. */
export const TEST_GUARD_MS = 600_000;

/** One child process (the real binary, git, npm, a browser page), or one wait for text on a screen. */
export const PROCESS_GUARD_MS = 300_000;

/**
 * Whether CI is running these tests (`CI` set, as GitHub Actions, GitLab CI and `.ci/run` set it;
 * `CI=false` or `CI=0` is not CI).
 */
export function inCi(env: NodeJS.ProcessEnv = process.env): boolean {
  const ci = env['CI']?.trim().toLowerCase();
  return ci !== undefined && ci !== '' && ci !== 'false' && ci !== '0';
}

/**
 * Whether to run tests that need a tool (Chromium, a pseudo-terminal): when the tool is there, and
 * always in CI, where a missing tool must fail the tests rather than skip them unseen.
 */
export function runsWith(toolFound: boolean, env: NodeJS.ProcessEnv = process.env): boolean {
  return toolFound || inCi(env);
}
