/**
 * `npm run test:e2e`: the workspace end to end, in Electron where its binary
 * is installed, otherwise in Debian's Chromium through the loopback bridge.
 * Each test gets its own notebook (e2e/fixtures.ts).
 */
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS } from '../electron/tooling/e2e-target';
import { target } from './target';

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../test-results',
  globalSetup: './global-setup.ts',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  forbidOnly: true,
  retries: 0,
  reporter: [['list']],
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    viewport: { width: 1280, height: 820 },
  },
  projects: [
    target.name === 'chromium'
      ? {
          name: 'chromium',
          use: { browserName: 'chromium', launchOptions: { executablePath: target.executable, args: CHROMIUM_ARGS } },
        }
      : { name: 'electron' },
  ],
});
