// The manager's import and dry run, as a brand manager uses them: a file of rule sets is previewed, imported all at
// once and then coaches the reply box of a helpdesk; a broken file says what is wrong and changes nothing; the dry run
// reads thousands of past replies in a worker and counts, per rule, the replies it would flag; Cancel stops it.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from './helpers/extension';
import { SiteCoach } from './sites/extension';

/** The 4,500 shared past replies: not part of the repository (their licence), read from ../shared/data/ beside it. */
const SHARED_REPLIES = resolve(import.meta.dirname, '../../../shared/data/twcs-brand-replies.jsonl');
const TICKET = 'https://acme.freshdesk.com/a/tickets/1';
const BOX = '.fr-element.fr-view';

/** Two sets in one export file; "acme-voice" flags "utilise", which no built-in set does. */
const EXPORT = {
  ruleSets: [
    {
      id: 'acme-voice',
      name: 'Acme voice',
      version: 1,
      rules: [
        {
          id: 'say-use',
          kind: 'substitution',
          category: 'clarity',
          severity: 'warning',
          message: 'Say "{prefer}".',
          swap: { utilise: 'use' },
        },
        {
          id: 'no-kindly',
          kind: 'phrase',
          category: 'tone',
          severity: 'suggestion',
          message: '"{match}" sounds stiff.',
          phrases: ['kindly'],
        },
      ],
    },
    {
      id: 'acme-email',
      name: 'Acme e-mail',
      version: 1,
      rules: [
        {
          id: 'no-dear-sir',
          kind: 'phrase',
          category: 'tone',
          severity: 'warning',
          message: 'Use their name.',
          phrases: ['dear sir'],
        },
      ],
    },
  ],
};

const file = (name: string, data: unknown) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(typeof data === 'string' ? data : JSON.stringify(data, null, 2)),
});

async function openManager(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.locator('[data-tc="manager"]')).toBeVisible();
  await expect(page.locator('[data-tc="rule-set"]').first()).toBeVisible();
  return page;
}

const listedSets = (page: Page): Promise<string[]> =>
  page
    .locator('[data-tc="rule-set"]')
    .evaluateAll((els) => els.map((e) => `${e.getAttribute('data-origin')}:${e.getAttribute('data-id')}`));

