// X in Firefox: the reply under a post is coached with the post's author and words as context, in public, and the
// canned deflection is an error there; nothing is sent.
import { expect, test } from '../firefox';
import { findings, openPanelFrom, openSite, panelContext, typeIn } from '../site';

const STATUS = 'https://x.com/janedoe/status/1790000000000000001';

test('X: the reply box is coached with what the adapter read; the canned deflection is an error in public', async ({
  tab,
  serve,
  extensionRequests,
}) => {
  const d = await openSite(tab, serve, STATUS, 'x');
  await typeIn(d, '[data-fixture-editor="draftjs"] [contenteditable="true"]', 'Please call our 800 number.');
  await openPanelFrom(d, '[data-tc="badge"][data-label*="Post text"]');
  const ctx = await panelContext(d);
  expect(ctx).toMatchObject({ site: 'x', channel: 'x', audience: 'public', customerName: 'Jane Doe' });
  expect(ctx.customerHandle).toBe('@janedoe');
  expect(ctx.customerMessage).toContain('my flight AA12 was cancelled');
  await expect.poll(() => findings(d, 'canned', 'error')).toBeGreaterThan(0);
  expect(extensionRequests).toEqual([]);
});
