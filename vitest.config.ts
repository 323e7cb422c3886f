import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    // The WebSocket fuzz test compares the heap after a forced collection.
    execArgv: ['--expose-gc'],
    testTimeout: 20_000,
  },
});
