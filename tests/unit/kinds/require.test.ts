// require: what a good reply contains (an acknowledgement, a greeting with the name, a next step, the brand's
// sign-off). The finding sits on the first or last sentence, so the underline is where the fix goes, and the fix
// is an insertion that reads naturally ("Hi Jane, your refund ...").
import { describe, expect, it } from 'vitest';
import { applied, at, findingsOf, longReply, problemsOf, rule, spans } from '../rule-helpers.ts';

const acknowledge = rule('require', {
  phrases: ['sorry', 'apologi(se|ze)'],
  insert: 'Sorry about this. ',
  message: 'Acknowledge it.',
});
const greeting = rule('require', {
  phrases: ['hi', 'hello', 'hey'],
  where: 'start',
  within: 20,
  insert: ['Hi {name}, ', 'Hi, '],
});
const useName = rule('require', { need: 'customer-name', message: 'Use {name}’s name.' });
const signOff = rule('require', { need: 'sign-off', where: 'end', within: 30 });

describe('require: a phrase', () => {
  it('flags the first sentence when the phrase is missing and inserts the fix before it', () => {
    const text = 'We have refunded you. It shows in 3 days.';
    const found = findingsOf(text, acknowledge);
    expect(spans(found)).toEqual([at(text, 'We have refunded you')]);
    expect(found[0]!.message).toBe('Acknowledge it.');
    expect(found[0]!.suggestions[0]).toMatchObject({ start: 0, end: 0, replacement: 'Sorry about this. ' });
    expect(applied(text, found[0])).toBe('Sorry about this. We have refunded you. It shows in 3 days.');
  });

  it('is satisfied by any of its phrases, anywhere by default', () => {
    expect(findingsOf('Sorry! We have refunded you.', acknowledge)).toEqual([]);
    expect(findingsOf('We have refunded you, and we apologize.', acknowledge)).toEqual([]);
  });

  it('starts after the @handles X puts before a reply', () => {
    const text = '@jane We have refunded you.';
    const found = findingsOf(text, acknowledge);
    expect(spans(found)).toEqual([[6, 26]]);
    expect(applied(text, found[0])).toBe('@jane Sorry about this. We have refunded you.');
  });

  it('looks only where it is told (where: start, within 20 characters)', () => {
    expect(findingsOf('Hello Sam, your refund is on its way.', greeting)).toEqual([]);
    expect(findingsOf('Your refund is on its way. Hi!', greeting)).toHaveLength(1);
  });

  it('offers each insertion whose values are known, taking the capital of the word it now precedes', () => {
    const text = 'Your refund is on its way.';
    expect(findingsOf(text, greeting)[0]!.suggestions.map((s) => s.replacement)).toEqual(['Hi, y']);
    expect(applied(text, findingsOf(text, greeting)[0])).toBe('Hi, your refund is on its way.');
    const named = findingsOf(text, greeting, { customerName: 'Jane Doe' })[0];
    expect(named!.suggestions).toHaveLength(2);
    expect(applied(text, named)).toBe('Hi Jane, your refund is on its way.');
    expect(
      applied('I have refunded you.', findingsOf('I have refunded you.', greeting, { customerName: 'Jane Doe' })[0]),
    ).toBe('Hi Jane, I have refunded you.');
  });

  it('leaves the capital alone when the greeting is on its own line', () => {
    const own = rule('require', { phrases: ['hi'], where: 'start', insert: 'Hi {name},\n\n' });
    const text = 'Your refund is on its way.';
    expect(applied(text, findingsOf(text, own, { customerName: 'Jane' })[0])).toBe(
      'Hi Jane,\n\nYour refund is on its way.',
    );
  });

  it('accepts a link as a next step when told to, and a compromise pattern', () => {
    const nextStep = rule('require', { phrases: ["we'll", 'we will'] });
    const text = 'Here is how to reset it: https://help.example.com/reset';
    expect(findingsOf(text, nextStep)).toHaveLength(1);
    expect(findingsOf(text, { ...nextStep, acceptLinks: true })).toEqual([]);
    const pattern = rule('require', { pattern: '(we|i) will #Verb' });
    expect(findingsOf('We will call you back today.', pattern)).toEqual([]);
    expect(findingsOf('Thanks for your patience.', pattern)).toHaveLength(1);
  });

  it('with acceptRemedy, takes a problem put right at once for an acknowledgement, from a calm customer only', () => {
    const remedy = { ...acknowledge, acceptRemedy: true };
    const calm = { customerMessage: 'Why was I charged a £5 fee? I cancelled after 4 minutes.' };
    for (const text of [
      "The window is 2 minutes, but I've refunded the £5 anyway.",
      'We can add the credit right now.',
    ])
      expect(findingsOf(text, remedy, calm), text).toEqual([]);
    expect(findingsOf('The window is 2 minutes, so the fee stands.', remedy, calm)).toHaveLength(1);
    expect(findingsOf("I've refunded the £5.", acknowledge, calm)).toHaveLength(1);
    const angry = { customerMessage: 'Charged me a £5 fee AGAIN, this is a disgrace, I am furious!!' };
    expect(findingsOf("I've refunded the £5.", remedy, angry)).toHaveLength(1);
  });

  it('does not judge short replies (minWords), other languages or later parts of a thread', () => {
    const three = { ...acknowledge, minWords: 3 };
    expect(findingsOf('Thanks!', three)).toEqual([]);
    expect(findingsOf('Thanks for that.', three)).toHaveLength(1);
    expect(findingsOf('Gracias por esperar, lo revisamos hoy mismo y te escribimos.', acknowledge)).toEqual([]);
    // Nor a name or a sign-off in another language: what it would insert ("Hi Ana, ") is English.
    const spanish = 'Hola, lamentamos mucho lo ocurrido con tu pedido. Te escribimos por mensaje directo.';
    expect(findingsOf(spanish, useName, { customerName: 'Ana García' })).toEqual([]);
    expect(findingsOf(spanish, signOff, { signOff: '^JS' })).toEqual([]);
    expect(findingsOf('Your refund is on its way (2/2)', acknowledge)).toEqual([]);
  });

  it('judges the first part of a thread for what a reply opens with, and never a later part', () => {
    for (const first of [
      'Your refund is on its way and the fee is waived 1/2',
      '(1/3) Your refund is on its way.',
      'Your refund is on its way and...',
    ])
      expect(findingsOf(first, acknowledge), first).toHaveLength(1);
    for (const later of ['...and the fee is waived too.', 'The fee is waived too. 2/2', '(3/3) The fee is waived too.'])
      expect(findingsOf(later, acknowledge), later).toEqual([]);
    // What a reply ends with may come in a later part.
    expect(findingsOf('Your refund is on its way 1/2', signOff, { signOff: '^JS' })).toEqual([]);
    expect(findingsOf('Your refund is on its way 1/2', { ...acknowledge, inFirstPart: false })).toEqual([]);
  });
});

