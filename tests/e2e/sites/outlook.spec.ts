// Outlook on the web: the compose body is coached as an email with the sender's message (without the quoted
// header) and the recipient's name; the subject field is not a reply box.
import { test as plain, expect } from '@playwright/test';
import { test } from '../helpers/extension';
import { adapterPages, fallbacks } from './harness';
import { CANNED, SiteCoach } from './extension';

const MAIL = 'https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1iNTcwLWI2NTEtMDACLTAwCgAQAGa';
const BOX = 'div[role="textbox"][aria-label^="Message body"]';
const SUBJECT = 'input[aria-label="Add a subject"]';

plain.describe('Outlook adapter reads the page (isolated world)', () => {
  const site = adapterPages();

  plain('reply: the message answered without its quoted header, the recipient, email', async () => {
    const s = await site.open(MAIL, 'outlook');
    const r = await s.read(BOX);
    expect(r.isReplyBox).toBe(true);
    expect(r.context).toEqual({
      channel: 'email',
      audience: 'private',
      customerName: 'Jane Doe',
      customerMessage: 'The invoice you sent is wrong again. Please fix it.',
    });
    expect(fallbacks(r.debug)).toEqual([]);
    expect(await s.isReplyBox(SUBJECT)).toBe(false);
  });
});

test.describe('Outlook through the extension', () => {
  test('the compose body is coached; the subject field is not', async ({ page, serve }) => {
    const coach = new SiteCoach(page);
    await coach.open(serve, MAIL, 'outlook');
    await coach.typeIn(SUBJECT, ' - please call our 800 number');
    await coach.typeIn(BOX, CANNED);
    const ctx = await coach.openPanel(coach.badgeFor('Message body'));
    expect(ctx).toMatchObject({ site: 'outlook', channel: 'email', audience: 'private', customerName: 'Jane Doe' });
    expect(ctx.customerMessage).toBe('The invoice you sent is wrong again. Please fix it.');
    await expect(coach.badgeFor('Add a subject')).toHaveCount(0);
  });
});
