// Intercom: the ProseMirror composer is coached as a chat reply with the customer's latest message (not the
// teammate's note); the Note tab makes it an internal note. The newer inbox draws the conversation in an open
// shadow root (intercom-shadow.html): the name and message are read across it, never the agent's own reply.
import { test as plain, expect } from '@playwright/test';
import { test } from '../helpers/extension';
import { adapterPages, fallbacks } from './harness';
import { CANNED, SiteCoach } from './extension';

const CONVERSATION = 'https://app.intercom.com/a/inbox/abc123/inbox/shared/all/conversation/123';
const BOX = '.ProseMirror';

plain.describe('Intercom adapter reads the page (isolated world, real ProseMirror)', () => {
  const site = adapterPages();

  plain('reply: chat, the customer and their latest message, the agent sign-off', async () => {
    const s = await site.open(CONVERSATION, 'intercom');
    const r = await s.read(BOX);
    expect(r.isReplyBox).toBe(true);
    expect(r.context).toEqual({
      channel: 'chat',
      audience: 'private',
      customerName: 'Jane Doe',
      customerMessage: 'Any update? I need that money back today.',
      signOff: '-Kim',
    });
    expect(fallbacks(r.debug)).toEqual([]);
  });

  plain('Note tab: an internal note', async () => {
    const s = await site.open(CONVERSATION, 'intercom');
    await s.page.locator('#tab-note').click();
    expect((await s.read(BOX)).context).toMatchObject({ channel: 'ticket', audience: 'private' });
  });
});

plain.describe('Intercom with the conversation in an open shadow root (isolated world)', () => {
  const site = adapterPages();

  plain("the customer's name and latest message across the shadow root, not the agent's reply below it", async () => {
    const s = await site.open(CONVERSATION, 'intercom-shadow');
    const r = await s.read(BOX);
    expect(r.isReplyBox).toBe(true);
    // The last part above the box is the agent's (justify-end): the customer's (justify-start) is answered.
    expect(r.context).toEqual({
      channel: 'chat',
      audience: 'private',
      customerName: 'Jane Doe',
      customerMessage: 'Any update? I need that money back today.',
      signOff: '-Kim',
    });
    expect(r.debug.message).toBe('latest customer message (4 in the thread)');
    expect(fallbacks(r.debug)).toEqual([]);
  });

  plain("parts whose rows do not say who wrote them: the customer's message is not found, not guessed", async () => {
    const s = await site.open(CONVERSATION, 'intercom-shadow');
    // The rows lose their alignment; the stream around them is laid out justify-start, which says nothing about
    // any one part's author.
    await s.eval(`
      const root = document.getElementById('stream-host').shadowRoot;
      for (const row of root.querySelectorAll('.justify-start, .justify-end')) row.className = 'flex';
      root.querySelector('[data-testid="conversation-stream-scroll-container"]').className = 'flex flex-col justify-start';`);
    const r = await s.read(BOX);
    expect(r.context.customerMessage).toBeUndefined();
    expect(r.context.customerName).toBe('Jane Doe');
    expect(r.debug.unread).toBe("customer's message not found");
  });
});

test.describe('Intercom through the extension', () => {
  test('the reply is coached as a private chat reply with the customer as context', async ({ page, serve }) => {
    const coach = new SiteCoach(page);
    await coach.open(serve, CONVERSATION, 'intercom');
    await coach.typeIn(BOX, CANNED);
    const ctx = await coach.openPanel(coach.badges.first());
    expect(ctx).toMatchObject({ site: 'intercom', channel: 'chat', audience: 'private', customerName: 'Jane Doe' });
    expect(ctx.customerMessage).toBe('Any update? I need that money back today.');
  });

  test("in a shadow root: the panel shows the customer's name and message, never the agent's reply", async ({
    page,
    serve,
  }) => {
    const coach = new SiteCoach(page);
    await coach.open(serve, CONVERSATION, 'intercom-shadow');
    await coach.typeIn(BOX, CANNED);
    const ctx = await coach.openPanel(coach.badges.first());
    expect(ctx).toMatchObject({ site: 'intercom', channel: 'chat', audience: 'private', customerName: 'Jane Doe' });
    expect(ctx.customerMessage).toBe('Any update? I need that money back today.');
  });
});
