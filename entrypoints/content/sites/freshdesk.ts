// Freshdesk (*.freshdesk.com/a/tickets/<id>): reply vs note vs forward. Editor: Froala (uncertain).
// Markers: the Froala editable .fr-element.fr-view (Froala's own classes, certain for a Froala editor); the
// rest is NOT documented publicly and is read through accessible and semantic hints: the composer's heading or
// tab ("Reply", "Add note", "Forward") or its wrapper's name (…note-editor / …reply-editor), and conversation
// items whose class or data-test-id says "conversation"/"note" with the requester/agent in their markup.
import { helpdesk } from './helpdesk';
import { catalogueEntry } from '../../../utils/site-catalogue';

export const freshdesk = helpdesk({
  ...catalogueEntry('freshdesk'),
  editor: 'Froala',
  channels: ['email', 'ticket'],
  reads: "requester's name, their latest message, reply vs private note, the agent's sign-off",
  composer: ['.fr-element.fr-view', '.fr-box'],
  notAReply: 'input[type="search"], [role="combobox"], input[type="email"]',
  thread: {
    message: '[data-test-id*="conversation" i], [class*="conversation-item" i], [class*="ticket-description" i]',
    author: '[data-test-id*="name" i], [class*="user-name" i], [class*="author" i]',
    body: '[data-test-id*="content" i], [class*="text-content" i], [class*="conversation-body" i]',
    skip: 'blockquote, .freshdesk_quote',
  },
  usual: { channel: 'email', audience: 'private', kind: 'reply (email)' },
});
