// Gorgias (*.gorgias.com/app/ticket/<id>): e-commerce helpdesk answering email, chat and social comments from
// one composer. Editor: Draft.js. Markers: Draft.js's own classes (.public-DraftEditor-content);
// the composer's channel picker shows where the reply goes ("Email", "Chat", "Facebook comment",
// "Instagram comment", "Internal note"): social comments are public, notes private. Gorgias's thread markup
// is not documented publicly: messages are read through class/data-testid names and accessible hints.
import { helpdesk } from './helpdesk';
import { catalogueEntry } from '../../../utils/site-catalogue';

export const gorgias = helpdesk({
  ...catalogueEntry('gorgias'),
  editor: 'Draft.js',
  channels: ['email', 'chat', 'facebook', 'instagram', 'ticket'],
  reads:
    "customer's name, their latest message, the reply's channel (email, chat, Facebook/Instagram comment, internal note)",
  composer: ['.public-DraftEditor-content', '.DraftEditor-root'],
  notAReply: 'input[type="search"], [role="combobox"], input[type="email"]',
  thread: {
    message: '[data-testid*="ticket-message" i], [class*="ticket-message" i], [class*="TicketMessage"]',
    author: '[data-testid*="author" i], [class*="author" i], [class*="sender" i]',
    body: '[data-testid*="body" i], [class*="body" i]',
    skip: 'blockquote',
  },
  usual: { channel: 'email', audience: 'private', kind: 'reply (email)' },
});
