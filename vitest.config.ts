import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{db,cli,electron,renderer,bench,tooling}/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 30_000,
    // The reliability suites bundle the CLI with esbuild before their first test: seconds on a busy machine.
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
