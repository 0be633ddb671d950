// Zendesk Agent Workspace (*.zendesk.com/agent/tickets/<id>): public reply vs internal note, and the channel
// of the ticket (email, messaging, social). Editor: CKEditor 5.
// Accounts on their own domain are added with "Add this site" and recognised from the omnicomposer / omni-log markers.
// Markers, from public userscripts (holatuwol/liferay-zendesk-userscript user_script.ts), extensions and suites for the
// Agent Workspace (read 2026-11-23, checked again 2026-11-26):
// - composer: [data-test-id="omnicomposer-rich-text-ckeditor"] (.ck-editor__editable), inside
//   .zendesk-editor--rich-text-container / [data-test-id^="omnicomposer-"];
// - the reply/note switch: button[data-test-id="omnichannel-channel-switcher-button"] with aria-label
//   "Public reply" / "Internal note" / "Email" / "Messaging"... and data-channel="internal" | "email" | "web" |
//   "native_messaging" | ...;
// - the conversation: article[data-test-id="omni-log-comment-item"], each with
//   [data-test-id="omni-log-item-message"] type="end-user" | "agent", the author in
//   [data-test-id="omni-log-item-sender"] and the words in [data-test-id="omni-log-message-content"] / .zd-comment.
import { helpdesk } from './helpdesk';
import { catalogueEntry } from '../../../utils/site-catalogue';

export const zendesk = helpdesk({
  ...catalogueEntry('zendesk'),
  editor: 'CKEditor 5',
  channels: ['email', 'chat', 'ticket', 'x', 'facebook'],
  reads:
    "requester's name, their latest message, public reply vs internal note, the ticket's channel, the agent's sign-off",
  composer: [
    '[data-test-id="omnicomposer-rich-text-ckeditor"]',
    '.zendesk-editor--rich-text-container',
    '[data-test-id^="omnicomposer-"]',
  ],
  notAReply:
    'input[type="search"], [role="combobox"], [data-test-id="omni-header-subject"], [data-test-id^="ticket-form-field"] *',
  mode: ['button[data-test-id="omnichannel-channel-switcher-button"]'],
  recognise: '[data-test-id="omnicomposer-rich-text-ckeditor"], article[data-test-id="omni-log-comment-item"]',
  thread: {
    message: 'article[data-test-id="omni-log-comment-item"]',
    author: '[data-test-id="omni-log-item-sender"]',
    body: '[data-test-id="omni-log-message-content"], .zd-comment',
    skip: 'blockquote, .zd-comment-quote',
    who(m) {
      const type = m.querySelector('[data-test-id="omni-log-item-message"]')?.getAttribute('type');
      return type === 'end-user' ? 'customer' : type === 'agent' ? 'agent' : undefined;
    },
  },
  usual: { channel: 'email', audience: 'private', kind: 'public reply (email)' },
});