test.describe('manager: import', () => {
  test('an imported file is previewed, imported whole, and its rules coach the Freshdesk reply box', async ({
    context,
    extensionId,
    page,
    serve,
  }) => {
    await context.route('chrome-extension://**', (route) => route.continue());
    const manager = await openManager(context, extensionId);
    await manager.locator('[data-tc="import-file"]').setInputFiles(file('acme.json', EXPORT));

    const preview = manager.locator('[data-tc="import-preview"]');
    await expect(preview).toBeVisible();
    await expect(preview.locator('[data-tc="import-item"][data-id="acme-voice"][data-action="add"]')).toContainText(
      'Add "Acme voice" (acme-voice), a new rule set with 2 rules.',
    );
    await expect(preview.locator('[data-tc="import-item"][data-id="acme-email"][data-action="add"]')).toBeVisible();
    // Nothing is written before the confirmation.
    await expect(manager.locator('[data-tc="rule-set"][data-origin="user"]')).toHaveCount(0);

    await manager.locator('[data-tc="import-confirm"]').click();
    await expect(preview).toHaveCount(0);
    await expect(manager.locator('[data-tc="rule-set"][data-id="acme-voice"][data-origin="user"]')).toBeVisible();
    await expect(manager.locator('[data-tc="rule-set"][data-id="acme-email"][data-origin="user"]')).toBeVisible();
    await expect(manager.locator('[data-tc="error"]')).toHaveCount(0);

    // Importing the file again replaces the sets; the preview says the rules stay the same.
    await manager.locator('[data-tc="import-file"]').setInputFiles(file('acme.json', EXPORT));
    await expect(preview.locator('[data-tc="import-item"][data-id="acme-voice"][data-action="replace"]')).toContainText(
      'its rules stay the same',
    );
    await manager.locator('[data-tc="import-cancel"]').click();
    await expect(preview).toHaveCount(0);

    const coach = new SiteCoach(page);
    await coach.open(serve, TICKET, 'freshdesk');
    await coach.typeIn(BOX, 'Please utilise the reset link we sent you.');
    await coach.openPanel(coach.badges.first());
    await expect(
      coach.panel.locator('[data-tc="finding"][data-rule-set="acme-voice"][data-rule="say-use"]'),
    ).toHaveCount(1);
  });

  test('a file at an https address is downloaded and previewed; an address that fails says why', async ({
    context,
    extensionId,
  }) => {
    await context.route('chrome-extension://**', (route) => route.continue());
    // A CDN that lets any page read its files (CORS), as CDNs and GitHub do.
    await context.route('https://cdn.example.com/**', (route) =>
      route.fulfill({
        headers: { 'access-control-allow-origin': '*' },
        contentType: 'application/json',
        ...(route.request().url().endsWith('/acme.json')
          ? { body: JSON.stringify(EXPORT) }
          : { status: 404, body: 'Not found' }),
      }),
    );
    const manager = await openManager(context, extensionId);
    const address = manager.locator('[data-tc="import-url"]');
    await address.fill('http://cdn.example.com/acme.json');
    await manager.locator('[data-tc="import-fetch"]').click();
    await expect(manager.locator('[data-tc="import"] [data-tc="error"]')).toHaveText(
      'Only secure addresses (https://) can be imported; "http://cdn.example.com/acme.json" starts with http://',
    );
    await address.fill('https://cdn.example.com/gone.json');
    await manager.locator('[data-tc="import-fetch"]').click();
    await expect(manager.locator('[data-tc="import"] [data-tc="error"]')).toContainText(
      'could not be downloaded: the site answered 404',
    );
    await address.fill('https://cdn.example.com/acme.json');
    await manager.locator('[data-tc="import-fetch"]').click();
    const preview = manager.locator('[data-tc="import-preview"]');
    await expect(preview).toContainText('From https://cdn.example.com/acme.json');
    await expect(preview.locator('[data-tc="import-item"]')).toHaveCount(2);
    await expect(manager.locator('[data-tc="import"] [data-tc="error"]')).toHaveCount(0);
    await manager.locator('[data-tc="import-confirm"]').click();
    await expect(manager.locator('[data-tc="rule-set"][data-origin="user"]')).toHaveCount(2);
  });

  test('a broken file lists every problem, offers nothing to import and changes nothing', async ({
    context,
    extensionId,
  }) => {
    await context.route('chrome-extension://**', (route) => route.continue());
    const manager = await openManager(context, extensionId);
    const before = await listedSets(manager);
    const broken = {
      ruleSets: [
        EXPORT.ruleSets[1],
        {
          ...EXPORT.ruleSets[0],
          rules: [
            { ...EXPORT.ruleSets[0]!.rules[0], kind: 'telepathy' },
            { ...EXPORT.ruleSets[0]!.rules[1], id: 'say-use' },
          ],
        },
      ],
    };
    await manager.locator('[data-tc="import-file"]').setInputFiles(file('broken.json', broken));
    const errors = manager.locator('[data-tc="import"] [data-tc="error"]');
    await expect(errors.first()).toBeVisible();
    const problems = await errors.allTextContents();
    expect(problems.length).toBeGreaterThanOrEqual(2);
    expect(problems.some((p) => /unknown kind "telepathy"/.test(p))).toBe(true);
    expect(problems.some((p) => /"say-use" is already used/.test(p))).toBe(true);
    await expect(manager.getByText('"broken.json" cannot be imported, so nothing was changed.')).toBeVisible();
    await expect(manager.locator('[data-tc="import-preview"]')).toHaveCount(0);
    await expect(manager.locator('[data-tc="import-confirm"]')).toHaveCount(0);

    // Not JSON at all: the line and column of the mistake.
    await manager.locator('[data-tc="import-text"]').fill('{ "id": "x", }');
    await manager.locator('[data-tc="import-paste"]').click();
    await expect(errors).toHaveCount(1);
    await expect(errors).toContainText('not valid JSON at line 1');

    await manager.reload();
    await expect(manager.locator('[data-tc="rule-set"]').first()).toBeVisible();
    expect(await listedSets(manager)).toEqual(before);
  });

  test('a set with the id of a built-in one is refused when imported, and nothing is written', async ({
    context,
    extensionId,
  }) => {
    await context.route('chrome-extension://**', (route) => route.continue());
    const manager = await openManager(context, extensionId);
    const before = await listedSets(manager);
    const clash = { ruleSets: [EXPORT.ruleSets[1], { ...EXPORT.ruleSets[0], id: 'social-care' }] };
    await manager.locator('[data-tc="import-file"]').setInputFiles(file('clash.json', clash));
    await expect(manager.locator('[data-tc="import-preview"]')).toBeVisible();
    await manager.locator('[data-tc="import-confirm"]').click();
    await expect(manager.locator('[data-tc="import"] [data-tc="error"]')).toContainText(
      '"social-care" is the id of a built-in rule set',
    );
    await manager.reload();
    await expect(manager.locator('[data-tc="rule-set"]').first()).toBeVisible();
    expect(await listedSets(manager)).toEqual(before); // not even the other set of the file
  });
});

