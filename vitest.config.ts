import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/{unit,dom,meta,integration}/**/*.test.{ts,tsx}'],
    environment: 'node',
    // The JSON report feeds .ci/run's closing "N passed, N failed" line.
    reporters: ['default', 'json'],
    outputFile: { json: '.tmp/vitest-unit.json' },
    benchmark: { include: ['test/bench/**/*.bench.ts'] },
  },
});
