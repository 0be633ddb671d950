import { defineConfig } from '@playwright/test';

// Two workers on these 2-core machines: each test runs a whole Chromium with the extension, but most of a test is
// waiting (the check's pause after typing, the worker's answer), and one worker left a core idle most of the run.
// Locally one at a time unless TC_E2E_WORKERS says otherwise (developers run a few specs while working).
const workers = Number(process.env.TC_E2E_WORKERS ?? (process.env.CI ? 2 : 1));

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  workers,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  reporter: process.env.CI ? [['list']] : [['list']],
  globalSetup: './tests/e2e/global-setup.ts',
  projects: [
    { name: 'chromium', grepInvert: /enterprise policy/ },
    // Chromium watches its policy directory: every running browser of the run would take the policy file these
    // tests write, so they run alone, after all the others.
    { name: 'policy', grep: /enterprise policy/, dependencies: ['chromium'] },
  ],
});
