// asks-again: a request for a detail the customer already gave. Found by the detail's form in the customer's message
// and a request for it in the reply; never without the customer's message, never for a reason to ask again.
import { describe, expect, it } from 'vitest';
import { findingsOf, problemsOf, rule, texts } from '../rule-helpers.ts';

const again = rule('asks-again', { message: 'They gave {detail}.' });
const said = (customerMessage: string) => ({ customerMessage, channel: 'chat' as const, audience: 'private' as const });

describe('asks-again: what it flags', () => {
  it('flags a request for each kind of detail the customer gave, naming it in the message', () => {
    const cases: [string, string, string, string][] = [
      [
        'order #MR90417 arrived cold',
        'Could you let us know your order number?',
        'your order number',
        'their order, booking or policy reference',
      ],
      [
        'booking ref HX-20931, charged twice',
        'Please send us your booking reference.',
        'your booking reference',
        'their order, booking or policy reference',
      ],
      [
        'my account number is 8830192',
        'Can I take your account number please?',
        'your account number',
        'their account number',
      ],
      ['no broadband at LS8 1AB since Sunday', "What's your postcode?", 'your postcode', 'their postcode'],
      ['My zip is 90210 and the store is shut', 'Please confirm your zip code.', 'your zip code', 'their postcode'],
      [
        'resend it to lena.m@postbox.com please',
        'Could you confirm your e-mail address?',
        'your e-mail address',
        'their e-mail address',
      ],
      ['call me on 07700 900123 after 5', 'Please DM us your phone number.', 'your phone number', 'their phone number'],
      ['It arrived crushed, photo attached.', 'Could you send us a photo of the box?', 'a photo', 'a photo'],
    ];
    for (const [message, reply, asked, detail] of cases) {
      const found = findingsOf(reply, again, said(message));
      expect(texts(found), `${message} / ${reply}`).toEqual([asked]);
      expect(found[0]!.message).toBe(`They gave ${detail}.`);
    }
  });

  it("flags a request in a list or after other details, and does not count the customer's quoted e-mail as read", () => {
    const given = said('Hi, booking ref SKX4419, account 7781 2290. Please add a wheelchair request.');
    expect(
      texts(findingsOf('Could you please give your name, booking reference and account number?', again, given)),
    ).toEqual(['booking reference', 'account number']);
    // "Your full name" asks for something new; the account number is asked again all the same.
    expect(
      texts(
        findingsOf(
          'Hi! Can I get your full name and account number please?',
          again,
          said('account 7781 2290, my phone was stolen'),
        ),
      ),
    ).toEqual(['account number']);
    const email =
      'Hi,\n\nCould you confirm your order number?\n\nThanks,\nJo\n\nOn Mon, Ana wrote:\n> The order number is NB-77310.';
    expect(texts(findingsOf(email, again, said('The order number is NB-77310.')))).toEqual(['your order number']);
  });

  it('flags each detail asked again once, in reply order', () => {
    const found = findingsOf(
      'Thanks for contacting us. Can I take your account number and your postcode please?',
      again,
      said('Hi, my account number is 8830192 and postcode is M14 6HT. My direct debit went out twice.'),
    );
    expect(texts(found)).toEqual(['your account number', 'your postcode']);
  });
});

describe('asks-again: what it leaves alone', () => {
  it('hears a code given a few words after "number", an account with a prefix, and a street address', () => {
    const later = said("I've given you the tracking number twice already. PW88213345GB. Where is it?");
    expect(texts(findingsOf('Could you please provide your tracking number?', again, later))).toEqual([
      'your tracking number',
    ]);
    const prefixed = said('number ending 882, account VM-33019. Why is my bill £94?');
    expect(texts(findingsOf('Can you send us your account number?', again, prefixed))).toEqual(['your account number']);
    const moving = said("I'm moving out of 18 Rosslyn Terrace on 30 June, please cancel from then.");
    expect(texts(findingsOf('Please reply with the address of the property.', again, moving))).toEqual([
      'the address of the property',
    ]);
    // Not an e-mail address; and a bare word with a sum later is no reference.
    expect(findingsOf('Please confirm your email address.', again, moving)).toEqual([]);
    const refund = said('Asked them to cancel my reservation and refund me over AUD1700. Please help.');
    expect(findingsOf('Please DM your reservation code.', again, refund)).toEqual([]);
    // Not across a comma, not inside another word, not a phone number; and "address" the verb is no request.
    const ask = 'Could you send us your order number?';
    expect(findingsOf(ask, again, said("I don't have the order number, my phone is 07700900123"))).toEqual([]);
    expect(findingsOf(ask, again, said('Order not delivered. Call me on 07700900123'))).toEqual([]);
    expect(
      findingsOf('Please DM your booking reference.', again, said('Waiting on the booking refund of AUD1700')),
    ).toEqual([]);
    expect(findingsOf('Could you tell us the day, so we can address it with the crew?', again, moving)).toEqual([]);
  });

  it('needs the customer to have given the detail', () => {
    expect(findingsOf('Could you DM us your order number?', again, said('My parcel never came.'))).toEqual([]);
    expect(findingsOf('Could you DM us your order number?', again)).toEqual([]);
    // An order "from 2023" or "of 2 items" is not a reference.
    expect(
      findingsOf('Could you DM us your order number?', again, said('My order from 2023 was short of 2 items.')),
    ).toEqual([]);
  });

  it('needs a request: the detail mentioned in a statement is not asked for', () => {
    expect(findingsOf("We've sent the code to your e-mail address.", again, said('it is sam@example.com'))).toEqual([]);
    expect(findingsOf('Your order number is on its way to the team.', again, said('order #MR90417 is late'))).toEqual(
      [],
    );
  });

  it('leaves a request with a reason alone, and a reply that quotes the detail back', () => {
    const photo = said('Box crushed, photo attached.');
    expect(findingsOf("Sorry, the photo didn't come through. Could you send it again?", again, photo)).toEqual([]);
    expect(findingsOf('Could you send another photo of the label?', again, photo)).toEqual([]);
    expect(
      findingsOf('Thanks! Is MR90417 your order number, or the receipt number?', again, said('order #MR90417 is late')),
    ).toEqual([]);
  });

  it('checks only the details it is given', () => {
    const only = rule('asks-again', { message: 'x', details: ['photo'] });
    expect(findingsOf('Could you let us know your order number?', only, said('order #MR90417 arrived cold'))).toEqual(
      [],
    );
  });

  it('names an unknown detail in plain words', () => {
    expect(problemsOf(rule('asks-again', { details: ['shoe size'] })).join('\n')).toMatch(/details\[0\]/);
  });
});
