import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Quiet Vite's sourcemap warnings about dependencies that ship maps without sources.
  logLevel: 'error',
  test: {
    include: ['test/**/*.test.ts'],
    // Contract and integration tests spawn built bundles and servers: give them room.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    reporters: ['default', './test/support/summary-reporter.ts'],
    // The workflow parser imports JSON without import attributes, which Node refuses; letting
    // Vite transform it (instead of Node loading it) makes it work under test.
    server: { deps: { inline: ['@actions/workflow-parser'] } },
  },
});