describe('require: a greeting by name in a run-on sentence', () => {
  // The parser reads at most 2,000 characters of one sentence (its matching grows with the square of the words); a name
  // near its start is still found.
  it('accepts a name at the start of a sentence of more than 2,000 characters as the greeting', () => {
    const named = rule('require', { phrases: ['hi', 'hello'], where: 'start', within: 40, acceptName: true });
    const text = `Sorry for the wait, Jacob, we have checked ${'the router and the cable and the app '.repeat(57)}and it is sorted now.`;
    expect(text.length).toBeGreaterThan(2_000);
    expect(findingsOf(text, named)).toEqual([]);
    expect(findingsOf(text.replace('Jacob, ', ''), named)).toHaveLength(1);
  });
});

describe('require: insertUnless', () => {
  it('keeps the finding but offers no insertion when one of its phrases is in the reply', () => {
    const gentle = rule('require', {
      phrases: ['sorry'],
      insert: 'Sorry about this. ',
      insertUnless: ['great news', '🎉'],
    });
    const cheerful = findingsOf('Great news, the account is closed! 🎉', gentle);
    expect(cheerful).toHaveLength(1);
    expect(cheerful[0]!.suggestions).toEqual([]);
    expect(findingsOf('The account is closed.', gentle)[0]!.suggestions).toHaveLength(1);
  });

  it('checks its phrases like any phrase list', () => {
    expect(problemsOf(rule('require', { phrases: ['sorry'], insertUnless: ['(great|'] })).join('\n')).toMatch(
      /insertUnless\[0\]/,
    );
  });
});

