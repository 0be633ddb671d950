// Zendesk Agent Workspace: the CKEditor composer is coached with the requester's latest message; a public reply
// goes to the customer by email (private), an internal note stays with teammates (channel ticket, private) and
// is never judged as a public reply; the subject field and another ticket's tab are left alone.
import { test as plain, expect } from '@playwright/test';
import { test } from '../helpers/extension';
import { adapterPages, fallbacks } from './harness';
import { CANNED, SiteCoach } from './extension';

const TICKET = 'https://acme.zendesk.com/agent/tickets/1';
// CKEditor re-renders its editable's attributes: select it by its stable container.
const REPLY = '.zendesk-editor--rich-text-container [contenteditable="true"]';

async function switchTo(page: import('@playwright/test').Page, item: 'public' | 'internal'): Promise<void> {
  await page.locator('[data-test-id="omnichannel-channel-switcher-button"]').click();
  await page.locator(`[data-test-id="omnichannel-channel-switcher-menuitem-${item}"]`).click();
}

plain.describe('Zendesk adapter reads the page (isolated world, real CKEditor 5)', () => {
  const site = adapterPages();

  plain(
    'public reply: the requester, their latest message (not the quoted history, not another tab), the sign-off',
    async () => {
      const s = await site.open(TICKET, 'zendesk');
      const r = await s.read(REPLY);
      expect(r.isReplyBox).toBe(true);
      expect(r.context).toEqual({
        channel: 'email',
        audience: 'private',
        customerName: 'Jane Doe',
        customerMessage: 'It has been a week and still nothing. I want a refund now.',
        signOff: '-Sam',
      });
      expect(r.debug.mode).toContain('from the switch "Public reply"');
      expect(fallbacks(r.debug)).toEqual([]);
      expect(await s.isReplyBox('[data-test-id="omni-header-subject"]')).toBe(false);
    },
  );

  plain('an outbound ticket (only agent messages): nothing is answered, and nothing else is taken for it', async () => {
    const s = await site.open(TICKET, 'zendesk');
    await s.page.evaluate(() =>
      document
        .querySelectorAll('[data-test-id="omni-log-item-message"][type="end-user"]')
        .forEach((m) => m.closest('article')!.remove()),
    );
    const r = await s.read(REPLY);
    expect(r.context).toEqual({ channel: 'email', audience: 'private', signOff: '-Sam' });
    expect(r.debug.message).toBe('no customer message in the thread (1 messages)');
  });

  plain('internal note: channel ticket, private', async () => {
    const s = await site.open(TICKET, 'zendesk');
    await switchTo(s.page, 'internal');
    const r = await s.read(REPLY);
    expect(r.context).toMatchObject({ channel: 'ticket', audience: 'private', customerName: 'Jane Doe' });
    expect(r.debug.mode).toBe('internal note (from the switch "Internal note")');
  });

  plain("on the account's own domain (an added site) the page is recognised as Zendesk", async () => {
    const s = await site.open('https://support.acme-air.example/agent/tickets/1', 'zendesk');
    const read = await s.eval<{ id: string; site: string; name?: string }>(`
      const site = globalThis.__tcSites.siteFor(location, document);
      const r = site.read(document.querySelector(${JSON.stringify(REPLY)}), document);
      return { id: site.id, site: r.debug.site, name: r.context.customerName };`);
    expect(read).toEqual({ id: 'zendesk', site: 'zendesk', name: 'Jane Doe' });
  });
});

test.describe('Zendesk through the extension', () => {
  test('an internal note is private: the canned deflection is not judged as a public reply', async ({
    page,
    serve,
  }) => {
    const coach = new SiteCoach(page);
    await coach.open(serve, TICKET, 'zendesk');
    await coach.root('reply');
    await switchTo(page, 'internal');
    await coach.typeIn(REPLY, CANNED);
    const ctx = await coach.openPanel(coach.badges.first());
    expect(ctx).toMatchObject({ site: 'zendesk', channel: 'ticket', audience: 'private', customerName: 'Jane Doe' });
    expect(ctx.customerMessage).toBe('It has been a week and still nothing. I want a refund now.');
    await expect(coach.finding('canned', 'error')).toHaveCount(0);
  });

  test('a public reply reads the requester and goes by email; switching to a note changes it on the next check', async ({
    page,
    serve,
  }) => {
    const coach = new SiteCoach(page);
    await coach.open(serve, TICKET, 'zendesk');
    await coach.root('reply');
    await coach.typeIn(REPLY, 'Hi Jane, thanks for waiting.');
    const ctx = await coach.openPanel(coach.badges.first());
    expect(ctx).toMatchObject({ channel: 'email', audience: 'private', customerName: 'Jane Doe' });
    await page.keyboard.press('Escape');
    await switchTo(page, 'internal');
    await coach.typeIn(REPLY, ' Refund approved by finance.');
    await coach.openPanel(coach.badges.first());
    // The context is read again before each check: the panel follows once the new check is in.
    await expect.poll(async () => (await coach.context()).channel).toBe('ticket');
    expect((await coach.context()).audience).toBe('private');
  });

  test('switching reply to note and back re-checks at once, without a keystroke: findings follow the context', async ({
    page,
    serve,
  }) => {
    const coach = new SiteCoach(page);
    await coach.open(serve, TICKET, 'zendesk');
    await coach.root('reply');
    // An e-mail to the customer should open with a greeting; an internal note need not.
    await coach.typeIn(REPLY, 'Refund approved by finance, the money is on its way.');
    const badge = coach.badges.first();
    const greeting = coach.panel.locator('[data-tc="finding"][data-rule="greeting"]');
    await coach.openPanel(badge);
    await expect(greeting).toHaveCount(1);
    expect((await coach.context()).channel).toBe('email');
    await page.keyboard.press('Escape');
    const draft = await page.locator(REPLY).textContent();

    await switchTo(page, 'internal'); // two clicks on the page, none in the box, no key pressed
    await expect(badge).toHaveAttribute('data-score', '100');
    await badge.click();
    await expect.poll(async () => (await coach.context()).channel).toBe('ticket');
    await expect(greeting).toHaveCount(0);
    await page.keyboard.press('Escape');

    await switchTo(page, 'public');
    await badge.click();
    await expect.poll(async () => (await coach.context()).channel).toBe('email');
    await expect(greeting).toHaveCount(1);
    expect(await page.locator(REPLY).textContent()).toBe(draft); // the draft itself is untouched
  });

  test('the subject field is not coached', async ({ page, serve }) => {
    const coach = new SiteCoach(page);
    await coach.open(serve, TICKET, 'zendesk');
    await coach.typeIn('[data-test-id="omni-header-subject"]', ' - call our 800 number');
    await page.waitForTimeout(800);
    await expect(coach.badgeFor('Subject')).toHaveCount(0);
  });
});
