// Zendesk in Firefox: the CKEditor 5 composer is coached with the requester's latest message; a public reply goes
// by e-mail, and switching to an internal note changes the context on the next check (private, channel ticket).
import { clickOn } from '../../e2e/helpers/driver';
import { expect, test } from '../firefox';
import { findings, openPanelFrom, openSite, panelContext, typeIn } from '../site';

const TICKET = 'https://acme.zendesk.com/agent/tickets/1';
const REPLY = '.zendesk-editor--rich-text-container [contenteditable="true"]';
const BADGE = '[data-tc="badge"]';

test('Zendesk: a public reply reads the requester and goes by e-mail; an internal note is private', async ({
  tab,
  serve,
  extensionRequests,
}) => {
  const d = await openSite(tab, serve, TICKET, 'zendesk');
  await typeIn(d, REPLY, 'Please call our 800 number.');
  await openPanelFrom(d, BADGE);
  expect(await panelContext(d)).toMatchObject({
    site: 'zendesk',
    channel: 'email',
    audience: 'private',
    customerName: 'Jane Doe',
    customerMessage: 'It has been a week and still nothing. I want a refund now.',
  });
  await d.press('Escape');
  await clickOn(d, '[data-test-id="omnichannel-channel-switcher-button"]', false);
  await clickOn(d, '[data-test-id="omnichannel-channel-switcher-menuitem-internal"]', false);
  await openPanelFrom(d, BADGE);
  // The context is read again before each check: the panel follows once the new check is in.
  await expect.poll(async () => (await panelContext(d)).channel).toBe('ticket');
  expect((await panelContext(d)).audience).toBe('private');
  expect(await findings(d, 'canned', 'error')).toBe(0);
  expect(extensionRequests).toEqual([]);
});
