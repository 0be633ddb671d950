// The string-level readers the site adapters share: where a reply goes from a helpdesk's own words, the
// agent's sign-off, handles, names, the site a page is added as, and when coaching is on.
import { describe, expect, it } from 'vitest';
import {
  destinationFrom,
  handleFromHref,
  handleIn,
  nameOnly,
  signOffIn,
  clean,
} from '../../entrypoints/content/sites/read';
import { NOT_FOUND } from '../../entrypoints/content/sites/read';
import { nameIn } from '../../entrypoints/content/sites/facebook';
import { LABELS, afterLabel, labelRe, type LabelKind } from '../../entrypoints/content/sites/labels';
import { contextLine, contextView } from '../../entrypoints/content/session/view-model';
import { isSupportedUrl } from '../../utils/site-catalogue';
import { coachingOn, type AddedSite } from '../../utils/site-switch';
import { siteOf, SiteError } from '../../utils/site-registration';

describe('destinationFrom: the words on a reply/note switch or channel picker', () => {
  it.each([
    ['Internal note', 'ticket', 'private'],
    ['Add note', 'ticket', 'private'],
    ['internal', 'ticket', 'private'],
    ['Private note', 'ticket', 'private'],
    ['Comment', 'ticket', 'private'],
    ['Add a comment…', 'ticket', 'private'],
    ['Facebook comment', 'facebook', 'public'],
    ['Instagram comment', 'instagram', 'public'],
    ['Facebook Messenger', 'messenger', 'private'],
    ['Instagram direct message', 'instagram', 'private'],
    ['twitter', 'x', 'public'],
    ['Twitter DM', 'x', 'private'],
    ['native_messaging', 'chat', 'private'],
    ['WhatsApp', 'chat', 'private'],
    ['SMS', 'chat', 'private'],
    ['Email', 'email', 'private'],
    ['web', 'email', 'private'],
  ])('%s -> %s (%s)', (label, channel, audience) => {
    expect(destinationFrom(label)).toMatchObject({ channel, audience });
  });

  it('a plain "Reply" names no channel: the site substitutes its usual one', () => {
    expect(destinationFrom('Reply')).toMatchObject({ generic: true });
    expect(destinationFrom('Public reply')).toMatchObject({ generic: true });
    expect(destinationFrom('Email')?.generic).toBeUndefined();
  });

  it('words that name no destination give nothing', () => {
    for (const label of ['Insert', 'Bold', 'Macros', 'Chats', 'Search Zendesk', '', undefined])
      expect(destinationFrom(label)).toBeUndefined();
  });
});

describe('signOffIn: the agent convention from their own earlier messages', () => {
  it('finds ^initials and -Name, the most frequent winning', () => {
    expect(signOffIn(['Sorry about that, we are on it. ^KM', 'Thanks! ^KM', 'Fixed ^JS'])).toBe('^KM');
    expect(signOffIn(['Hi Jane, the refund is on its way.\nBest,\n-Ann'])).toBe('-Ann');
    expect(signOffIn(['Happy to help – Zoë'])).toBe('-Zoë');
  });
  it('is quiet when nobody signs, or when a dash is part of the sentence', () => {
    expect(signOffIn(['Thanks for waiting.', 'We are on it - more soon.'])).toBeUndefined();
    expect(signOffIn([])).toBeUndefined();
  });
});

describe('handles and names', () => {
  it('handleIn takes the first @handle, not an email address', () => {
    expect(handleIn('@AcmeAir my flight was cancelled')).toBe('@AcmeAir');
    expect(handleIn('write to jane@example.com or @jane.doe_')).toBe('@jane.doe_');
    expect(handleIn('no handle here')).toBeUndefined();
  });
  it('handleFromHref reads profile links only', () => {
    expect(handleFromHref('/janedoe')).toBe('@janedoe');
    expect(handleFromHref('https://x.com/janedoe')).toBe('@janedoe');
    expect(handleFromHref('/janedoe/')).toBe('@janedoe');
    expect(handleFromHref('/janedoe/status/123')).toBeUndefined();
  });
  it('nameOnly trims badges and roles', () => {
    expect(nameOnly('Jane Doe (customer)')).toBe('Jane Doe');
    // A page's huge attribute is read only as far as a name can go: the trims were quadratic on a run of "·" or of
    // spaces (1.5 s for 40,000 characters on the page's thread; a million never finished).
    expect(nameOnly(`Jane Doe${'·'.repeat(1_000_000)}x`)).toBe('Jane Doe');
    expect(nameIn(`Comment by Jane Doe${' '.repeat(1_000_000)}x`, 'commentBy')).toBe('Jane Doe');
    expect(nameIn('Comment by Jane Doe 2 hours ago', 'commentBy')).toBe('Jane Doe');
    expect(nameOnly('  Jane   Doe\n@janedoe')).toBe('Jane Doe');
    expect(nameOnly('')).toBeUndefined();
  });
  it('clean collapses spaces and drops empty lines', () => {
    expect(clean(' a \u00a0 b \n\n  c ')).toBe('a b\nc');
  });
});

