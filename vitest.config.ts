import os from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Vite's warnings (here only that @actions/workflow-parser's source maps name sources it does
  // not ship) are noise in test output; errors still show.
  logLevel: 'error',
  test: {
    include: ['__tests__/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // One test file per core: most of the suite waits on child processes (dist/, git, real
    // tools), so Vitest's default of one worker fewer than the cores leaves a 2-core runner half idle.
    maxWorkers: os.availableParallelism(),
    reporters: ['default', './__tests__/helpers/summary-reporter.ts'],
    // @actions/workflow-parser imports its JSON schemas without `with { type: 'json' }`, which
    // Node refuses; Vite's transform loads them.
    server: { deps: { inline: ['@actions/workflow-parser'] } },
  },
});
