// personal-data: a customer's e-mail address, phone number, card, order or account number, or street address in a
// public reply. The fix refers to the data without showing it ("your order"). Numbers a business publishes
// (toll-free lines) and numbers that are part of a link are not the customer's data.
import { describe, expect, it } from 'vitest';
import { applied, at, findingsOf, longReply, problemsOf, rule, spans, texts } from '../rule-helpers.ts';

const ALL = ['email', 'phone', 'card', 'order', 'account', 'address', 'birthdate', 'id-document'];
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
    expect(texts(findingsOf('Sent to jane@example.com.', privacy))).toEqual(['jane@example.com']);
  });

  it("finds customers' phone numbers, and leaves toll-free and freephone numbers to the deflection rules", () => {
    const text =
      'Is it (415) 555-0134 or +44 20 7946 0958? Our lines: 1-800-555-0134, +1 (800) 555 0134, 0800 123 4567.';
    expect(texts(findingsOf(text, privacy))).toEqual(['(415) 555-0134', '+44 20 7946 0958']);
    const one = 'We will ring 415-555-0134 tomorrow.';
    expect(applied(one, findingsOf(one, privacy)[0])).toBe('We will ring your phone number tomorrow.');
  });

  it("tells the customer's number from one the brand gives: who is told to call, and opening hours", () => {
    const customers = [
      'We will ring 0161 496 0712 tomorrow.',
      'Hi Tom, we tried calling you on 07700 900412 at 9am and 11am.',
      'We texted your registered mobile 07712 448 903 about it.',
      'Tickets were sent to 07912 455801 on the 5th.',
      'Is 07700 900123 still the best number to reach you?',
    ];
    for (const text of customers) expect(findingsOf(text, privacy), text).toHaveLength(1);
    const brands = [
      'For a same-day slot, please ring 0161 555 0712 before noon.',
      'From abroad, call +44 20 7946 0321.',
      'From abroad call +44 20 7946 0321 (24/7), or freephone 0800 123 4567.',
      "We'd suggest speaking to our manager, Rosa, on 0161 496 0321 before you book.",
      'If it is easier, you can also reach us directly on 01632 960418 until 5:30pm.',
      'Our Leeds branch is on 0113 496 0000 if you would rather book in person.',
      "It's 01632 960 441, and it is staffed until 6pm.",
      'Lines are 0113 496 0000, Mon-Fri 9-5.',
    ];
    for (const text of brands) expect(findingsOf(text, privacy), text).toEqual([]);
    // Who is called says enough: the number goes, with its "on".
    const called = 'We tried calling you on 07700 900412 twice, and we will call you back on 07700 900412 at noon.';
    const found = findingsOf(called, privacy);
    expect(found).toHaveLength(2);
    expect(applied(called, found[0])).toBe(
      'We tried calling you twice, and we will call you back on 07700 900412 at noon.',
    );
    expect(applied(called, found[1])).toBe(
      'We tried calling you on 07700 900412 twice, and we will call you back at noon.',
    );
  });

  it('finds card numbers that pass the Luhn check only', () => {
    const text = 'Card 4111 1111 1111 1111 was charged, not 4111 1111 1111 1112.';
    expect(texts(findingsOf(text, privacy))).toEqual(['4111 1111 1111 1111']);
  });

  it('reads a number as a card only when it is written as cards are (in one run, in fours, or 4-6-5)', () => {
    const cards = 'Cards 4111111111111111, 4111-1111-1111-1111 and 3782 822463 10005.';
    expect(texts(findingsOf(cards, privacy))).toEqual(['4111111111111111', '4111-1111-1111-1111', '3782 822463 10005']);
    // A Text Relay phone number whose digits happen to pass the Luhn check.
    expect(
      findingsOf('Call Text Relay on 18001 0330 088 1200.', privacy).filter((f) => /card/.test(f.message)),
    ).toEqual([]);
  });

  it('finds order, account and street-address details, without doubling "your"', () => {
    const order = 'Your order #AB12345 ships tomorrow.';
    expect(texts(findingsOf(order, privacy))).toEqual(['order #AB12345']);
    expect(applied(order, findingsOf(order, privacy)[0])).toBe('Your order ships tomorrow.');
    const account = 'Account number 12345678 is closed.';
    expect(applied(account, findingsOf(account, privacy)[0])).toBe('Your account is closed.');
    // Street names of every common kind: a Grove, a Rise, Gardens, a Mews.
    for (const street of ['22 Elm Grove', '14 Orchard Rise', '3 Kensington Gardens', '8 Stable Mews'])
      expect(texts(findingsOf(`Blocked at ${street}, Didsbury.`, privacy))).toEqual([`${street}, Didsbury`]);
    const address = 'We will send it to 221 Baker Street.';
    expect(texts(findingsOf(address, privacy))).toEqual(['221 Baker Street']);
    expect(applied(address, findingsOf(address, privacy)[0])).toBe('We will send it to your address.');
    // The town after it goes with it, at a sentence's end or before "to", "and" ...; not a word before more words.
    const town = 'The card is registered to 12 Orchard Lane, Didsbury. Your trip from 22 Brook Street, Hulme to work.';
    expect(texts(findingsOf(town, privacy))).toEqual(['12 Orchard Lane, Didsbury', '22 Brook Street, Hulme']);
    expect(applied(town, findingsOf(town, privacy)[0])).toMatch(/^The card is registered to your address\. /);
    expect(texts(findingsOf('It went to 12 Orchard Lane, Sam Jones said it arrived.', privacy))).toEqual([
      '12 Orchard Lane',
    ]);
  });

  it('finds an account number with no "number", and a street address with its town and postcode or ZIP code', () => {
    expect(texts(findingsOf('We can see your account 4471-2290 is overdue.', privacy))).toEqual(['account 4471-2290']);
    // Not a range of days or a year (a review's).
    for (const text of [
      'The refund reaches your account 3 - 5 working days after we get the item back.',
      'The credit will show on your account 10-14 days after the return arrives.',
      'Your account 2024-25 summary is ready to download.',
    ])
      expect(texts(findingsOf(text, privacy)), text).toEqual([]);
    // A last-four reference is how a brand names an account in public.
    expect(
      texts(findingsOf('Your account ending 0032 is fine, and 2024 was a good year for your account.', privacy)),
    ).toEqual([]);
    const uk = 'Your order was sent to 5 Mill Lane, Derby DE1 2AB and signed for.';
    expect(texts(findingsOf(uk, privacy))).toEqual(['5 Mill Lane, Derby DE1 2AB']);
    expect(applied(uk, findingsOf(uk, privacy)[0])).toBe('Your order was sent to your address and signed for.');
    const outward = 'Your order went to 27 Orchard Close, Bristol BS5 yesterday.';
    expect(texts(findingsOf(outward, privacy))).toEqual(['27 Orchard Close, Bristol BS5']);
    const us = 'Shipped to 12 Oak Street, Springfield, IL 62704 today.';
    expect(applied(us, findingsOf(us, privacy)[0])).toBe('Shipped to your address today.');
  });

  it('drops the data where the reply already names it, and offers no fix where a cut would not read', () => {
    // Replacing the data with "your address" would say "Your new address your address is on file".
    const apposition = 'Your new address 22 Fern Close is on file.';
    expect(applied(apposition, findingsOf(apposition, privacy)[0])).toBe('Your new address is on file.');
    const email = 'Your e-mail jane.doe@example.com is verified.';
    expect(applied(email, findingsOf(email, privacy)[0])).toBe('Your e-mail is verified.');
    const labelled = 'Card on file: 4111 1111 1111 1111.';
    expect(applied(labelled, findingsOf(labelled, privacy)[0])).toBe('Card on file.');
    // Set off by commas or dashes, the closing one goes too.
    const commas = 'Your address, 42 Maple Street, is correct.';
    expect(applied(commas, findingsOf(commas, privacy)[0])).toBe('Your address is correct.');
    const dashes = 'Your new address - 22 Fern Close - is on file.';
    expect(applied(dashes, findingsOf(dashes, privacy)[0])).toBe('Your new address is on file.');
    const linked = "We've updated your address to 22 Fern Close.";
    expect(applied(linked, findingsOf(linked, privacy)[0])).toBe("We've updated your address.");
    const copula = 'Your address is 22 Fern Close.';
    expect(texts(findingsOf(copula, privacy))).toEqual(['22 Fern Close']);
    expect(findingsOf(copula, privacy)[0]!.suggestions).toEqual([]);
  });

  it('finds a date of birth and an identity document number, and refers to the document by name', () => {
    const dob = 'We matched the booking to DOB 12/03/1991 and the name on it.';
    expect(texts(findingsOf(dob, privacy))).toEqual(['DOB 12/03/1991']);
    expect(findingsOf(dob, privacy)[0]!.message).toBe('This shows a date of birth to everyone.');
    expect(applied(dob, findingsOf(dob, privacy)[0])).toBe(
      'We matched the booking to your date of birth and the name on it.',
    );
    const held = "We've got your DOB as 12/03/1986 on the policy. What should it be?";
    expect(applied(held, findingsOf(held, privacy)[0])).toBe(
      "We've got your date of birth on the policy. What should it be?",
    );
    expect(texts(findingsOf('Date of birth: 3 May 1990. Born on March 3, 1990.', privacy))).toEqual([
      'Date of birth: 3 May 1990',
      'Born on March 3, 1990',
    ]);
    for (const [text, data, after] of [
      ['We checked passport ending 4821 today.', 'passport ending 4821', 'We checked your passport today.'],
      ['SSN 123-45-6789 is on file.', 'SSN 123-45-6789', 'Your Social Security number is on file.'],
      ['Passport number 123456789 is on file.', 'Passport number 123456789', 'Your passport is on file.'],
      [
        'Your NI number AB 12 34 56 C is linked.',
        'NI number AB 12 34 56 C',
        'Your National Insurance number is linked.',
      ],
      [
        'Your driving licence number MORGA753116SM9IJ is verified.',
        'driving licence number MORGA753116SM9IJ',
        'Your driving licence is verified.',
      ],
    ] as const) {
      expect(texts(findingsOf(text, privacy)), text).toEqual([data]);
      expect(applied(text, findingsOf(text, privacy)[0])).toBe(after);
    }
    // The number stops before the next word; codes that are no document's number are left alone (a review's).
    const licence = 'Your driving licence number SMITH 801019 JS9AB is on file.';
    expect(applied(licence, findingsOf(licence, privacy)[0])).toBe('Your driving licence is on file.');
    // Only a licence's later parts may start with a letter (a review's).
    const covid = 'We can see passport number 533401372 COVID19 test result on file.';
    expect(texts(findingsOf(covid, privacy))).toEqual(['passport number 533401372']);
    const run = 'We checked passport ending 4821 I can confirm it is valid.';
    expect(applied(run, findingsOf(run, privacy)[0])).toBe('We checked your passport I can confirm it is valid.');
    for (const text of [
      'Prices for NI 2025 are on the website now.',
      "We can't deliver to NI BT48 postcodes yet, sorry.",
      'Under NHS 2024 guidance we cannot book that test online.',
      'The replacement part is HP123456A, it ships today.',
      'Use code 123-45-6789 at checkout for 10% off.',
      'Your passport 2024 renewal is being processed.',
    ])
      expect(texts(findingsOf(text, privacy)), text).toEqual([]);
    // A cut that would not read gets no fix.
    expect(findingsOf('Your date of birth is 3 May 1990.', privacy)[0]!.suggestions).toEqual([]);
    // Documents named with no number, the brand's own, and codes that are not documents.
    for (const text of [
      'Please bring your passport and ID card to the desk.',
      'Our tax ID 12-3456789 is on every invoice.',
      'Your licence key ABCD-1234 works.',
      'Error code SSN 404.',
      'Flight BA 2490 leaves at 12:30 on 12/03/2026.',
    ])
      expect(texts(findingsOf(text, privacy)), text).toEqual([]);
  });

  it('offers no fix for data set off after someone named: it is theirs, not "your" address', () => {
    const text = 'Could you confirm the name on the slip: is it Jane Fowler, 22 Marsh Road, Hull HU5 3TQ?';
    const found = findingsOf(text, privacy);
    expect(texts(found)).toEqual(['22 Marsh Road, Hull HU5 3TQ']);
    expect(found[0]!.suggestions).toEqual([]);
    const own = 'We sent it to 22 Marsh Road, Hull HU5 3TQ.';
    expect(applied(own, findingsOf(own, privacy)[0])).toBe('We sent it to your address.');
    // After a greeting, the name is the customer's: the fix stays.
    const greeted = 'Hi Sam Jones, 22 Marsh Road is booked for Tuesday.';
    expect(applied(greeted, findingsOf(greeted, privacy)[0])).toBe('Hi Sam Jones, your address is booked for Tuesday.');
    const thanks = 'Thanks, 22 Marsh Road, Hull HU5 3TQ is on the order.';
    expect(findingsOf(thanks, privacy)[0]!.suggestions).toHaveLength(1);
  });

  it('takes a flat or unit with the street address', () => {
    const text = 'Your order to 14 Ashby Road, Flat 3, Loughborough LE11 3AB is ten minutes away.';
    expect(texts(findingsOf(text, privacy))).toEqual(['14 Ashby Road, Flat 3, Loughborough LE11 3AB']);
    expect(applied(text, findingsOf(text, privacy)[0])).toBe('Your order to your address is ten minutes away.');
  });

  it('takes a reference the brand gave a report for no personal data; a booking or order reference is', () => {
    expect(findingsOf('Logged as urgent. Ref SL-20418; they aim to fix it within 5 days.', privacy)).toEqual([]);
    expect(findingsOf('Your fault reference is 55120843.', privacy)).toEqual([]);
    expect(texts(findingsOf('Your booking reference XK72QD is confirmed.', privacy))).toEqual([
      'booking reference XK72QD',
    ]);
    expect(texts(findingsOf('Order ref 4471-2290 left today.', privacy))).toEqual(['Order ref 4471-2290']);
  });

  it("leaves the brand's own street address alone", () => {
    for (const text of [
      'Our store at 10 High Street opens at 9.',
      'Our Leeds office on 22 Park Lane is closed today.',
      'Visit us at 10 High Street, Leeds LS1 4AP.',
      "We're located at 2 Market Street, Leeds LS1 4AP.",
    ])
      expect(texts(findingsOf(text, privacy)), text).toEqual([]);
    expect(texts(findingsOf('Your parcel is at 10 High Street.', privacy))).toEqual(['10 High Street']);
    // Curly apostrophes and "see us at" too; "we are at" is where the courier stood (a review's).
    expect(texts(findingsOf('We’re located at 10 High Street, come and say hi!', privacy))).toEqual([]);
    expect(texts(findingsOf('Come see us at 10 High Street today.', privacy))).toEqual([]);
    expect(texts(findingsOf('We are at 42 Maple Street but nobody answered.', privacy))).toEqual(['42 Maple Street']);
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
      "Since you can't get into the app, email lostitems@zoomly.example with the trip time.",
      'Call us on 020 7946 0958 any time.',
      'Our helpline number is 020 7946 0958.',
    ])
      expect(texts(findingsOf(text, privacy)), text).toEqual([]);
    const brand = { brandDomains: ['Acme.com', 'https://www.acme.co.uk/help', '@acmebank.com'] };
    for (const address of ['jane@acme.com', 'jane@mail.acme.co.uk', 'j.doe@acmebank.com'])
      expect(findingsOf(`Sent from ${address} today.`, privacy, brand), address).toEqual([]);
    expect(texts(findingsOf('Sent to jane@example.com today.', privacy, brand))).toEqual(['jane@example.com']);
    expect(texts(findingsOf('Sent to jane@notacme.com today.', privacy, brand))).toEqual(['jane@notacme.com']);
    // An address the customer is told to write to is not theirs (a review's); one we wrote to is.
    expect(texts(findingsOf('Please email sam@example.com with the photos.', privacy))).toEqual([]);
    expect(texts(findingsOf('You can write to claims@insurer.example about it.', privacy))).toEqual([]);
    expect(texts(findingsOf('We emailed jane@example.com yesterday.', privacy))).toEqual(['jane@example.com']);
    expect(texts(findingsOf('We will ring 415-555-0134 tomorrow.', privacy))).toEqual(['415-555-0134']);
  });

  it('does not read an id inside a link as a card or phone number', () => {
    expect(findingsOf('Track it at https://example.com/track/4111111111111111 today.', privacy)).toEqual([]);
    expect(findingsOf('See https://help.example.com/articles/4155550134 for the steps.', privacy)).toEqual([]);
    const text = 'See https://example.com/help, and we will ring 415-555-0134 at noon.';
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
      'rules[0].types[1]: expected one of email, phone, card, order, account, address, birthdate, id-document',
    ]);
  });
});
