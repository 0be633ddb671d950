// The built-in rule sets (rules/packs/*.json) and their examples, which are their tests (issue 2, section 5): every
// rule has at least two bad and two good examples; each bad example gives exactly one finding of its rule at the
// marked span, and applying its first suggestion gives the stated fix (which every bad example with a fix must state)
// with no new finding of the rule; each good example gives none. And the canned deflection to a phone line on a public channel is an error.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ContextInput } from '../../rules/base.ts';
import { check } from '../../rules/engine.ts';
import { applySuggestion, runExamples } from '../../rules/examples.ts';
import { BUILTIN_PACKS, builtinPack } from '../../rules/packs/index.ts';
import { parseRuleSet } from '../../rules/validate.ts';

const PACKS_DIR = resolve(import.meta.dirname, '../../rules/packs');
const files = readdirSync(PACKS_DIR).filter((f) => f.endsWith('.json'));

describe('built-in rule sets', () => {
  it('are all loaded, once each, under the ids of their files', () => {
    expect(files.sort()).toEqual(['email-helpdesk.json', 'plain-language.json', 'social-care.json']);
    expect(BUILTIN_PACKS.map((p) => `${p.id}.json`).sort()).toEqual(files);
    for (const p of BUILTIN_PACKS) expect(builtinPack(p.id)).toBe(p);
  });

  for (const file of files) {
    describe(file, () => {
      const text = readFileSync(resolve(PACKS_DIR, file), 'utf8');
      const parsed = parseRuleSet(text);

      it('passes the full validation a brand manager’s file gets (regex safety, phrase syntax, dependencies)', () => {
        expect(parsed.ok ? [] : parsed.problems).toEqual([]);
      });

      it('has rules, each with at least two bad and two good examples', () => {
        if (!parsed.ok) return expect.fail('invalid pack');
        expect(parsed.ruleSet.rules.length).toBeGreaterThan(0);
        const thin = parsed.ruleSet.rules
          .filter((r) => (r.examples?.bad.length ?? 0) < 2 || (r.examples?.good.length ?? 0) < 2)
          .map((r) => `${r.id}: ${r.examples?.bad.length ?? 0} bad, ${r.examples?.good.length ?? 0} good`);
        expect(thin).toEqual([]);
      });

      it('agrees with every one of its examples, each bad one giving the text after Apply when there is a fix', () => {
        if (!parsed.ok) return expect.fail('invalid pack');
        const { failures, examples } = runExamples(parsed.ruleSet, { requireFix: true });
        expect(failures.map((f) => `${f.rule}: ${f.example}\n    ${f.problem}`)).toEqual([]);
        const stated = parsed.ruleSet.rules.reduce(
          (n, r) => n + (r.examples?.bad.length ?? 0) + (r.examples?.good.length ?? 0),
          0,
        );
        expect(examples).toBe(stated);
        expect(examples).toBeGreaterThanOrEqual(4 * parsed.ruleSet.rules.length);
      });
    });
  }
});

describe('social care on a public channel', () => {
  const canned = (text: string, channel: 'x' | 'facebook' | 'instagram' = 'x') =>
    check(text, BUILTIN_PACKS, { channel, audience: 'public' }).findings.filter((f) => f.category === 'canned');

  it('"Please call our 800 number" is a canned error with the default context (a public reply on X)', () => {
    const found = check('Please call our 800 number', BUILTIN_PACKS).findings.filter((f) => f.category === 'canned');
    expect(found.map((f) => [f.severity, f.text])).toEqual([['error', 'call our 800 number']]);
  });

  const deflections = [
    'Sorry to hear that. Please call our 800 number.',
    'Please call 1-800-555-0199 and we will help.',
    'We are sorry! Give us a call and we will sort it out.',
    'Please contact our phone support team for help.',
    'You can reach us by phone or chat 24/7.',
    'You can find our phone numbers here: https://t.co/abc123',
  ];
  for (const text of deflections) {
    it(`sends no customer to a phone line unflagged: "${text}" is a canned error on X, Facebook and Instagram`, () => {
      for (const channel of ['x', 'facebook', 'instagram'] as const) {
        expect(
          canned(text, channel).map((f) => f.severity),
          channel,
        ).toContain('error');
      }
    });
  }

  it('a bare phone number in a short public reply is a canned suggestion; told to reach the brand at it, a deflection', () => {
    expect(canned('Our Financial Services group is at 888-780-3962.').map((f) => [f.rule, f.severity])).toEqual([
      ['phone-number', 'suggestion'],
    ]);
    expect(
      canned('Please reach our Financial Services group at 888-780-3962.').map((f) => [f.rule, f.severity]),
    ).toEqual([['phone-deflection', 'error']]);
    // A number after real help, in a reply that gives much more than the number.
    const helped =
      'I am sorry the engineer did not turn up, Priya. I have booked a new visit for Thursday morning and added ' +
      'credit to your account for the wasted day. The depot is on 0113 496 0550 if you need to move it.';
    expect(canned(helped)).toEqual([]);
  });

  const nearMisses = [
    'They call us Southbest for a reason.',
    'They call us the best airline for a reason!',
    'Try restarting your phone, that usually clears it.',
    'Answering the call!',
    '@Call_Me_Jacob Thanks for the update, we have fixed the charge.',
  ];
  for (const text of nearMisses) {
    it(`gives no canned finding for the near miss "${text}"`, () => {
      expect(canned(text).map((f) => `${f.rule}: ${f.text}`)).toEqual([]);
    });
  }
});

