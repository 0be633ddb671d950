import { defineConfig } from '@playwright/test';

// One worker: these machines have 2 cores and each test runs a whole Chromium with the extension. Two workers
// (TC_E2E_WORKERS=2) were tried in CI on 2026-11-26: the "badge within a second" checks then missed their second
// under the contention (Quill, twice), so CI stays at one until those checks are made independent of load.
const workers = Number(process.env.TC_E2E_WORKERS ?? 1);

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
