import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{db,cli,electron,renderer,bench,tooling}/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
  },
});
