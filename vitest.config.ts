import { defineConfig } from 'vitest/config';
import { TEST_GUARD_MS } from './test/helpers/hang-guard.js';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Hang guards, not speed limits: see test/helpers/hang-guard.ts.
    testTimeout: TEST_GUARD_MS,
    hookTimeout: TEST_GUARD_MS,
  },
});
