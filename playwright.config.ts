import { defineConfig } from '@playwright/test';

// Two workers on these 2-core machines. The tests wait for what the agent would see (expect's 10 s ceiling is only
// reached when something is wrong); how fast it comes is measured by `npm run bench:typing`, never by a deadline here,
// because a deadline in an end-to-end test measures the machine's load as much as the extension.
const workers = Number(process.env.TC_E2E_WORKERS ?? 2);

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  workers,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  globalSetup: './tests/e2e/global-setup.ts',
  projects: [
    { name: 'chromium', grepInvert: /enterprise policy/ },
    // Chromium watches its policy directory: every running browser of the run would take the policy file these
    // tests write, so they run alone, after all the others.
    { name: 'policy', grep: /enterprise policy/, dependencies: ['chromium'] },
  ],
});
