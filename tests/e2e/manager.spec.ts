// The rule-set manager and what it changes in a reply box: a set deleted and brought back, a subscription served at
// a real address that refreshes and survives a failing refresh, a set pushed by enterprise policy (locked, used by
// the agent's reply box), and a rule turned back on from the popup.
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { test, expect, EXTENSION_DIR } from './helpers/extension';
import { CANNED, Coach } from './helpers/coach';
import type { BrowserContext, Page } from '@playwright/test';

const REPLY_URL = 'https://secure.helpscout.net/conversation/7/1';
/** A rule no built-in set has: it flags "utilise", so a finding of it can only come from the set under test. */
const voiceSet = (name: string, severity = 'warning') => ({
  id: 'acme-voice',
  name,
  version: 1,
  rules: [
    {
      id: 'say-use',
      kind: 'substitution',
      category: 'clarity',
      severity,
      message: 'Say "{prefer}".',
      swap: { utilise: 'use' },
    },
  ],
});

async function openManager(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.locator('[data-tc="manager"]')).toBeVisible();
  await expect(page.locator('[data-tc="rule-set"]').first()).toBeVisible();
  return page;
}

/** Types a reply using "utilise" and waits for the finding of the test set's rule in the panel. */
async function findingOfVoiceSet(page: Page, serve: (url: string, html: string) => Promise<void>) {
  const coach = new Coach(page, { name: 'Textarea', fixture: 'textarea', url: REPLY_URL });
  await coach.open(undefined, serve);
  await coach.type('Please utilise the reset link we sent you.');
  await expect(coach.badge).toHaveAttribute('data-count', /^[1-9]/);
  await coach.openPanel();
  return { coach, finding: page.locator('tone-coach-ui [data-tc="finding"][data-rule-set="acme-voice"]') };
}

test.describe('the manager', () => {
  test('a deleted rule set comes back with Undo, exactly as it was', async ({ context, extensionId }) => {
    await context.route('chrome-extension://**', (route) => route.continue());
    const page = await openManager(context, extensionId);
    await page.locator('[data-tc="new-set"]').click();
    const mine = page.locator('[data-tc="rule-set"][data-origin="user"]');
    await expect(mine).toHaveCount(1);
    const id = await mine.getAttribute('data-id');
    await mine.locator('[data-tc="delete"]').click();
    await expect(mine).toHaveCount(0);
    await expect(page.locator('[data-tc="deleted"]')).toBeVisible();
    await page.locator('[data-tc="undo"]').click();
    await expect(mine).toHaveCount(1);
    await expect(mine).toHaveAttribute('data-id', id!);
    // Still there after a reload: it was written back to storage, not only shown.
    await page.reload();
    await expect(page.locator(`[data-tc="rule-set"][data-origin="user"][data-id="${id}"]`)).toHaveCount(1);
  });

  test('built-in sets are listed read-only; switched off, their findings stop in the reply box', async ({
    context,
    extensionId,
    page,
    serve,
  }) => {
    await context.route('chrome-extension://**', (route) => route.continue());
    const manager = await openManager(context, extensionId);
    const social = manager.locator('[data-tc="rule-set"][data-origin="builtin"][data-id="social-care"]');
    await expect(social).toHaveAttribute('data-enabled', 'true');
    await expect(social.locator('[data-tc="delete"]')).toHaveCount(0);
    await social.locator('[data-tc="set-enabled"]').uncheck();
    await expect(social).toHaveAttribute('data-enabled', 'false');

    const coach = new Coach(page, { name: 'Textarea', fixture: 'textarea', url: REPLY_URL });
    await coach.open(undefined, serve);
    await coach.type(`${CANNED} Please utilise the link.`);
    await coach.openPanel();
    await expect(
      page.locator('tone-coach-ui [data-tc="finding"][data-rule-set="plain-language"]').first(),
    ).toBeVisible();
    await expect(page.locator('tone-coach-ui [data-tc="finding"][data-rule-set="social-care"]')).toHaveCount(0);
  });

  test('a subscription refreshes, and a failing refresh keeps the last good copy in use', async ({
    context,
    extensionId,
    page,
    serve,
  }) => {
    const FILE_URL = 'https://rules.acme.example/voice.json';
    let respond: { status: number; body: string } = { status: 200, body: JSON.stringify(voiceSet('Acme voice v1')) };
    let asked = 0;
    await context.route(FILE_URL, (route) => {
      asked++;
      return route.fulfill({
        status: respond.status,
        body: respond.body,
        contentType: 'application/json',
        headers: { ETag: `"${respond.body.length}"`, 'Access-Control-Allow-Origin': '*' },
      });
    });
    await context.route('chrome-extension://**', (route) => route.continue());
    const manager = await openManager(context, extensionId);
    await manager.locator('[data-tc="subscribe-url"]').fill(FILE_URL);
    await manager.locator('[data-tc="subscribe-add"]').click();
    const sub = manager.locator('[data-tc="rule-set"][data-origin="subscription"]');
    await expect(sub).toContainText('Acme voice v1');

    respond = { status: 200, body: JSON.stringify(voiceSet('Acme voice v2', 'suggestion')) };
    await manager.locator('[data-tc="refresh-subscriptions"]').click();
    await expect(sub).toContainText('Acme voice v2');

    respond = { status: 500, body: 'Internal error' };
    const before = asked;
    await manager.locator('[data-tc="refresh-subscriptions"]').click();
    await expect(sub.locator('[data-tc="error"]')).toContainText('500');
    expect(asked).toBeGreaterThan(before);
    await expect(sub).toContainText('Acme voice v2');

    const { finding } = await findingOfVoiceSet(page, serve);
    await expect(finding).toHaveCount(1);
    await expect(finding).toHaveAttribute('data-severity', 'suggestion');
  });
});