describe('require: an insertion goes after the greeting and the name', () => {
  const fixed = (text: string, r = acknowledge, ctx = {}): string => applied(text, findingsOf(text, r, ctx)[0]);

  it('after an exclamation that answers the customer ("Oh no!", "Got it."), which comes first', () => {
    expect(fixed('Oh noooo! Did she make it?')).toBe('Oh noooo! Sorry about this. Did she make it?');
    expect(fixed('@jane Got it. Please DM us the order.')).toBe(
      '@jane Got it. Sorry about this. Please DM us the order.',
    );
    expect(fixed('Hi Sam, uh oh! Please DM us.')).toBe('Hi Sam, uh oh! Sorry about this. Please DM us.');
    expect(fixed('Oh, please DM us.')).toBe('Sorry about this. Oh, please DM us.'); // not a sentence of its own
    // One or two words and "!", or an exclamation stopped by an emoji.
    expect(fixed('Curious! Well, for now please restart the app.')).toBe(
      'Curious! Sorry about this. Well, for now please restart the app.',
    );
    expect(fixed('Aww 🥰 Hope you get to visit us soon!')).toBe(
      'Aww 🥰 Sorry about this. Hope you get to visit us soon!',
    );
    // A whole sentence is not an exclamation to go after.
    expect(fixed('We will check it! Please DM us.')).toBe('Sorry about this. We will check it! Please DM us.');
  });

  it('after a greeting with a name, mid-sentence in small letters, and the next sentence takes a capital', () => {
    expect(fixed('Hi Sam, please send us your order number.')).toBe(
      'Hi Sam, sorry about this. Please send us your order number.',
    );
    expect(fixed('@jane Hey, Abdul! We have refunded you.')).toBe(
      '@jane Hey, Abdul! Sorry about this. We have refunded you.',
    );
    expect(fixed('Hello @ann, the refund is on its way.')).toBe(
      'Hello @ann, sorry about this. The refund is on its way.',
    );
    expect(fixed('Good morning Dr. Lee. Your seat is 4C.')).toBe(
      'Good morning Dr. Lee. Sorry about this. Your seat is 4C.',
    ); // Details in brackets after the name go with it: the name is never split.
    expect(fixed('Hi Jane Holt (DOB 14/03/1961), your account has been locked.')).toBe(
      'Hi Jane Holt (DOB 14/03/1961), sorry about this. Your account has been locked.',
    );
  });

  it('after a greeting alone, "there" and the like included', () => {
    expect(fixed('Hi there! Can you DM us your booking?')).toBe(
      'Hi there! Sorry about this. Can you DM us your booking?',
    );
    // "Dear Sir/Madam," is a greeting, whole: nothing goes between "Dear" and "Sir/Madam".
    expect(fixed('Dear Sir/Madam,\n\nYour claim is with the team.')).toBe(
      'Dear Sir/Madam,\n\nSorry about this. Your claim is with the team.',
    );
    expect(fixed('Hello, do you have the order number?')).toBe(
      'Hello, sorry about this. Do you have the order number?',
    );
    expect(fixed('Hey there, we replied by DM.')).toBe('Hey there, sorry about this. We replied by DM.');
    expect(fixed('Good afternoon. The train left at 9.')).toBe(
      'Good afternoon. Sorry about this. The train left at 9.',
    );
    expect(fixed('Hello,kindly check your inbox.')).toBe('Hello, sorry about this. Kindly check your inbox.');
    // "there's" after a greeting is the sentence's first word, not "Hi there".
    expect(fixed("Hi, there's a known issue with the app.")).toBe(
      "Hi, sorry about this. There's a known issue with the app.",
    );
  });

  it('after the emoji that close a greeting, never between the greeting and its emoji', () => {
    expect(fixed('Hey there! 🍕🎉 Thanks for reaching out!')).toBe(
      'Hey there! 🍕🎉 Sorry about this. Thanks for reaching out!',
    );
    expect(fixed('Hi Sam 👋🏽 the refund is on its way.')).toBe('Hi Sam 👋🏽 sorry about this. The refund is on its way.');
    expect(fixed('Hi Sam! 👋🏽 We have refunded the fee.')).toBe(
      'Hi Sam! 👋🏽 Sorry about this. We have refunded the fee.',
    );
    // An emoji opening the next paragraph belongs to its words (a review's).
    expect(fixed('Hi Sam,\n\n✅ Your refund has been approved.')).toBe(
      'Hi Sam,\n\nSorry about this. ✅ Your refund has been approved.',
    );
  });

  it('after a leading name: the customer’s when known, else one compromise knows as a first name', () => {
    expect(fixed('Sam, we have refunded you.')).toBe('Sam, sorry about this. We have refunded you.');
    expect(fixed('Priyanka, we have refunded you.', acknowledge, { customerName: 'Priyanka Rao' })).toBe(
      'Priyanka, sorry about this. We have refunded you.',
    );
    // Not a name: the insertion opens the reply.
    expect(fixed('Absolutely, we can refund it.')).toBe('Sorry about this. Absolutely, we can refund it.');
  });

  it('keeps "I" and names capitalised, and leaves a link, handle or brand as typed', () => {
    const thanks = rule('require', { phrases: ['thanks'], insert: 'Thanks so much! ' });
    expect(fixed('Hi Colin, I hope the trip went well.', thanks)).toBe(
      'Hi Colin, thanks so much! I hope the trip went well.',
    );
    expect(fixed('@jane please DM us.')).toBe('@jane Sorry about this. Please DM us.');
    expect(fixed('https://example.com/help has the steps.')).toBe(
      'Sorry about this. https://example.com/help has the steps.',
    );
    expect(fixed('iPhone repairs take a day.')).toBe('Sorry about this. iPhone repairs take a day.');
  });

  it('with afterThanks, after a short opening sentence of thanks for getting in touch, when more follows', () => {
    const apology = { ...acknowledge, afterThanks: true };
    expect(fixed('@ann Thank you for your reply. The delivery date is in your order history.', apology)).toBe(
      '@ann Thank you for your reply. Sorry about this. The delivery date is in your order history.',
    );
    expect(fixed('Hello, thanks for reaching out to us, Sam! Can you DM us the order?', apology)).toBe(
      'Hello, thanks for reaching out to us, Sam! Sorry about this. Can you DM us the order?',
    );
    // Ended by a line break, the sentence of thanks takes the insertion on its own line.
    expect(fixed('Dear Ana,\n\nThank you for your email.\n\nYour account is overdrawn.', apology)).toBe(
      'Dear Ana,\n\nThank you for your email. Sorry about this.\n\nYour account is overdrawn.',
    );
    // Not thanks for a purchase or a donation, nor thanks that turns, nor thanks with nothing after it.
    for (const [text, want] of [
      [
        'Thank you for choosing Grandview Suites! We hope to see you again.',
        'Sorry about this. Thank you for choosing',
      ],
      ['Thanks for your donation! 🎉 Every gift helps.', 'Sorry about this. Thanks for your donation!'],
      ['Thanks for asking, but we cannot refund it.', 'Sorry about this. Thanks for asking, but'],
      ['Thanks for reaching out!', 'Sorry about this. Thanks for reaching out!'],
    ])
      expect(fixed(text!, apology)).toContain(want);
    // The stop that ends it is followed by a space or a line's end: not the "." of "£4.99" or "...we".
    expect(fixed('Thanks for your message about the £4.99 charge. We have refunded it.', apology)).toBe(
      'Thanks for your message about the £4.99 charge. Sorry about this. We have refunded it.',
    );
    expect(fixed('Thanks for the info...we will check it.', apology)).toBe(
      'Sorry about this. Thanks for the info...we will check it.',
    );
    // After a name with no comma the insertion brings the comma, and the thanks stays whole.
    expect(fixed('Jeffrey thanks for your message. Your parcel is due.', apology)).toBe(
      'Jeffrey, sorry about this. Thanks for your message. Your parcel is due.',
    );
    // Without afterThanks (a condolence), the insertion opens the reply.
    expect(fixed('Thank you for your reply. The delivery date is in your order history.')).toBe(
      'Sorry about this. Thank you for your reply. The delivery date is in your order history.',
    );
  });

  it('prefers an insertion that does not echo the words of the sentence before it', () => {
    const two = rule('require', {
      phrases: ['sorry'],
      insert: ['Sorry about this. ', 'Sorry for the trouble. '],
      afterThanks: true,
    });
    expect(fixed('Thanks for tweeting us about this! The team is on it.', two)).toBe(
      'Thanks for tweeting us about this! Sorry for the trouble. The team is on it.',
    );
    expect(fixed('Thanks for your message! The team is on it.', two)).toBe(
      'Thanks for your message! Sorry about this. The team is on it.',
    );
  });

  it('does not repeat a name the greeting already has', () => {
    const named = rule('require', { phrases: ['sorry'], insert: ['Sorry about this, {name}. ', 'Sorry about this. '] });
    const ctx = { customerName: 'Sam Jones' };
    expect(fixed('Hi Sam, your refund is on its way.', named, ctx)).toBe(
      'Hi Sam, sorry about this. Your refund is on its way.',
    );
    expect(fixed('Your refund is on its way.', named, ctx)).toBe('Sorry about this, Sam. Your refund is on its way.');
    // Nor one the opening sentence has.
    expect(
      fixed('Thanks for getting in touch, Sam! Your refund is on its way.', { ...named, afterThanks: true }, ctx),
    ).toBe('Thanks for getting in touch, Sam! Sorry about this. Your refund is on its way.');
  });

  it('gives a greeting that is there the name, instead of greeting twice', () => {
    const greetByName = rule('require', { need: 'customer-name', where: 'start', insert: 'Hi {name}, ' });
    const ctx = { customerName: 'Ana Silva' };
    expect(fixed('Hi there, your refund was processed.', greetByName, ctx)).toBe('Hi Ana, your refund was processed.');
    expect(fixed('Hello! We have reset your password.', greetByName, ctx)).toBe(
      'Hello Ana! We have reset your password.',
    );
    expect(fixed('Hey, there. The store opens at 9.', greetByName, ctx)).toBe('Hey Ana. The store opens at 9.');
    expect(fixed('Your refund was processed.', greetByName, ctx)).toBe('Hi Ana, your refund was processed.');
  });

  it('starts the reply with a greeting on its own line, the next word capitalised, and never glued to a handle', () => {
    const hello = rule('require', { phrases: ['hello'], where: 'start', insert: 'Hello,\n\n' });
    expect(fixed("we've replied by DM.", hello)).toBe("Hello,\n\nWe've replied by DM.");
    expect(fixed("@ann: we've replied by DM.", hello)).toBe("@ann: Hello,\n\nWe've replied by DM.");
    // "@ann," addresses the customer: the greeting takes the comma's place.
    expect(fixed("@ann,we've replied by DM.", hello)).toBe("@ann Hello,\n\nWe've replied by DM.");
    expect(fixed("@ann, we've replied by DM.", hello)).toBe("@ann Hello,\n\nWe've replied by DM.");
    // An e-mail draft that holds its header line: the reply's words start below it.
    expect(fixed("Subject: RE: Your bill\n\nwe've replied by DM.", hello)).toBe(
      "Subject: RE: Your bill\n\nHello,\n\nWe've replied by DM.",
    );
    const headed = 'Subject: RE: Your bill\n\nHello Sam,\n\nThe refund is on its way.';
    expect(findingsOf(headed, hello)).toEqual([]);
  });

  it('leaves a reply that starts mid-sentence alone: it is the rest of an earlier part', () => {
    const hello = rule('require', { phrases: ['hello'], where: 'start', insert: 'Hello,\n\n' });
    expect(findingsOf('@ann power we will not be able to give an update before then. = JJ', hello)).toEqual([]);
    expect(findingsOf('@ann our team and have someone advise on this. We will update you. 2 ^FC', hello)).toEqual([]);
  });
});