describe('the built-in fixes read well', () => {
  const fix = (text: string, rule: string, context: ContextInput = {}): string | undefined => {
    const f = check(text, BUILTIN_PACKS, context).findings.find((x) => x.rule === rule);
    return f?.suggestions[0] ? applySuggestion(text, f.suggestions[0]) : undefined;
  };

  it('replaces a canned apology with its subject, whatever the wording, leaving no dangling clause', () => {
    const cases: [string, string][] = [
      ['Sorry for any inconvenience caused.', "We're sorry this happened."],
      ["We're sorry for the inconvenience.", "We're sorry this happened."],
      ["I'm really sorry for any trouble you're having.", "We're sorry this happened."],
      ['We are so sorry for any inconvenience this has caused you!', "We're sorry this happened!"],
      ['I am very sorry for any trouble. The lift works again.', "We're sorry this happened. The lift works again."],
      ['Apologies for the inconvenience, Dan.', "We're sorry this happened, Dan."],
      ['We apologize for any inconvenience this may have caused.', "We're sorry this happened."],
      // Frustration is a feeling, not a mishap: it is understood ("sorry this happened" would not fit a planned closure).
      ['We do apologise for any frustration you may be experiencing.', 'We understand the frustration.'],
      [
        "We're genuinely sorry for your frustration! Your seat is 4C.",
        'We understand the frustration! Your seat is 4C.',
      ],
      [
        'The lift is fixed, and I’m truly sorry for the inconvenience.',
        "The lift is fixed, and we're sorry this happened.",
      ],
      ['Hi Ana, so sorry for any confusion.', "Hi Ana, we're sorry that wasn't clear."],
    ];
    for (const [text, expected] of cases) expect(fix(text, 'any-inconvenience'), text).toBe(expected);
    // Naming the problem is what the rule asks for; a plain "sorry for the trouble" is not the canned hedge.
    expect(fix('Sorry for the trouble with your login, Ana.', 'any-inconvenience')).toBeUndefined();
    expect(fix('Sorry for the trouble! Your seat is 4C.', 'any-inconvenience')).toBeUndefined();
  });

  it('puts the acknowledgement and the thanks after the greeting and the name', () => {
    const upset = { mood: 'upset' } as const;
    expect(fix('@ann Hi Sam, please DM us your booking.', 'acknowledge', upset)).toBe(
      "@ann Hi Sam, we're sorry about this. Please DM us your booking.",
    );
    expect(fix('Hello there! Can you DM us your booking?', 'acknowledge', upset)).toBe(
      "Hello there! We're sorry about this. Can you DM us your booking?",
    );
    expect(fix('Hi Sam, please DM us your booking.', 'acknowledge', { ...upset, customerName: 'Sam Lee' })).toBe(
      "Hi Sam, we're sorry about this. Please DM us your booking.",
    );
    expect(fix('@ann Hi Ana! We will pass it on to the crew.', 'thank-praise', { mood: 'happy' })).toBe(
      '@ann Hi Ana! Thanks so much! We will pass it on to the crew.',
    );
  });

  it('offers a plain word only where it means the same', () => {
    const swapped: [string, string, string][] = [
      ['Please revert to the email we sent you.', 'formal-words', 'Please reply to the email we sent you.'],
      ["We'll revert back shortly.", 'wordy', "We'll reply shortly."],
      ['I have a question concerning your bill.', 'formal-words', 'I have a question about your bill.'],
      ['Some parcels require a signature.', 'formal-words', 'Some parcels need a signature.'],
      ['Kindly please wait for the e-mail.', 'formal-words', 'Please wait for the e-mail.'],
      ['Kindly advise if it works now.', 'formal-words', 'Please let us know if it works now.'],
    ];
    for (const [text, rule, expected] of swapped) expect(fix(text, rule), text).toBe(expected);
    const kept = [
      'You can revert to the previous version in Settings.',
      'Revert the changes and restart the app.',
      'It will revert back to normal tomorrow.',
      "That's concerning.",
      'This is really concerning to us.',
      'Very concerning, and we are on it.',
      'The law requires us to check your ID.',
      'Regulations require a signature on delivery.',
      'Please advise the driver to wait.',
    ];
    for (const text of kept) {
      const found = check(text, BUILTIN_PACKS).findings.filter((f) => f.ruleSet === 'plain-language');
      expect(
        found.map((f) => `${f.rule}: ${f.text}`),
        text,
      ).toEqual([]);
    }
  });

  it('says what the exclamations rule flags: more than two, or two at once', () => {
    const message = (text: string): string[] =>
      check(text, BUILTIN_PACKS)
        .findings.filter((f) => f.rule === 'exclamations')
        .map((f) => f.message);
    expect(message('Thanks so much!!')).toEqual([
      '2 exclamation marks: use at most 2, never two in a row, so the reply sounds calm, not breathless.',
    ]);
    expect(message('Great! Fixed! Enjoy!')).toEqual([
      '3 exclamation marks: use at most 2, never two in a row, so the reply sounds calm, not breathless.',
    ]);
    expect(message('Great! Fixed.')).toEqual([]);
  });

  it('never shows an empty or doubled quote in a message', () => {
    const email = { channel: 'email', audience: 'private' } as const;
    const advised = check('Please be advised that your order has shipped.', BUILTIN_PACKS, email).findings.find(
      (f) => f.rule === 'do-not-hesitate',
    );
    expect(advised?.message).toBe('"Please be advised that" is stock e-mail phrasing. Say it plainly.');
    const button = check('Click the "Call Me" button on our site.', BUILTIN_PACKS).findings.find(
      (f) => f.rule === 'phone-deflection',
    );
    expect(button?.message).toMatch(/^"Click the 'Call Me' button" sends the customer to a phone line\./);
  });
});
