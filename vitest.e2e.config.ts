import { defineConfig } from 'vitest/config';

// Real-browser tests: the built extension in Debian Chromium via playwright-core.
// One browser at a time: this machine has two cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
