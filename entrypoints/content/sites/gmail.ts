// Gmail (mail.google.com): new emails and replies, private. Editor: Google's own contenteditable.
// Markers, from public extensions that read Gmail (KartikTalwar/gmail.js src/gmail.js, read 2026-11-26 at its
// 2026-03-25 commit: messages div.adn, words div.a3s, sender span[email].gD, compose body div[contenteditable=true];
// g_editable and the account link from other public extensions, 2026-11-23, repositories not named by the index):
// the body div[aria-label="Message Body"][role="textbox"] carrying g_editable="true" (the aria-label is translated, g_editable is not); each message of a thread is a
// div.adn with the sender in span.gD[email][name] and the words in div.a3s (quoted history in .gmail_quote,
// signatures in .gmail_signature); the signed-in account is the address in the Google bar's account link
// (a[href*="accounts.google.com/SignOutOptions"], aria-label "Google Account: Ann (ann@brand.com)", translated:
// only the address is read) or in the page title ("Inbox - ann@brand.com - Gmail"; gmail.js reads the same address
// from Gmail's page globals, out of a content script's reach); recipients in a compose window are chips carrying [email] and [name]. All language-neutral.
import { helpdesk } from './helpdesk';
import { catalogueEntry } from '../../../utils/site-catalogue';

const ACCOUNT = 'a[href*="accounts.google.com/SignOutOptions"], a[aria-label^="Google Account" i]';
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;

/** The signed-in address, to tell the agent's own messages from the customer's (no translated words needed). */
function accountEmail(doc: Document): string | undefined {
  const label = doc.querySelector(ACCOUNT)?.getAttribute('aria-label') ?? '';
  return (EMAIL.exec(label) ?? EMAIL.exec(doc.title))?.[0].toLowerCase();
}

export const gmail = helpdesk({
  ...catalogueEntry('gmail'),
  editor: 'contenteditable (Gmail)',
  channels: ['email'],
  reads: "sender's or recipient's name, the latest email from them (without quoted history), the agent's sign-off",
  composer: ['div[g_editable="true"]', 'div[aria-label="Message Body"][role="textbox"]'],
  notAReply:
    'input[name="subjectbox"], input[name="to"], input[name="cc"], input[name="bcc"], input[type="search"], form[role="search"] input, [role="combobox"]',
  thread: {
    message: 'div.adn, div[data-message-id]',
    author: 'span.gD[email]',
    body: 'div.a3s',
    skip: '.gmail_quote, .gmail_extra, .gmail_signature, blockquote',
    who(m) {
      const from = m.querySelector('span.gD[email]')?.getAttribute('email')?.toLowerCase();
      if (!from) return undefined;
      const me = accountEmail(m.ownerDocument);
      if (!me) return undefined; // the account is not known: whose message it is cannot be told
      return from === me ? 'agent' : 'customer';
    },
  },
  recipient: ['[role="dialog"] [email]', 'form [email]', 'span[email][name]'],
  // A compose window with no thread open is a new email.
  newConversation: (_box, doc) => !doc.querySelector('div.adn, div[data-message-id]'),
  usual: { channel: 'email', audience: 'private', kind: 'email' },
});
