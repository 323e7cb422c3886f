import { defineConfig } from '@playwright/test';
import { chromiumForTests } from './test/e2e/browser';

/** End-to-end tests drive web mode in the machine's Chromium (found, or installed once; see test/e2e/browser.ts). */
export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    viewport: { width: 1400, height: 860 },
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumForTests(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