test.describe('manager: dry run', () => {
  test('the 4,500 shared replies: per rule, the replies it would flag (needs ../shared/data/)', async ({
    context,
    extensionId,
  }) => {
    test.skip(
      !existsSync(SHARED_REPLIES),
      'needs ../shared/data/twcs-brand-replies.jsonl beside the repository (not part of it: its licence)',
    );
    await context.route('chrome-extension://**', (route) => route.continue());
    const manager = await openManager(context, extensionId);
    // The active sets are chosen by default: the three built-in ones.
    await expect(manager.locator('[data-tc="dry-run-set"]:checked')).toHaveCount(3);
    await manager.locator('[data-tc="dry-run-file"]').setInputFiles(SHARED_REPLIES);
    const results = manager.locator('[data-tc="dry-run-results"]');
    await expect(results).toBeVisible({ timeout: 60_000 });
    const status = manager.locator('[data-tc="dry-run-status"][data-state="done"]');
    await expect(status).toHaveAttribute('data-replies', '4500');
    await expect(status).toContainText('4,500 replies from "twcs-brand-replies.jsonl" checked in');
    test.info().annotations.push({
      type: 'dry run of 4,500 replies',
      description: `${await status.getAttribute('data-ms')} ms`,
    });

    const rows = results.locator('[data-tc="dry-run-rule"]');
    expect(await rows.count()).toBeGreaterThan(10); // every rule of the three sets has a row
    const counts = await rows.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-count'))));
    expect(counts[0]).toBeGreaterThan(100);
    expect(counts.every((n) => n >= 0 && n <= 4500)).toBe(true);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts); // most flagged first
    // The top rule's examples show the flagged words.
    const top = rows.first();
    await top.locator('summary').click();
    await expect(top.locator('[data-tc="dry-run-example"]')).toHaveCount(3);
    await expect(top.locator('[data-tc="dry-run-example"] mark').first()).toBeVisible();
    await expect(top.locator('td').nth(1)).toHaveText(/^(\d+(\.\d)?|<0\.1)%$/);
  });

  test('Cancel stops a run: the worker ends and the page says so', async ({ context, extensionId }) => {
    await context.route('chrome-extension://**', (route) => route.continue());
    const manager = await openManager(context, extensionId);
    // 40,000 replies: long enough to be cancelled midway on any machine.
    const lines = Array.from({ length: 40_000 }, (_, i) =>
      JSON.stringify({ id: i + 1, text: `@cust${i} Kindly call our 800 number about order ${i}, we apologise!!` }),
    ).join('\n');
    await manager
      .locator('[data-tc="dry-run-file"]')
      .setInputFiles({ name: 'many.jsonl', mimeType: 'application/x-ndjson', buffer: Buffer.from(lines) });
    const status = manager.locator('[data-tc="dry-run-status"]');
    await expect(status).toContainText(/Checking "many\.jsonl": [1-9][\d,]* replies so far/);
    await expect(manager.locator('[data-tc="dry-run-progress"]')).toBeVisible();
    expect(manager.workers().length).toBeGreaterThan(0); // the engine runs off the page's thread
    await manager.locator('[data-tc="dry-run-cancel"]').click();
    await expect(status).toHaveAttribute('data-state', 'cancelled');
    await expect(status).toContainText(/^Cancelled after [\d,]+ replies; nothing was kept\.$/);
    await expect(manager.locator('[data-tc="dry-run-progress"]')).toHaveCount(0);
    await expect(manager.locator('[data-tc="dry-run-results"]')).toHaveCount(0);
    // The worker is gone, so no result can arrive later; the file can be run again.
    await expect.poll(() => manager.workers().length).toBe(0);
    await expect(manager.locator('[data-tc="dry-run-start"]')).toBeEnabled();
  });
});
