// HubSpot conversations inbox (a regional app host, the real ProseMirror composer): the composer's tab decides:
// Chat and Email reach the contact (private), Comment stays with teammates. Public code shows no marker of whose
// message is whose: the customer's message is reported not found, and the agent's own reply is never taken for it.
import { test as plain, expect } from '@playwright/test';
import { test } from '../helpers/extension';
import { adapterPages, fallbacks } from './harness';
import { CANNED, SiteCoach } from './extension';

const THREAD = 'https://app-na2.hubspot.com/live-messages/2718281/inbox/314159';
const BOX = '.ProseMirror[contenteditable="true"]';

plain.describe('HubSpot adapter reads the page (isolated world, real ProseMirror)', () => {
  const site = adapterPages();

  plain("chat: messages that do not say who wrote them: not found, never the agent's own reply", async () => {
    const s = await site.open(THREAD, 'hubspot');
    const r = await s.read(BOX);
    expect(r.isReplyBox).toBe(true);
    expect(r.context).toEqual({ channel: 'chat', audience: 'private' });
    expect(r.debug.unread).toBe("customer's message not found");
    expect(fallbacks(r.debug)).toEqual([]);
  });

  plain('a message whose item says it came in from the contact is read', async () => {
    const s = await site.open(THREAD, 'hubspot');
    await s.eval(
      `document.querySelector('[data-test-id="primary-message-body-content"]').parentElement.dataset.direction = 'incoming';`,
    );
    expect((await s.read(BOX)).context).toMatchObject({
      customerMessage: 'Hi! Does the Pro plan include phone support?',
    });
  });

  plain('Email and Comment tabs', async () => {
    const s = await site.open(THREAD, 'hubspot');
    await s.page.locator('#tab-email').click();
    expect((await s.read(BOX)).context).toMatchObject({ channel: 'email', audience: 'private' });
    await s.page.locator('#tab-comment').click();
    expect((await s.read(BOX)).context).toMatchObject({ channel: 'ticket', audience: 'private' });
  });
});

test.describe('HubSpot through the extension', () => {
  test("the chat reply in ProseMirror is coached; the context line says the customer's message was not found", async ({
    page,
    serve,
  }) => {
    const coach = new SiteCoach(page);
    await coach.open(serve, THREAD, 'hubspot');
    await coach.typeIn(BOX, CANNED);
    const ctx = await coach.openPanel(coach.badges.first());
    expect(ctx).toMatchObject({ site: 'hubspot', channel: 'chat', audience: 'private', customerMessage: '' });
    await expect(coach.panel.locator('[data-tc="context-line"]')).toHaveText(
      "Replying privately on HubSpot by chat · customer's message not found",
    );
  });
});
