// Intercom inbox (app.intercom.com, and its EU/AU regions): reply vs note. Editor: ProseMirror.
// Evidence (public code, read 2026-11-26):
// - 4erosol/support-copilot-intercom, content.js and CHANGELOG.md (an extension for the current inbox; selector
//   fixes dated 2026-04-27, generalised 2026-10-01; found by the exact string "data-part-group-category"): the
//   inbox "uses shadow DOM extensively" (it walks every open shadow root); the stream is
//   [data-testid="conversation-stream-scroll-container"]; parts are [class*="group/content-part"] (the Tailwind class
//   since April 2026) or carry data-part-group-id; whose part it is comes from data-part-group-category (1 customer,
//   3 teammate, 5 bot, 20 automated), else from the row's layout (justify-end / flex-row-reverse: the agent's,
//   justify-start: the customer's) or data-author-type; words in .interblocks-html / *break-words; the customer's
//   name in [data-inbox-conversation-header-title] / [data-conversation-title]; the composer
//   .ProseMirror[contenteditable] in [data-conversation-reply-composer].
// - A public Selenium script for the inbox (same search; its repository is not named by the index) marks a note
//   data-part-group-category="4". toggl/track-extension src/content/intercom.js (the 2021 inbox): [data-conversation-id].
// Not in any public source: a part's author-name marker (so the name comes from the conversation title) and which
// element hosts the shadow root. Its changelog also says that by mid-2026 rows may carry no alignment class (it
// then guesses from the bubble's position on screen): such parts say nothing about their author here, so the
// customer's message is "not found" rather than guessed.
// The o__user / o__admin / o__note classes of the older inbox are kept as a fallback.
import { helpdesk } from './helpdesk';
import { parentOf } from './read';
import { catalogueEntry } from '../../../utils/site-catalogue';

const PART =
  '[data-part-group-id], [data-part-group-category], [class*="group/content-part"], .conversation__part, [data-conversation-part-id]';

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
    message: PART,
    body: '.interblocks-html, [class*="break-words"], [class*="body" i]',
    who(m) {
      const category = CATEGORY[m.getAttribute('data-part-group-category') ?? ''];
      if (category) return category;
      const c = m.getAttribute('class') ?? '';
      if (/\bo__note\b/.test(c)) return 'note';
      if (/\bo__(?:admin|bot|operator)\b/.test(c)) return 'agent';
      if (/\bo__(?:user|lead|contact)\b/.test(c)) return 'customer';
      // The row around the part (a few levels up, across a shadow root): its data-author-type or its layout. A
      // layout class counts only on the part's own row: an element holding other parts too is a container whose
      // alignment says nothing about this part's author.
      for (let a: Element | null = m, i = 0; a && i < 6; a = parentOf(a), i++) {
        const type = a.getAttribute('data-author-type');
        if (/admin|agent|teammate|bot/i.test(type ?? '')) return 'agent';
        if (/user|customer|lead|contact/i.test(type ?? '')) return 'customer';
        const end = a.classList.contains('justify-end') || a.classList.contains('flex-row-reverse');
        if (!end && !a.classList.contains('justify-start')) continue;
        if (a !== m && a.querySelectorAll(PART).length > 1) return undefined;
        return end ? 'agent' : 'customer';
      }
      return undefined;
    },
  },
  // The conversation's title is the customer's name (no part says its author's name).
  recipient: ['[data-inbox-conversation-header-title]', '[data-conversation-title]'],
  usual: { channel: 'chat', audience: 'private', kind: 'reply (chat)' },
});