describe('require: the customer’s name', () => {
  it('is only judged when the name is known', () => {
    expect(findingsOf('Thanks for waiting.', useName)).toEqual([]);
  });

  it('accepts the first name in any case, not inside a longer word', () => {
    const ctx = { customerName: 'Jacob Smith' };
    expect(findingsOf('Thanks for waiting, jacob.', useName, ctx)).toEqual([]);
    expect(findingsOf('Thanks for waiting, Jacobs.', useName, ctx)).toHaveLength(1);
    expect(findingsOf('Merci, Zoë !', useName, { customerName: 'Zoë Martín' })).toEqual([]);
  });

  it('does not count the handle, and offers a greeting with the name', () => {
    const text = '@Jacob Thanks for waiting.';
    const found = findingsOf(text, useName, { customerName: 'Jacob Smith' });
    expect(spans(found)).toEqual([[7, 25]]);
    expect(found[0]!.message).toBe('Use Jacob’s name.');
    expect(applied(text, found[0])).toBe('@Jacob Hi Jacob, thanks for waiting.');
  });
});

describe('require: the sign-off', () => {
  const ctx = { signOff: '^JS' };

  it('is only judged when the convention is known', () => {
    expect(findingsOf('Thanks for waiting.', signOff)).toEqual([]);
  });

  it('leaves a reply cut off mid-sentence alone: it goes on in the next part', () => {
    const regards = rule('require', { phrases: ['regards'], where: 'end', insert: '\n\nRegards,' });
    expect(findingsOf('Sorry about that. Please DM me the barcode and the', regards)).toEqual([]);
    expect(findingsOf('Sorry about that. Please DM me the barcode.', regards)).toHaveLength(1);
  });

  it('takes a name alone as the last sentence for a signature, where a signature counts', () => {
    const regards = rule('require', {
      phrases: ['regards'],
      where: 'end',
      acceptSignature: true,
      insert: '\n\nRegards,',
    });
    expect(findingsOf('What was the title of the catalogue, please? Laurence.', regards)).toEqual([]);
    expect(findingsOf('What was the title of the catalogue, please? laurence', regards)).toHaveLength(1);
  });

  it('accepts the sign-off at the end, however it is spaced', () => {
    expect(findingsOf('Thanks for waiting. ^JS', signOff, ctx)).toEqual([]);
    expect(findingsOf('Thanks for waiting. ^ JS', signOff, ctx)).toEqual([]);
  });

  it('accepts a colleague’s initials in the same style', () => {
    expect(findingsOf('Thanks for waiting. ^KM', signOff, ctx)).toEqual([]);
  });

  it('flags the last sentence and appends the sign-off', () => {
    const text = 'Your refund is on its way. Thanks for waiting.';
    const found = findingsOf(text, signOff, ctx);
    expect(spans(found)).toEqual([at(text, 'Thanks for waiting')]);
    expect(applied(text, found[0])).toBe('Your refund is on its way. Thanks for waiting. ^JS');
  });

  it('needs it within the last characters, not anywhere', () => {
    const text = `^JS here. ${'We have checked your booking and it is fine. '.repeat(2)}`;
    expect(findingsOf(text, signOff, ctx)).toHaveLength(1);
  });
});

