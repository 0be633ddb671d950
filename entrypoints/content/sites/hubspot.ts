// HubSpot conversations inbox and help desk (app.hubspot.com and the regional app-eu1 / app-na2 / app-ap1 hosts):
// email and chat replies, and internal comments. Editor: ProseMirror (div.ProseMirror[contenteditable]).
// Evidence (public code read 2026-11-26, found by the exact string "primary-message-body-content" in the code index,
// which does not name its repository: a Selenium script answering a HubSpot conversations inbox, its send button
// i18n-string[data-key='composer-ui.send-button…']): the composer is div.ProseMirror[contenteditable='true'], a
// message's words are [data-test-id="primary-message-body-content"] and its sender dt[data-message-metadata-type="from"]
// (an address). Whose message it is has no documented marker: a message counts as the customer's only when its
// markup says so (class/data-* words such as "incoming", "contact", "agent"; see thread.ts), else the customer's
// message is not guessed.
import { helpdesk } from './helpdesk';
import { authorOf } from './thread';
import { catalogueEntry } from '../../../utils/site-catalogue';

export const hubspot = helpdesk({
  ...catalogueEntry('hubspot'),
  editor: 'ProseMirror',
  channels: ['email', 'chat', 'ticket'],
  reads: "contact's name, their latest message, reply vs internal comment, the agent's sign-off",
  composer: ['.ProseMirror[contenteditable="true"]'],
  notAReply: 'input[type="search"], [role="combobox"], input[type="email"]',
  thread: {
    message: '[data-test-id="primary-message-body-content"]',
    skip: 'blockquote',
    // The words on the body or on the item around it (three levels up), if any say who wrote it.
    who(m) {
      let a: Element | null = m;
      for (let i = 0; a && i < 4; i++, a = a.parentElement) {
        const by = authorOf(a);
        if (by) return by;
      }
      return undefined;
    },
  },
  usual: { channel: 'chat', audience: 'private', kind: 'reply (chat)' },
});
