// Help Scout (secure.helpscout.net/conversation/<id>): reply vs note. Editor: Redactor (uncertain,
// may be outdated): a contenteditable with Redactor's own classes (.redactor-in in v3, .redactor_editor before).
// Help Scout marks its UI with data-cy attributes (data-cy="ConversationHeader.Actions", seen in public
// integrations); the thread and the reply/note mode are read through those and accessible hints. Help Scout
// lists the newest message first, above or below the composer: the thread reader handles both orders.
import { helpdesk } from './helpdesk';
import { catalogueEntry } from '../../../utils/site-catalogue';

export const helpscout = helpdesk({
  ...catalogueEntry('helpscout'),
  editor: 'Redactor (contenteditable)',
  channels: ['email', 'chat', 'ticket'],
  reads: "customer's name, their latest message, reply vs note, the agent's sign-off",
  composer: ['.redactor-in', '.redactor_editor', '[data-cy*="Editor" i] [contenteditable="true"]'],
  notAReply: 'input[type="search"], [role="combobox"], input[type="email"]',
  thread: {
    message: '[data-cy="ThreadItem"], .thread-item',
    author: '[data-cy*="Name" i], [class*="name" i]',
    body: '[data-cy*="Body" i], [class*="body" i]',
    skip: 'blockquote',
  },
  usual: { channel: 'email', audience: 'private', kind: 'reply (email)' },
});