describe('require: an e-mail’s closing', () => {
  const regards = rule('require', {
    phrases: ['regards', 'best wishes', 'thanks'],
    where: 'end',
    within: 120,
    acceptSignature: true,
    insert: ['\n\nBest regards,\n{signOff}', '\n\nBest regards,'],
  });
  const body = 'Hi Ana,\n\nYour refund went out today and should reach your card within three working days.';

  it('takes any few words and a comma over a name for a sign-off ("See you then,", "With sympathy,")', () => {
    for (const close of [
      'See you then,\nClaire\nAppointments Team, Parkside Health',
      'With sympathy,\nLucia Mendes',
      'xoxo\nThe Runwell Team!!!',
      'Happy eating! 😋\nThe Snackr Team',
    ])
      expect(findingsOf(`${body}\n\n${close}`, regards), close).toEqual([]);
  });

  it('takes a signature block that opens with a person’s name for a sign-off', () => {
    expect(findingsOf(`${body}\n\nLuis Fernández\nHead of Support, ShopCart\n+44 20 3855 0900`, regards)).toEqual([]);
  });

  it('reads the reply’s own words only, not a quoted earlier message, and inserts before the quote', () => {
    const quoted = `${body}\n\nKind regards,\nAmira\n\nOn 3 Mar, Tariq wrote:\n> Can I switch to a female GP?`;
    expect(findingsOf(quoted, regards)).toEqual([]);
    const unsigned = `${body}\n\nOn 3 Mar, Tariq wrote:\n> Can I switch to a female GP?\n> Thanks`;
    const found = findingsOf(unsigned, regards);
    expect(found).toHaveLength(1);
    expect(applied(unsigned, found[0])).toBe(
      `${body}\n\nBest regards,\n\nOn 3 Mar, Tariq wrote:\n> Can I switch to a female GP?\n> Thanks`,
    );
  });

  it('takes a block that is only a team’s name for a sign-off, as readers do', () => {
    for (const team of [
      'Nebula Games Support',
      'Coachline Customer Services',
      'The Moneta Team 💜',
      'Skylark Air Claims',
    ])
      expect(findingsOf(`${body}\n\n${team}`, regards), team).toEqual([]);
    // A line that is not a name is no signature ("Enjoy!" is the reply's words): the sign-off goes at the end.
    expect(applied(`${body}\n\nEnjoy!`, findingsOf(`${body}\n\nEnjoy!`, regards)[0])).toBe(
      `${body}\n\nEnjoy!\n\nBest regards,`,
    );
  });

  it('looks above a company footer for the sign-off, and puts one there', () => {
    const signed = `${body}\n\nYours sincerely,\n\nRachel Dunn\nClaims Team\n\nFinancial Ombudsman Service: financial-ombudsman.org.uk | 0800 023 4567`;
    expect(findingsOf(signed, regards)).toEqual([]);
    const team = `${body}\n\nOakmere Claims Department\n\nThis mailbox is not monitored.`;
    expect(findingsOf(team, regards)).toEqual([]);
    const unsigned = `${body}\n\nThis mailbox is not monitored. Registered in England, company no 0123456.`;
    expect(applied(unsigned, findingsOf(unsigned, regards)[0])).toBe(
      `${body}\n\nBest regards,\n\nThis mailbox is not monitored. Registered in England, company no 0123456.`,
    );
    // A last paragraph of the reply's own words is not a footer, whatever words it shares with one.
    const car = `${body}\n\nYour car is now registered in your name; see our privacy policy to unsubscribe.`;
    expect(applied(car, findingsOf(car, regards)[0])).toBe(`${car}\n\nBest regards,`);
    const own = `${body}\n\nPlease reply to this e-mail if it has not arrived by Friday.`;
    expect(applied(own, findingsOf(own, regards)[0])).toBe(`${own}\n\nBest regards,`);
  });

  it('takes only a quote that ends the e-mail for one, not a ">" step or an itinerary\'s "From:" (a review\'s)', () => {
    const steps = `Hi Ana,\n\n> Can I change my date?\n\nYes, in the app up to a day before.\n\nThanks,\nTom`;
    expect(findingsOf(steps, regards)).toEqual([]);
    const trip = `${body}\n\nFrom: London Heathrow (LHR)\nTo: New York (JFK)\n\nHave a good trip,\nTom`;
    expect(findingsOf(trip, regards)).toEqual([]);
    const wrapped = `${body}\n\nOn Tue, 4 Mar 2025 at 10:02, Ana Lopez-Fernandez\n<ana@example.com> wrote:\n> Where is it?`;
    expect(applied(wrapped, findingsOf(wrapped, regards)[0])).toBe(
      `${body}\n\nBest regards,\n\nOn Tue, 4 Mar 2025 at 10:02, Ana Lopez-Fernandez\n<ana@example.com> wrote:\n> Where is it?`,
    );
  });

  it('reads an Outlook header with a plain name as the quote, so the customer\'s "Thanks, Ana" signs nothing (a review\'s)', () => {
    const outlook = `${body}\n\nFrom: Ana Costa\nSent: Tuesday, March 4, 2026 10:12 AM\nTo: Support\n\nWhere is it?\n\nThanks,\nAna`;
    expect(applied(outlook, findingsOf(outlook, regards)[0])).toBe(
      `${body}\n\nBest regards,\n\nFrom: Ana Costa\nSent: Tuesday, March 4, 2026 10:12 AM\nTo: Support\n\nWhere is it?\n\nThanks,\nAna`,
    );
    // "e-mail." is no signature mark.
    expect(findingsOf(`${body} Reply to this e-mail.`, regards)).toHaveLength(1);
    // A venue's name signs it too.
    expect(findingsOf(`${body}\n\nThe Crown & Anchor`, regards)).toEqual([]);
  });

  it('reads a signature with a web address, after "--", and before "Sent from my iPhone"', () => {
    for (const close of [
      'Kind regards,\nTom Ashby\nNorthfold Clothing\nW: www.northfold.example',
      '--\nTom Ashby\nCustomer Care, Northfold',
      'Thanks,\nTom\n\nSent from my iPhone',
    ])
      expect(findingsOf(`${body}\n\n${close}`, regards), close).toEqual([]);
  });

  it('goes after a last line that is no signature ("Enjoy!", "Welcome To The Family"), and reads no brand as a person', () => {
    for (const end of ['Enjoy!', 'Welcome To The Family', 'Get The App\nFollow Us On Instagram'])
      expect(applied(`${body}\n\n${end}`, findingsOf(`${body}\n\n${end}`, regards)[0]), end).toBe(
        `${body}\n\n${end}\n\nBest regards,`,
      );
    expect(findingsOf(`${body}\n\nAmazon Prime Video`, regards)).toHaveLength(1);
  });

  it('does not take a link, a number alone or a sentence for a signature', () => {
    for (const end of ['More here:\n\nhttps://example.com/help', '0330 088 1212', 'Hope this helps'])
      expect(applied(`${body}\n\n${end}`, findingsOf(`${body}\n\n${end}`, regards)[0]), end).toBe(
        `${body}\n\n${end}\n\nBest regards,`,
      );
  });
});