describe('adding a site and the per-site switch', () => {
  it('a page is added as its whole origin', () => {
    expect(siteOf('https://support.example.org/requests/42?x=1#y')).toEqual({
      origin: 'https://support.example.org',
      host: 'support.example.org',
      patterns: ['https://support.example.org/*'],
    });
  });
  it('only web pages can be added', () => {
    for (const url of ['chrome://extensions', 'file:///tmp/a.html', 'about:blank', 'not a url'])
      expect(() => siteOf(url)).toThrow(SiteError);
  });
  it('coaching is on for listed and added sites unless switched off', () => {
    const added: AddedSite[] = [
      {
        origin: 'https://support.example.org',
        patterns: ['https://support.example.org/*'],
        scriptId: 'tc-site:https://support.example.org',
        addedAt: 0,
      },
    ];
    expect(isSupportedUrl('https://acme.zendesk.com/agent/tickets/1')).toBe(true);
    expect(coachingOn('https://acme.zendesk.com/agent/tickets/1', [], [])).toBe(true);
    expect(coachingOn('https://acme.zendesk.com/agent/tickets/1', ['acme.zendesk.com'], [])).toBe(false);
    expect(coachingOn('https://other.zendesk.com/agent/tickets/1', ['acme.zendesk.com'], [])).toBe(true);
    expect(coachingOn('https://support.example.org/requests/42', [], [])).toBe(false);
    expect(coachingOn('https://support.example.org/requests/42', [], added)).toBe(true);
    expect(coachingOn('https://support.example.org/requests/42', ['support.example.org'], added)).toBe(false);
  });
});

describe('labels.ts: the fallback labels in five languages', () => {
  it.each(Object.keys(LABELS) as LabelKind[])('%s is there in English, Spanish, French, German and Portuguese', (k) => {
    expect(LABELS[k].length).toBeGreaterThanOrEqual(5);
  });

  it.each([
    ['commentBy', 'Comment by Jane Doe 2 hours ago', 'Jane Doe 2 hours ago'],
    ['commentBy', 'Comentario de Lucía Pérez', 'Lucía Pérez'],
    ['commentBy', 'Commentaire de Léa Martin', 'Léa Martin'],
    ['commentBy', 'Kommentar von Jana Novak vor 2 Stunden', 'Jana Novak vor 2 Stunden'],
    ['commentBy', 'Comentário de João Silva', 'João Silva'],
    ['conversation', 'Messages in conversation titled Jane Doe', 'Jane Doe'],
    ['conversation', 'Nachrichten in der Unterhaltung mit Jana', 'Jana'],
    ['youSent', 'Du hast gesendet', ''],
  ] as const)('%s: "%s" -> "%s"', (kind, label, rest) => {
    expect(afterLabel(kind, label)).toBe(rest);
  });

  it('a label is matched on whole words only ("Messages in conversation…" is not the message box)', () => {
    expect(labelRe('message').test('Message')).toBe(true);
    expect(labelRe('message').test('Nachricht')).toBe(true);
    expect(labelRe('message').test('Messages in conversation with Jane')).toBe(false);
    expect(afterLabel('commentBy', 'Comments by the team')).toBeUndefined();
  });
});

describe('the context line says what could not be read', () => {
  it('ends with "customer\'s message not found" when the adapter could not tell whose message is whose', () => {
    const reading = {
      context: { channel: 'chat' as const, audience: 'private' as const },
      debug: { unread: NOT_FOUND },
    };
    const view = contextView('hubspot', reading, false, 'HubSpot');
    expect(view.customerMessage).toBeUndefined();
    expect(contextLine(view)).toBe("Replying privately on HubSpot by chat · customer's message not found");
    expect(contextLine(contextView('hubspot', { ...reading, debug: {} }, false, 'HubSpot'))).toBe(
      'Replying privately on HubSpot by chat',
    );
  });
});
