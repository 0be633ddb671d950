// Gorgias: one composer for every channel; its channel picker decides: a Facebook comment is public (the canned
// deflection is an error there), an internal note is private.
import { test as plain, expect, type Page } from '@playwright/test';
import { test } from '../helpers/extension';
import { adapterPages, fallbacks } from './harness';
import { CANNED, SiteCoach } from './extension';

const TICKET = 'https://acme.gorgias.com/app/ticket/123';
const BOX = '.public-DraftEditor-content';

async function choose(page: Page, option: string): Promise<void> {
  await page.locator('#source').click();
  await page.getByRole('option', { name: option }).click();
}

plain.describe('Gorgias adapter reads the page (isolated world, real Draft.js)', () => {
  const site = adapterPages();

  plain("Facebook comment: public; bubbles that do not say who wrote them: not found, not the agent's", async () => {
    const s = await site.open(TICKET, 'gorgias');
    const r = await s.read(BOX);
    expect(r.isReplyBox).toBe(true);
    expect(r.context).toEqual({ channel: 'facebook', audience: 'public' });
    expect(r.debug.unread).toBe("customer's message not found");
    expect(fallbacks(r.debug)).toEqual([]);
  });

  plain("a bubble whose markup says it is the customer's is read", async () => {
    const s = await site.open(TICKET, 'gorgias');
    await s.eval(`document.querySelector('[class*="MessageBubble--messageBubble"]').dataset.authorType = 'customer';`);
    // The bubble's inner markup is not public: its whole text is read (the name line with the words).
    expect((await s.read(BOX)).context.customerMessage).toContain(
      '@AcmeShop where is my order?? Ordered 10 days ago, still nothing.',
    );
  });

  plain('Messenger and internal note: private', async () => {
    const s = await site.open(TICKET, 'gorgias');
    await choose(s.page, 'Facebook Messenger');
    expect((await s.read(BOX)).context).toMatchObject({ channel: 'messenger', audience: 'private' });
    await choose(s.page, 'Internal note');
    expect((await s.read(BOX)).context).toMatchObject({ channel: 'ticket', audience: 'private' });
  });
});

test.describe('Gorgias through the extension', () => {
  test('a Facebook comment reply is public: the canned deflection is an error', async ({ page, serve }) => {
    const coach = new SiteCoach(page);
    await coach.open(serve, TICKET, 'gorgias');
    await coach.typeIn(BOX, CANNED);
    const ctx = await coach.openPanel(coach.badges.first());
    expect(ctx).toMatchObject({ site: 'gorgias', channel: 'facebook', audience: 'public', customerMessage: '' });
    await expect(coach.finding('canned', 'error')).not.toHaveCount(0);
    // The customer's mood is unknown: rules for an upset customer (acknowledge it) stay silent.
    await expect(coach.panel.locator('[data-tc="context-line"]')).toContainText("customer's message not found");
    await expect(coach.finding('empathy')).toHaveCount(0);
  });
});
