// Gorgias (*.gorgias.com/app/ticket/<id>): e-commerce helpdesk answering email, chat and social comments from one
// composer. Editor: not documented publicly (Draft.js's classes are kept; any editor the registry detects inside
// the reply area is coached). The channel picker shows where the reply goes ("Email", "Chat", "Facebook comment",
// "Internal note"): social comments are public, notes private.
// Evidence (public code read 2026-11-26, found by the exact strings `aria-label="Ticket thread"` and `MessageBubble--`
// in the code index, which does not name their repositories: a TicketThread component rendering a react-virtuoso
// list with aria-label="Ticket thread" (TicketThreadWidthContext, ExpandedMessagesProvider), and an attachment
// extension for Gorgias whose TICKET_THREAD_SELECTOR / MESSAGE_BUBBLE_SELECTOR are [aria-label="Ticket thread"] and
// [class*="MessageBubble--messageBubble"], with tests on uploads.gorgias.io links). No public source
// shows which bubble is the customer's: a message counts as theirs only when its markup says so (class/data-*
// words, see thread.ts), else the customer's message is not guessed.
import { helpdesk } from './helpdesk';
import { catalogueEntry } from '../../../utils/site-catalogue';

export const gorgias = helpdesk({
  ...catalogueEntry('gorgias'),
  editor: 'unverified (Draft.js classes; any editor the registry detects)',
  channels: ['email', 'chat', 'facebook', 'instagram', 'ticket'],
  reads:
    "customer's name, their latest message, the reply's channel (email, chat, Facebook/Instagram comment, internal note)",
  composer: ['.public-DraftEditor-content', '.DraftEditor-root'],
  notAReply: 'input[type="search"], [role="combobox"], input[type="email"]',
  thread: {
    message: '[aria-label="Ticket thread"] [class*="MessageBubble--messageBubble"]',
    author: '[class*="author" i], [class*="sender" i]',
    body: '[class*="body" i]',
    skip: 'blockquote',
  },
  usual: { channel: 'email', audience: 'private', kind: 'reply (email)' },
});
