// Front (app.frontapp.com): shared inbox where a reply goes to the customer and a comment stays with
// teammates. Editor: Front's own contenteditable composer (uncertain). Markers: not documented publicly; the
// comment composer's hint ("Comment", "@mention a teammate") or the reply draft's header tell which, and
// messages are read through class/data-testid names and accessible hints.
import { helpdesk } from './helpdesk';
import { catalogueEntry } from '../../../utils/site-catalogue';

export const front = helpdesk({
  ...catalogueEntry('front'),
  editor: 'contenteditable (Front composer)',
  channels: ['email', 'ticket'],
  reads: "customer's name, their latest message, reply vs teammate comment, the agent's sign-off",
  composer: [
    '[data-testid*="composer" i] [contenteditable="true"]',
    '[class*="composer" i] [contenteditable="true"]',
    '[class*="Composer"] [contenteditable="true"]',
  ],
  notAReply: 'input[type="search"], [role="combobox"], input[type="email"]',
  thread: {
    message: '[data-testid*="message" i], [class*="messageItem" i], [class*="message-item" i]',
    author: '[data-testid*="sender" i], [class*="sender" i], [class*="author" i]',
    body: '[data-testid*="body" i], [class*="body" i]',
    skip: 'blockquote, .front-quote',
  },
  usual: { channel: 'email', audience: 'private', kind: 'reply (email)' },
});