describe('require: edge cases', () => {
  it('finds nothing in an empty or blank text', () => {
    expect(findingsOf('', acknowledge)).toEqual([]);
    expect(findingsOf('  \n ', acknowledge)).toEqual([]);
    expect(findingsOf('@jane ', acknowledge)).toEqual([]);
  });

  it('judges a reply of only emoji unless the rule asks for words', () => {
    expect(spans(findingsOf('🙏🙏', acknowledge))).toEqual([[0, 4]]);
    expect(findingsOf('🙏🙏', { ...acknowledge, minWords: 1 })).toEqual([]);
  });

  it('finds the phrase at the end of 5,000 characters, and only the start when told', () => {
    const text = `${longReply(5000)} Sorry again.`;
    expect(findingsOf(text, acknowledge)).toEqual([]);
    const start = { ...acknowledge, where: 'start', within: 80 };
    expect(spans(findingsOf(text, start))).toEqual([
      at(text, 'We have checked your booking and the seats are confirmed for the morning flight'),
    ]);
  });
});

describe('require: problems, in plain words', () => {
  it('names what is missing or wrong by its path', () => {
    expect(problemsOf(rule('require'))).toEqual([
      'rules[0].phrases: need "phrase" requires "phrases" or a "pattern" to look for',
    ]);
    expect(problemsOf(rule('require', { pattern: '(we|i will' }))).toEqual([
      'rules[0].pattern: unclosed "(": add its ")"',
    ]);
    expect(problemsOf(rule('require', { need: 'name' }))).toEqual([
      'rules[0].need: expected "phrase", "customer-name" or "sign-off"',
    ]);
    expect(problemsOf(rule('require', { phrases: ['(sorry'] }))).toEqual([
      'rules[0].phrases[0]: unclosed "(" in "(sorry"',
    ]);
    expect(problemsOf(rule('require', { phrases: ['sorry'], within: 0 }))[0]).toMatch(/^rules\[0\]\.within: /);
  });
});
