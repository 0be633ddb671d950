// Front (<company>.frontapp.com, app.frontapp.com): shared inbox where a reply goes to the customer and a comment
// stays with teammates. Editor: Front's own contenteditable composer (not in any public source).
// Evidence (public code read 2026-11-26: i3devco/front-attachment-viewer, manifest.json and content-script.js,
// committed 2025-10-28): the extension runs on https://*.frontapp.com/*; the open conversation is
// [data-testid="conversation"] (its fallback .conversation); attachments inside it are
// [data-testid*="attachment-base-"] buttons holding a thumbnail img[src*="/attachments/"] and the file name in a
// styled-components class (attachmentBase__StyledNameDiv-…), with an svg[data-testid*="download"] icon.
// So messages are read inside [data-testid="conversation"] only, and an attachment's name is never read as the
// customer's words. Not in any public source: a message's own markers, whose message it is, the composer: a
// message counts as the customer's only when its markup says so (inbound / outbound words, see thread.ts), else
// the customer's message is not guessed; the comment composer's hint tells a comment from a reply.
import { helpdesk } from './helpdesk';
import { catalogueEntry } from '../../../utils/site-catalogue';

const CONVERSATION = '[data-testid="conversation"]';

export const front = helpdesk({
  ...catalogueEntry('front'),
  editor: 'contenteditable (Front composer)',
  channels: ['email', 'ticket'],
  reads: "customer's name, their latest message, reply vs teammate comment, the agent's sign-off",
  composer: [
    '[data-testid*="composer" i] [contenteditable="true"]',
    '[class*="composer" i] [contenteditable="true"]',
    '[class*="Composer"] [contenteditable="true"]',
  ],
  notAReply: 'input[type="search"], [role="combobox"], input[type="email"]',
  thread: {
    message: ['[data-testid*="message" i]', '[class*="messageItem" i]', '[class*="message-item" i]']
      .map((m) => `${CONVERSATION} ${m}`)
      .join(', '),
    author: '[data-testid*="sender" i], [class*="sender" i], [class*="author" i]',
    body: '[data-testid*="body" i], [class*="body" i]',
    skip: 'blockquote, .front-quote, [data-testid*="attachment-base-"]',
  },
  usual: { channel: 'email', audience: 'private', kind: 'reply (email)' },
});
