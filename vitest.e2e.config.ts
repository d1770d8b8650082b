import { defineConfig } from 'vitest/config';

// The E2E tier: real Chromium and Firefox with the built extension
// (.output/chrome-mv3, .output/firefox-mv2). Serial, one browser at a time.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // The JSON report feeds .ci/run's closing "N passed, N failed" line.
    reporters: ['default', 'json'],
    outputFile: { json: '.tmp/vitest-e2e.json' },
  },
});
