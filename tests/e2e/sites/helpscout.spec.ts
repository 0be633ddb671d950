// Help Scout's current thread (ol[aria-label="Thread Items"], customer items .is-customer, notes .is-note): the
// customer's latest message is the one answered (by time, not by position), never the agent's reply or a note;
// the Note button makes the reply a note.
import { test as plain, expect } from '@playwright/test';
import { test } from '../helpers/extension';
import { adapterPages, fallbacks } from './harness';
import { CANNED, SiteCoach } from './extension';

const CONVERSATION = 'https://secure.helpscout.net/conversation/2718281828/31415';
const BOX = '[data-cy="ConvoEditor"] [contenteditable="true"]';

plain.describe('Help Scout adapter reads the page (isolated world)', () => {
  const site = adapterPages();

  plain('reply: the latest customer message in a newest-first thread, email, the agent sign-off', async () => {
    const s = await site.open(CONVERSATION, 'helpscout');
    const r = await s.read(BOX);
    expect(r.isReplyBox).toBe(true);
    expect(r.context).toEqual({
      channel: 'email',
      audience: 'private',
      customerName: 'Jane Doe',
      customerMessage: 'The replacement arrived broken too. I am done with this.',
      signOff: '-Kim',
    });
    expect(fallbacks(r.debug)).toEqual([]);
  });

  plain('Note: an internal note', async () => {
    const s = await site.open(CONVERSATION, 'helpscout');
    await s.page.locator('#mode-note').click();
    expect((await s.read(BOX)).context).toMatchObject({ channel: 'ticket', audience: 'private' });
  });
});

test.describe('Help Scout through the extension', () => {
  test('a note is coached as private with the customer as context', async ({ page, serve }) => {
    const coach = new SiteCoach(page);
    await coach.open(serve, CONVERSATION, 'helpscout');
    await page.locator('#mode-note').click();
    await coach.typeIn(BOX, CANNED);
    const ctx = await coach.openPanel(coach.badges.first());
    expect(ctx).toMatchObject({ site: 'helpscout', channel: 'ticket', audience: 'private', customerName: 'Jane Doe' });
    expect(ctx.customerMessage).toBe('The replacement arrived broken too. I am done with this.');
  });
});
