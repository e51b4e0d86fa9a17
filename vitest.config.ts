import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // End-to-end tests run the bundle in child processes against the local GitHub stand-in, and the
    // real client paces GraphQL calls and writes as GitHub asks (about 1 s apart). On a loaded 2-core
    // machine a run of the weekly report over 1000 experiments can take half a minute: the limits
    // leave room for that, so a slow machine does not read as a failure.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    maxWorkers: 2,
  },
});