test.describe('the popup', () => {
  test('a rule turned off comes back with "Turn back on"', async ({ context, extensionId, page, serve }) => {
    await context.route('chrome-extension://**', (route) => route.continue());
    const coach = new Coach(page, { name: 'Textarea', fixture: 'textarea', url: REPLY_URL });
    await coach.open(undefined, serve);
    await coach.type(CANNED);
    await coach.openPanel();
    const rule = await coach.finding('canned').getAttribute('data-rule');
    const ruleFindings = page.locator(`tone-coach-ui [data-tc="finding"][data-rule="${rule}"]`);
    await page.keyboard.press('Escape');
    const at = await coach.underlineCentre();
    await page.mouse.move(at.x, at.y);
    await coach.card.locator('[data-tc="disable-everywhere"]').click();
    await coach.openPanel();
    await expect(ruleFindings).toHaveCount(0);

    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const tabId = await worker.evaluate(
      async (url) =>
        (
          await (
            globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number }[]> } } }
          ).chrome.tabs.query({ url })
        )[0]?.id,
      REPLY_URL,
    );
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    await expect(popup.locator('[data-tc-popup="rule-sets"] [data-tc-popup="rule-set"]').first()).toBeVisible();
    const off = popup.locator(`[data-tc-popup="rule-off"][data-where="everywhere"]`);
    await expect(off).toHaveCount(1);
    await off.locator('[data-tc-popup="turn-on"]').click();
    await expect(off).toHaveCount(0);

    await page.bringToFront();
    await coach.openPanel();
    await expect(ruleFindings).toHaveCount(1);
  });
});

// Chromium reads policies from /etc/chromium/policies/managed/ (Debian's Chromium), including an extension's
// managed storage under "3rdparty" -> "extensions" -> its id. The id of an unpacked extension is derived from its
// directory: the first 32 hex digits of the SHA-256 of the path, written with the letters a to p.
function unpackedExtensionId(dir: string): string {
  return [...createHash('sha256').update(dir).digest('hex').slice(0, 32)]
    .map((h) => String.fromCharCode(97 + parseInt(h, 16)))
    .join('');
}

const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = `${POLICY_DIR}/tone-coach-e2e.json`;
const canWritePolicy = (() => {
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    writeFileSync(`${POLICY_DIR}/.tone-coach-probe`, '');
    rmSync(`${POLICY_DIR}/.tone-coach-probe`);
    return true;
  } catch {
    return false;
  }
})();

test.describe('enterprise policy', () => {
  // The policy file must be in place when the browser starts.
  test.use({ freshBrowser: true });
  // Writing Chromium's policy directory needs root (CI runs as root); elsewhere these tests cannot set a policy.
  test.skip(!canWritePolicy, `needs write access to ${POLICY_DIR} (run as root) to set a Chromium policy`);
  test.beforeAll(() => {
    const policy = {
      '3rdparty': {
        extensions: {
          [unpackedExtensionId(EXTENSION_DIR)]: {
            ruleSets: [JSON.stringify(voiceSet('Acme policy voice'))],
            disabledBuiltIns: ['plain-language'],
          },
        },
      },
    };
    writeFileSync(POLICY_FILE, JSON.stringify(policy));
  });
  test.afterAll(() => rmSync(POLICY_FILE, { force: true }));

  test('a set pushed by policy is locked in the manager and used in the reply box', async ({
    context,
    extensionId,
    page,
    serve,
  }) => {
    expect(extensionId).toBe(unpackedExtensionId(EXTENSION_DIR));
    await context.route('chrome-extension://**', (route) => route.continue());
    const manager = await openManager(context, extensionId);
    const locked = manager.locator('[data-tc="rule-set"][data-origin="policy"][data-id="acme-voice"]');
    await expect(locked).toHaveAttribute('data-locked', 'true');
    await expect(locked.locator('[data-tc="set-enabled"]')).toBeDisabled();
    await expect(locked.locator('[data-tc="delete"]')).toHaveCount(0);
    await expect(locked.locator('[data-tc="scope"]')).toHaveCount(0);
    const plain = manager.locator('[data-tc="rule-set"][data-origin="builtin"][data-id="plain-language"]');
    await expect(plain).toHaveAttribute('data-enabled', 'false');
    await expect(plain.locator('[data-tc="set-enabled"]')).toBeDisabled();

    const { finding } = await findingOfVoiceSet(page, serve);
    await expect(finding).toHaveCount(1);
    await expect(page.locator('tone-coach-ui [data-tc="finding"][data-rule-set="plain-language"]')).toHaveCount(0);
  });
});
