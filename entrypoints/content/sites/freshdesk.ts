// Freshdesk (*.freshdesk.com/a/tickets/<id>, or the account's own domain added with "Add this site"): reply vs
// note vs forward. Editor: Froala (the editor registry detects it from .fr-element).
// Evidence (public code read 2026-11-26, found by the exact string ".text__content" in the code index): a Freshdesk
// helper script reads the ticket's first message as `.ticket-description .text__content` and the subject from
// [data-testid="ticket-subject"] / .ticket-subject-heading. The ticket's description is the requester's own
// message (language-neutral, by structure); later conversation items count as the customer's only when their
// markup says so (class/data-* words, see thread.ts), else the customer's message is not guessed.
import { helpdesk } from './helpdesk';
import { catalogueEntry } from '../../../utils/site-catalogue';

export const freshdesk = helpdesk({
  ...catalogueEntry('freshdesk'),
  editor: 'Froala',
  channels: ['email', 'ticket'],
  reads: "requester's name, their latest message, reply vs private note, the agent's sign-off",
  composer: ['.fr-element.fr-view', '.fr-box'],
  notAReply: 'input[type="search"], [role="combobox"], input[type="email"]',
  recognise: '.ticket-description .text__content, [data-testid="ticket-subject"]',
  thread: {
    message:
      '.ticket-description, [data-test-id*="conversation" i], [data-testid*="conversation" i], [class*="conversation-item" i]',
    author: '[data-test-id*="name" i], [data-testid*="name" i], [class*="user-name" i], [class*="author" i]',
    body: '.text__content',
    skip: 'blockquote, .freshdesk_quote',
    who: (m) => (m.matches('.ticket-description') ? 'customer' : undefined),
  },
  usual: { channel: 'email', audience: 'private', kind: 'reply (email)' },
});
