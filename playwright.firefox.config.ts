import { defineConfig } from '@playwright/test';

// The Firefox run (tests/firefox/): Playwright's runner, the browser driven by Puppeteer over WebDriver BiDi. One
// worker and one Firefox for the whole run (reset before each test): a launch with the add-on costs seconds.
export default defineConfig({
  testDir: 'tests/firefox',
  testMatch: '**/*.spec.ts',
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 }, // as the Chromium run: no deadline shorter than this (see playwright.config.ts)
  reporter: [['list']],
  globalSetup: './tests/firefox/global-setup.ts',
});
