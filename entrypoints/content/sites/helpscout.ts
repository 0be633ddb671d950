// Help Scout (secure.helpscout.net/conversation/<id>): reply vs note. Editor: a contenteditable [role="textbox"]
// in the reply bar (the editor registry detects the library it runs); Redactor's classes kept for older accounts.
// Evidence (public code read 2026-11-26, found by the exact string `Thread Items` in the code index, which does not
// name their repositories: an agent-browser playbook for Help Scout (agents/helpscout-support) and a "GPT Assistant"
// extension's HelpScoutAdapter): the thread is ol[aria-label="Thread Items"] > li, each
// with a div[id^="thread-"] that carries .is-customer on the customer's messages, oldest first, its time in <time>;
// the editor sits in [data-cy="ConvoEditor"] / [data-testid="reply-editor"]; toggl/track-extension
// (src/content/helpscout.js) marks the header [data-cy="ConversationHeader.Actions"]. Authorship is read from
// .is-customer / .is-note (language-neutral); the aria-label is a fallback.
import { helpdesk } from './helpdesk';
import { catalogueEntry } from '../../../utils/site-catalogue';

export const helpscout = helpdesk({
  ...catalogueEntry('helpscout'),
  editor: 'contenteditable (Help Scout reply bar)',
  channels: ['email', 'chat', 'ticket'],
  reads: "customer's name, their latest message, reply vs note, the agent's sign-off",
  composer: [
    '[data-cy="ConvoEditor"] [contenteditable="true"]',
    '[data-testid="reply-editor"] [contenteditable="true"]',
    '[data-cy="ConvoEditor"][contenteditable="true"]',
    '.redactor-in',
    '.redactor_editor',
  ],
  notAReply: 'input[type="search"], [role="combobox"], input[type="email"]',
  thread: {
    message: 'ol[aria-label="Thread Items" i] > li, li[id^="thread-"], [data-cy="ThreadItem"]',
    author: '[data-nocollapse="true"], [data-cy*="Name" i]',
    body: '[data-cy*="Body" i], .thread-content',
    skip: 'blockquote',
    who(m) {
      // The item itself (li[id^="thread-"]) or its div[id^="thread-"] carries the author's class.
      const item = m.matches('[id^="thread-"]') ? m : (m.querySelector('[id^="thread-"]') ?? m);
      if (item.matches('.is-note, .is-lineitem')) return 'note';
      if (item.matches('.is-customer')) return 'customer';
      return item.matches('[id^="thread-"]') ? 'agent' : undefined;
    },
  },
  usual: { channel: 'email', audience: 'private', kind: 'reply (email)' },
});
