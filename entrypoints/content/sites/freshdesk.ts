// Freshdesk (*.freshdesk.com/a/tickets/<id>, or the account's own domain added with "Add this site"): reply vs
// note vs forward. Editor: Froala (the editor registry detects it from .fr-element).
// Evidence (public code read 2026-11-26): chrisrivero-dev/futurehub-sidecar static/js/freshdesk_tampermonkey.user.js
// (v8.0, committed 2026-03-01; found by the exact string ".text__content") reads the ticket's first message as
// `.ticket-description .text__content`, the subject from [data-testid="ticket-subject"] / .ticket-subject-heading, the
// editor as div.fr-element.fr-view[contenteditable] and the Reply button button[data-test-id="ticket-action-reply"];
// toggl/track-extension src/content/freshdesk.js reads .ticket-subject-heading too. Neither reads the contact card
// (the sidecar sends customer_name ""), and no public source shows its markup (searched 2026-11-26 by "contact
// card", "requester-info", shadowRoot + Freshdesk): the name is read from the conversation only, and a card drawn
// in an open shadow root is not read by a guessed marker. The ticket's description is the requester's own
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
