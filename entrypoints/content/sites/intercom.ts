// Intercom inbox (app.intercom.com, and its EU/AU regions): reply vs note. Editor: ProseMirror.
// Markers: the ProseMirror editable (.ProseMirror, ProseMirror's own class); Intercom's inbox markup is not
// documented publicly, so the reply/note mode comes from the composer's Reply/Note tabs (role="tab"
// aria-selected) or its hint ("…note…"), and the conversation parts from their class names
// (conversation__part with o__user / o__admin / o__note modifiers, as in Intercom's own stylesheet naming).
import { helpdesk } from './helpdesk';
import { catalogueEntry } from '../../../utils/site-catalogue';

export const intercom = helpdesk({
  ...catalogueEntry('intercom'),
  editor: 'ProseMirror',
  channels: ['chat', 'ticket'],
  reads: "customer's name, their latest message, reply vs internal note, the agent's sign-off",
  composer: ['.ProseMirror[contenteditable="true"]'],
  notAReply: 'input[type="search"], [role="combobox"]',
  thread: {
    message: '.conversation__part, [data-conversation-part-id], [data-part-id]',
    author: '[class*="author" i], [class*="name" i]',
    body: '[class*="body" i], [class*="content" i]',
    who(m) {
      const c = m.getAttribute('class') ?? '';
      if (/\bo__note\b/.test(c)) return 'note';
      if (/\bo__(?:admin|bot|operator)\b/.test(c)) return 'agent';
      if (/\bo__(?:user|lead|contact)\b/.test(c)) return 'customer';
      return undefined;
    },
  },
  usual: { channel: 'chat', audience: 'private', kind: 'reply (chat)' },
});
