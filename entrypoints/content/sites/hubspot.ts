// HubSpot conversations inbox and help desk (app.hubspot.com/live-messages/…, /help-desk/…): email and chat
// replies, and internal comments. Editor: Draft.js (inferred). Markers: Draft.js's own classes;
// the composer's channel tabs ("Email", "Chat", "Comment") or hint tell where the reply goes; HubSpot marks
// its UI with data-test-id attributes, read here by name (…message…, …sender…), uncertain.
import { helpdesk } from './helpdesk';
import { catalogueEntry } from '../../../utils/site-catalogue';

export const hubspot = helpdesk({
  ...catalogueEntry('hubspot'),
  editor: 'Draft.js',
  channels: ['email', 'chat', 'ticket'],
  reads: "contact's name, their latest message, reply vs internal comment, the agent's sign-off",
  composer: ['.public-DraftEditor-content', '.DraftEditor-root'],
  notAReply: 'input[type="search"], [role="combobox"], input[type="email"]',
  thread: {
    message:
      '[data-test-id*="thread-message" i], [data-test-id*="message-item" i], [class*="ThreadMessage"], [class*="thread-message" i]',
    author: '[data-test-id*="sender" i], [data-test-id*="author" i], [class*="sender" i]',
    body: '[data-test-id*="body" i], [class*="body" i]',
    skip: 'blockquote',
  },
  usual: { channel: 'chat', audience: 'private', kind: 'reply (chat)' },
});
