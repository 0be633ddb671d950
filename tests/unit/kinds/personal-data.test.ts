// personal-data: a customer's e-mail address, phone number, card, order or account number, or street address in a
// public reply. The fix refers to the data without showing it ("your order"). Numbers a business publishes
// (toll-free lines) and numbers that are part of a link are not the customer's data.
import { describe, expect, it } from 'vitest';
import { applied, at, findingsOf, longReply, problemsOf, rule, spans, texts } from '../rule-helpers.ts';

const ALL = ['email', 'phone', 'card', 'order', 'account', 'address'];
const privacy = rule('personal-data', {
  types: ALL,
  message: 'This shows {type} to everyone.',
  when: { audience: 'public' },
});

describe('personal-data: what it finds', () => {
  it('finds an e-mail address, names it in the message and replaces it with a reference', () => {
    const text = 'We sent it to jane.doe@example.com today.';
    const found = findingsOf(text, privacy);
    expect(spans(found)).toEqual([at(text, 'jane.doe@example.com')]);
    expect(found[0]!.message).toBe('This shows an e-mail address to everyone.');
    expect(applied(text, found[0])).toBe('We sent it to your e-mail address today.');
    // The capitals in the data say nothing about the reference; a sentence start does.
    const capitals = 'Sent to Jane.Doe@Example.com today.';
    expect(applied(capitals, findingsOf(capitals, privacy)[0])).toBe('Sent to your e-mail address today.');
    const first = 'Jane.Doe@example.com is on file.';
    expect(applied(first, findingsOf(first, privacy)[0])).toBe('Your e-mail address is on file.');
    // The full stop after an address is not part of it.
    expect(texts(findingsOf('Write to jane@example.com.', privacy))).toEqual(['jane@example.com']);
  });

  it("finds customers' phone numbers, and leaves toll-free and freephone numbers to the deflection rules", () => {
    const text =
      'Is it (415) 555-0134 or +44 20 7946 0958? Our lines: 1-800-555-0134, +1 (800) 555 0134, 0800 123 4567.';
    expect(texts(findingsOf(text, privacy))).toEqual(['(415) 555-0134', '+44 20 7946 0958']);
    const one = 'We will ring 415-555-0134 tomorrow.';
    expect(applied(one, findingsOf(one, privacy)[0])).toBe('We will ring your phone number tomorrow.');
  });

  it('finds card numbers that pass the Luhn check only', () => {
    const text = 'Card 4111 1111 1111 1111 was charged, not 4111 1111 1111 1112.';
    expect(texts(findingsOf(text, privacy))).toEqual(['4111 1111 1111 1111']);
  });

  it('finds order, account and street-address details, without doubling "your"', () => {
    const order = 'Your order #AB12345 ships tomorrow.';
    expect(texts(findingsOf(order, privacy))).toEqual(['order #AB12345']);
    expect(applied(order, findingsOf(order, privacy)[0])).toBe('Your order ships tomorrow.');
    const account = 'Account number 12345678 is closed.';
    expect(applied(account, findingsOf(account, privacy)[0])).toBe('Your account is closed.');
    const address = 'We will send it to 221 Baker Street.';
    expect(texts(findingsOf(address, privacy))).toEqual(['221 Baker Street']);
    expect(applied(address, findingsOf(address, privacy)[0])).toBe('We will send it to your address.');
  });

  it('looks only for the types the rule lists', () => {
    const emailOnly = rule('personal-data', { types: ['email'] });
    expect(texts(findingsOf('Call 415-555-0134 or write to jane@example.com', emailOnly))).toEqual([
      'jane@example.com',
    ]);
  });

  it('leaves dates, times, flight numbers, prices and handles alone', () => {
    expect(
      findingsOf('We flew on 2017-10-31 at 10:30 on flight 1234 for $1,299.99, thanks @jane_doe', privacy),
    ).toEqual([]);
    expect(findingsOf('Write to jane@example (no domain)', privacy)).toEqual([]);
  });

  it("never flags the brand's own addresses and numbers: role addresses, the brand's domains, its numbers", () => {
    for (const text of [
      'Please forward the e-mail to reportphish@example.com.',
      'Write to abuse@bank.example or privacy@bank.example.',
      'Our noreply@mail.example.com address sent it.',
      'Contact uk.support@shop.example or customer-care@shop.example.',
      'Call us on 020 7946 0958 any time.',
      'Our helpline number is 020 7946 0958.',
    ])
      expect(texts(findingsOf(text, privacy)), text).toEqual([]);
    const brand = { brandDomains: ['Acme.com', 'https://www.acme.co.uk/help', '@acmebank.com'] };
    for (const address of ['jane@acme.com', 'jane@mail.acme.co.uk', 'j.doe@acmebank.com'])
      expect(findingsOf(`Sent from ${address} today.`, privacy, brand), address).toEqual([]);
    expect(texts(findingsOf('Sent to jane@example.com today.', privacy, brand))).toEqual(['jane@example.com']);
    expect(texts(findingsOf('Sent to jane@notacme.com today.', privacy, brand))).toEqual(['jane@notacme.com']);
    expect(texts(findingsOf('We will ring 415-555-0134 tomorrow.', privacy))).toEqual(['415-555-0134']);
  });

  it('does not read an id inside a link as a card or phone number', () => {
    expect(findingsOf('Track it at https://example.com/track/4111111111111111 today.', privacy)).toEqual([]);
    expect(findingsOf('See https://help.example.com/articles/4155550134 for the steps.', privacy)).toEqual([]);
    const text = 'See https://example.com/help or ring 415-555-0134.';
    expect(texts(findingsOf(text, privacy))).toEqual(['415-555-0134']);
  });

  it('gives UTF-16 offsets after emoji and finds addresses in other scripts', () => {
    expect(spans(findingsOf('🙂 jane@example.com', privacy))).toEqual([[3, 19]]);
    expect(spans(findingsOf('почта@пример.рф', privacy))).toEqual([[0, 15]]);
  });

  it('only runs where its when allows (a public reply here)', () => {
    expect(findingsOf('Sent to jane@example.com', privacy, { audience: 'private', channel: 'email' })).toEqual([]);
    expect(findingsOf('Sent to jane@example.com', privacy)).toHaveLength(1); // default: a public reply on X
  });

  it('finds nothing in an empty text or only emoji, and finds an address at the end of 5,000 characters', () => {
    expect(findingsOf('', privacy)).toEqual([]);
    expect(findingsOf('📧📞', privacy)).toEqual([]);
    const long = `${longReply(5000)} Write to jane@example.com`;
    expect(spans(findingsOf(long, privacy))).toEqual([at(long, 'jane@example.com')]);
  });
});

describe('personal-data: problems, in plain words', () => {
  it('refuses an empty or unknown type list, naming the bad entry', () => {
    expect(problemsOf(rule('personal-data', { types: [] }))).toHaveLength(1);
    expect(problemsOf(rule('personal-data', { types: [] }))[0]).toMatch(/^rules\[0\]\.types: /);
    expect(problemsOf(rule('personal-data', { types: ['email', 'ssn'] }))).toEqual([
      'rules[0].types[1]: expected one of email, phone, card, order, account, address',
    ]);
  });
});
