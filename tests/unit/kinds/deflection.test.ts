// deflection: a reply that sends the customer to a phone line (in any wording, tense and form of call, phone, ring,
// dial) or to another channel, told to the customer; not the brand calling, refusing or describing, not an answer to a
// customer who asked for the number, and not a fallback after real help.
import { describe, expect, it } from 'vitest';
import { deflectionKind } from '../../../rules/kinds/deflection.ts';
import { findingsOf, longReply, problemsOf, rule, texts } from '../rule-helpers.ts';

const phone = rule('deflection', { to: 'phone' });
const elsewhere = rule('deflection', { to: 'elsewhere' });

describe('deflection to a phone line: a meaning, not a phrase list', () => {
  it('finds an imperative, a suggestion and a question, in any form of the verb', () => {
    const cases: [string, string][] = [
      ['Have you tried ringing the helpline?', 'ringing the helpline'],
      ["I'd suggest phoning our care team.", 'phoning our care team'],
      ['The quickest way is a call to the number on your bill.', 'a call to the number on your bill'],
      ['Choose the callback option on our contact page.', 'Choose the callback option'],
      ['Please give us a call.', 'give us a call'],
      ['Sorry! Please reach out to us by phone at your convenience.', 'reach out to us by phone'],
      ['You can call 1-800-555-0199.', 'call 1-800-555-0199'],
      ['Kindly dial our support line.', 'dial our support line'],
      ['Could you ring our bookings team tomorrow?', 'ring our bookings team'],
      ['We recommend calling the store directly.', 'calling the store'],
      ["You'll need to telephone the customer service line.", 'telephone the customer service line'],
      ['Please give our customer care team a ring.', 'give our customer care team a ring'],
      ['It would be best if you get in touch with us by phone or chat.', 'get in touch with us by phone or chat'],
      ['Click the "Call Me" button on our site.', 'Click the "Call Me" button'],
      // A question that suggests with "why not", and a call in other words ("a bell", "a buzz").
      ['Why not give our care team a ring?', 'give our care team a ring'],
      ['Why not call our bookings team?', 'call our bookings team'],
      ['Give the helpline a bell.', 'Give the helpline a bell'],
      ['Give us a buzz on 0800 123 456.', 'Give us a buzz on 0800 123 456'],
    ];
    for (const [text, flagged] of cases) expect(texts(findingsOf(text, phone)), text).toEqual([flagged]);
  });

  it('reads who is told to call from the start of a clause of any length', () => {
    // The clause's start is looked up once per sentence, not cut 300 characters back.
    const text =
      "I'd suggest that you have a look at the notification preferences in the app and the email address we hold for you on your account page as well as the spam or junk folder in your inbox and any filters your email provider applies to messages from us and once all of that has been looked at and nothing has turned up then give us a call on 0800 123 4567.";
    expect(text.indexOf('give us') - text.indexOf("I'd suggest")).toBeGreaterThan(300);
    expect(texts(findingsOf(text, phone))).toEqual(['give us a call on 0800 123 4567']);
  });

  it('leaves the brand calling, refusing, describing and reporting alone', () => {
    for (const text of [
      "We don't offer phone support on free plans.",
      "We'll call you within the hour.",
      'I called the store for you: your parcel is at the desk.',
      'Our team will ring you back tomorrow morning.',
      'We tried to call you earlier today.',
      'They call us the best airline for a reason!',
      'Call me old-fashioned, but a handwritten note still wins.',
      'Can you DM us the phone number on your account so we can take a look?',
      'Can you try restarting your phone?',
      'We are sorry the call was dropped.',
      'Did you call your local store about the refund? If not, we can chase it from here.',
      "You don't need to call us: the refund is automatic.",
      'You called us yesterday about the refund.',
      '@Call_Me_Jacob Thanks for the update.',
      // The call is what the customer is spared; a bell that is a bell.
      "Why not use the app? It's quicker than calling.",
      'Instead of phoning, just reply here with your order number.',
      'Ring the bell at reception when you arrive.',
      'Why not check the tracking page first?',
      // The word is the subject of its own verb, not an order.
      'Phone on file is 07700 900123.',
      'Calls to this line are recorded for training.',
      'Call times today are longer than usual, sorry!',
    ])
      expect(texts(findingsOf(text, phone)), text).toEqual([]);
    // Still an order when the verb after belongs to a clause of its own.
    expect(texts(findingsOf('Call the team that is on duty.', phone))).toEqual(['Call the team']);
    expect(texts(findingsOf('Phone us when it is convenient.', phone))).toEqual(['Phone us']);
    expect(findingsOf('Please call the store the manager is there until 6.', phone)).toHaveLength(1);
  });

  it('is silent when the customer asked for the number, a call or a person', () => {
    const text = 'You can call us on 0800 123 4567, 8am to 8pm.';
    expect(findingsOf(text, phone)).toHaveLength(1);
    for (const customerMessage of [
      "What's your phone number?",
      'How can I contact you?',
      'I want to speak to a real person',
      'Can someone call me please',
      'can someone give me the number for lost/stolen phones? Mine just got nicked',
      'I need the claims number',
    ])
      expect(findingsOf(text, phone, { customerMessage }), customerMessage).toEqual([]);
    expect(findingsOf(text, phone, { customerMessage: 'My order never came' })).toHaveLength(1);
    // A number named, not asked for: the customer's own, one that failed them, or a count.
    for (const customerMessage of [
      "I changed my phone number and now I can't log in",
      'Your support number just rings out, I have tried it five times',
      'What is the number of bags I can take on board?',
      'Is there a number limit on returns?',
      'I have a new number and the app will not log me in',
      'Tell me the number of times I have to ask',
    ])
      expect(findingsOf(text, phone, { customerMessage }), customerMessage).toHaveLength(1);
  });

  it('is silent when the call is the fallback after help, unless the rule says otherwise', () => {
    const fallback = 'Please try reinstalling the app. If that doesn’t help, give us a call.';
    expect(findingsOf(fallback, phone)).toEqual([]);
    expect(texts(findingsOf(fallback, { ...phone, unlessHelped: false }))).toEqual(['give us a call']);
    expect(findingsOf("We've refunded the charge. For anything else, give us a call.", phone)).toEqual([]);
    expect(findingsOf('Please return my call at the number provided or DM me when you are free.', phone)).toEqual([]);
    expect(findingsOf('If you would prefer to talk to us, you can dial 8002.', phone)).toEqual([]);
  });

  it('takes as help a reason given, a step for a case, and what the brand will do besides the call', () => {
    for (const text of [
      'Your card was blocked by our fraud checks at 14:02. Call us on 0345 600 1122 to unblock it.',
      'Please call 105 now, it is the power cut line. If he has a backup cylinder, switch to it now.',
      'Please call 105 now. We will also add him to our Priority Services Register.',
    ])
      expect(findingsOf(text, phone), text).toEqual([]);
    // What the call is for is not help besides it; nor is seeing the payment without saying what happened.
    for (const text of [
      "Please call us and we'll refund you.",
      'We can see the payment of £340. Please call us so we can look into this.',
      // A block restated with no reason, and a promise that waits for the call, are not help besides it.
      "We're sorry your account was blocked. Please call us on 0345 600 1122 and we'll sort it.",
      "Please call us on 0800 123 456. We'll refund you once you confirm your details.",
    ])
      expect(findingsOf(text, phone), text).toHaveLength(1);
  });

  it('is an error only when the call is all the reply gives: not advice for a case, a DM taken here, a later part', () => {
    for (const text of [
      "If you'd rather not pay online, you can call the store and ask them.",
      'Please call us on 0800 123 4567 to file the claim, and DM us the address of the ATM so we can check it.',
      '@ann You can call the store on 0800 123 4567 as well. 2/2',
    ])
      expect(findingsOf(text, phone), text).toEqual([]);
    for (const text of [
      'Thanks for the details. Please call our 800 number.',
      'It would be best if you get in touch with us by phone.',
      '@ann Sorry to hear this! Please call us on 0800 123 4567. 1/2',
    ])
      expect(findingsOf(text, phone), text).toHaveLength(1);
  });

  it('never matches inside handles or links, and is silenced by an unless phrase', () => {
    expect(findingsOf('@CallUs_Now thanks! https://example.com/call-us-now', phone)).toEqual([]);
    expect(findingsOf('Please give us a call, sorry!', { ...phone, unless: ['sorry'] })).toEqual([]);
  });

  it('stays fast on a long reply', () => {
    const t0 = performance.now();
    findingsOf(`${longReply(5000)} Please give us a call.`, phone);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe('deflection elsewhere: another channel with nothing solved', () => {
  it('finds e-mail, a help site, a form, a third party and a bare "contact us" link', () => {
    const cases: [string, string][] = [
      ['Please send us an e-mail at help@example.com.', 'send us an e-mail'],
      ['Visit our help site for more.', 'Visit our help site'],
      ['Please fill in the form here: https://example.com/form', 'fill in the form'],
      ["You'll need to contact the developer.", 'contact the developer'],
      ['Sorry to hear this! Please reach out to us here: https://t.co/abc', 'reach out to us'],
      ['Email us at help@example.com and we will look.', 'Email us'],
    ];
    for (const [text, flagged] of cases) expect(texts(findingsOf(text, elsewhere)), text).toEqual([flagged]);
  });

  it('is silent when the reply also helps, and leaves DMs to other rules', () => {
    for (const text of [
      "Sorry about the double charge! We've refunded it today. For anything else, visit our help site: https://example.com/help",
      'Please DM us your order number so we can look into it.',
      'Feel free to contact us if you have further concerns.',
      'Please restart the app. If it still fails, fill in the form: https://example.com/form',
      'The developer has a fix coming this week.',
      "Just head to our website and hit 'Cancel Contract'.",
      'Visit our help site and go to Settings > Billing to change it.',
    ])
      expect(texts(findingsOf(text, elsewhere)), text).toEqual([]);
  });
});

describe('deflection: the rule file', () => {
  it('needs "to" to be phone or elsewhere, and checks its unless phrases', () => {
    expect(problemsOf(rule('deflection', {})).join('\n')).toMatch(/to/);
    expect(problemsOf(rule('deflection', { to: 'fax' })).join('\n')).toMatch(/"phone", "elsewhere" or "pointer"/);
    expect(problemsOf(rule('deflection', { to: 'phone', unless: ['(a|b'] }))).not.toEqual([]);
    expect(deflectionKind.schema.safeParse({ ...phone, unlessHelped: 'yes' }).success).toBe(false);
  });
});

describe('deflection to a pointer: a reply that only points elsewhere', () => {
  const pointer = rule('deflection', { to: 'pointer', unless: ['sorry', 'so (we|i) can', 'responded to your'] });

  it('finds a reply whose only words besides a greeting, thanks, cheer or a sign-off point to DMs or a link', () => {
    const cases: [string, string][] = [
      ["@116217 Hi there, Please check your DM's for further instructions.", "check your DM's"],
      ['Hello! Thanks for your patience. Please check your inbox for our reply.', 'check your inbox'],
      ['Provide your details here: https://example.com/form and my team will follow up. ^EZ', 'Provide your details'],
      ['@252299  All the information is here > https://t.co/SDerTunP1B ^OL', 'All the information'],
      ['Here to help, Mario! Send us a note here, https://example.com/help. Rach', 'Send us a note'],
      ['Thanks for reaching out. Please visit for more info: https://example.com/help', 'visit for more info'],
      // A stock reason after the link ("so we can assist further") is no more than one after a DM request.
      ['Please send us a note via https://example.com/help so we can assist further.', 'send us a note'],
      ['Here to help. Send us a note at https://example.com/help so our team can connect.', 'Send us a note'],
    ];
    for (const [text, flagged] of cases) expect(texts(findingsOf(text, pointer)), text).toEqual([flagged]);
  });

  it('is silent when the reply says anything more: an acknowledgement, an answer, a question, a reason', () => {
    for (const text of [
      "I'm sorry we let you down! Please provide some details here: https://example.com/form",
      'Once an account is created the ID cannot be changed. More details here: https://example.com/id',
      'Which device are you on? Please check your DMs too.',
      'Please send us a note via https://example.com/help so we can refund the fare.',
      'Hi Ella. We responded to your DM earlier today. Please check your DMs.',
      'Yes. More info here: https://example.com/info',
      'Please check your DMs for our reply. Please check your inbox as well.',
      'Please check the size guide on the product page.',
    ])
      expect(texts(findingsOf(text, pointer)), text).toEqual([]);
  });

  it('is silent for a customer who asked to be answered in private, a later part of a thread, another language', () => {
    const text = 'Please check your DMs for further instructions.';
    expect(findingsOf(text, pointer)).toHaveLength(1);
    expect(findingsOf(text, pointer, { customerMessage: 'Can someone get back to me on my DMs?' })).toEqual([]);
    expect(
      findingsOf('Please share your details here: https://example.com/f and we will follow up. 2/2', pointer),
    ).toEqual([]);
    expect(findingsOf('Por favor, revisa tus mensajes directos para más información.', pointer)).toEqual([]);
  });

  it('reads a 5,000-character reply without finding a pointer in it', () => {
    expect(findingsOf(longReply(5000), pointer)).toEqual([]);
  });
});
