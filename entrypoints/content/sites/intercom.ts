// Intercom inbox (app.intercom.com, and its EU/AU regions): reply vs note. Editor: ProseMirror.
// Evidence (public code read 2026-11-26, found by the exact string "data-part-group-category" in the code index:
// "Support Copilot for Intercom", an extension whose changelog dates its selectors to April 2026): the composer is
// .ProseMirror[contenteditable] inside [data-conversation-reply-composer] (.embercom-prosemirror-composer-editor);
// conversation parts carry data-part-group-id and data-part-group-category (1 customer, 3 teammate, 5 bot,
// 20 automated), their words in .interblocks-html / *break-words; parts may sit in open shadow roots (read through
// them, see read.ts). The o__user / o__admin / o__note classes of the older inbox are kept as a fallback.
import { helpdesk } from './helpdesk';
import { catalogueEntry } from '../../../utils/site-catalogue';

// 4 marks a note in a public Selenium script for the Intercom inbox (same search).
const CATEGORY: Record<string, 'customer' | 'agent' | 'note'> = {
  '1': 'customer',
  '3': 'agent',
  '4': 'note',
  '5': 'agent',
  '20': 'agent',
};

export const intercom = helpdesk({
  ...catalogueEntry('intercom'),
  editor: 'ProseMirror',
  channels: ['chat', 'ticket'],
  reads: "customer's name, their latest message, reply vs internal note, the agent's sign-off",
  composer: ['.ProseMirror[contenteditable="true"]'],
  notAReply: 'input[type="search"], [role="combobox"]',
  thread: {
    message: '[data-part-group-id], [data-part-group-category], .conversation__part, [data-conversation-part-id]',
    author: '[data-part-author-name], [class*="author" i]',
    body: '.interblocks-html, [class*="break-words"], [class*="body" i]',
    who(m) {
      const category = CATEGORY[m.getAttribute('data-part-group-category') ?? ''];
      if (category) return category;
      const c = m.getAttribute('class') ?? '';
      if (/\bo__note\b/.test(c)) return 'note';
      if (/\bo__(?:admin|bot|operator)\b/.test(c)) return 'agent';
      if (/\bo__(?:user|lead|contact)\b/.test(c)) return 'customer';
      return undefined;
    },
  },
  usual: { channel: 'chat', audience: 'private', kind: 'reply (chat)' },
});
