// phrase: the words a brand manager lists to avoid ("call our 800 number"), found the way an agent actually types
// them (any case, curly apostrophes, doubled spaces), never inside a handle, link or e-mail address, at offsets the
// editor can underline.
import { describe, expect, it } from 'vitest';
import { phraseKind } from '../../../rules/kinds/phrase.ts';
import { applied, at, findingsOf, longReply, problemsOf, rule, spans, texts } from '../rule-helpers.ts';

const phone = rule('phrase', { phrases: ['call our 800 number'] });

describe('phrase: where it finds a phrase', () => {
  it('finds the phrase at its UTF-16 offsets and reports the text as typed', () => {
    const text = 'Please call our 800 number today.';
    const found = findingsOf(text, phone);
    expect(spans(found)).toEqual([[7, 26]]);
    expect(spans(found)).toEqual([at(text, 'call our 800 number')]);
    expect(texts(found)).toEqual(['call our 800 number']);
  });

  it('ignores case, and keeps the case the agent typed in the finding', () => {
    expect(texts(findingsOf('CALL OUR 800 NUMBER NOW', phone))).toEqual(['CALL OUR 800 NUMBER']);
    expect(texts(findingsOf('Call Our 800 Number', phone))).toEqual(['Call Our 800 Number']);
  });

  it('tolerates extra spaces and line breaks between the words', () => {
    const text = 'Please call  our\n800   number';
    expect(spans(findingsOf(text, phone))).toEqual([[7, 29]]);
  });

  it('treats straight and curly apostrophes and quotes as the same', () => {
    const sorry = rule('phrase', { phrases: ["we're sorry"] });
    expect(spans(findingsOf('We’re sorry about that', sorry))).toEqual([[0, 11]]);
    const curly = rule('phrase', { phrases: ['we’ll call you'] });
    expect(spans(findingsOf("Don't worry, we'll call you.", curly))).toEqual([[13, 27]]);
    const quoted = rule('phrase', { phrases: ['the "policy"'] });
    const text = 'That is the “policy” here.';
    expect(spans(findingsOf(text, quoted))).toEqual([at(text, 'the “policy”')]);
  });

  it('matches whole words only', () => {
    const call = rule('phrase', { phrases: ['call'] });
    expect(findingsOf('We will recall your callback request.', call)).toEqual([]);
    expect(spans(findingsOf('Call us.', call))).toEqual([[0, 4]]);
  });

  it('never matches inside an e-mail address, a link, a hashtag or a handle', () => {
    const help = rule('phrase', { phrases: ['help'] });
    const masked = 'Write to help@brand.com, see https://brand.com/help or #help and @help';
    expect(findingsOf(masked, help)).toEqual([]);
    const text = `${masked}. We can help.`;
    expect(spans(findingsOf(text, help))).toEqual([[text.length - 5, text.length - 1]]);
    // @Call_Me_Jacob is a customer's handle, not "call me".
    expect(findingsOf('@Call_Me_Jacob Thanks for the update!', rule('phrase', { phrases: ['call me'] }))).toEqual([]);
  });

  it('gives offsets in UTF-16 code units after emoji, accents and other scripts', () => {
    // 🙂 is two code units; 👩‍💻 is five (two surrogate pairs and a zero-width joiner).
    expect(spans(findingsOf('🙂 Please call our 800 number', phone))).toEqual([[10, 29]]);
    expect(spans(findingsOf('👩‍💻👩‍💻 call our 800 number', phone))).toEqual([[11, 30]]);
    const french = rule('phrase', { phrases: ['désolé'] });
    expect(spans(findingsOf('Désolé pour le retard.', french))).toEqual([[0, 6]]);
    expect(findingsOf('Nous sommes désolés.', french)).toEqual([]); // a different word
    const russian = rule('phrase', { phrases: ['извините за неудобства'] });
    expect(spans(findingsOf('Извините за неудобства, мы проверим.', russian))).toEqual([[0, 22]]);
  });

  it('prefers the longest phrase where two start at the same place, and finds every occurrence', () => {
    const r = rule('phrase', { phrases: ['call us', 'call us now'] });
    expect(texts(findingsOf('Please call us now.', r))).toEqual(['call us now']);
    expect(texts(findingsOf('Call us. Or call us now.', r))).toEqual(['Call us', 'call us now']);
  });
});

describe('phrase: suggestions', () => {
  const inconvenience = rule('phrase', {
    phrases: ['we apologise for any inconvenience'],
    suggestions: ['sorry for the wait'],
  });

  it('replaces the span, capitalised at the start of a sentence and not elsewhere', () => {
    const start = 'We apologise for any inconvenience. Your parcel ships today.';
    expect(applied(start, findingsOf(start, inconvenience)[0])).toBe('Sorry for the wait. Your parcel ships today.');
    const middle = 'Hi Sam, we apologise for any inconvenience.';
    expect(applied(middle, findingsOf(middle, inconvenience)[0])).toBe('Hi Sam, sorry for the wait.');
  });

  it('gives a verb after "and" its subject back when the replaced words held it', () => {
    const important = rule('phrase', {
      phrases: ['your (feedback|concerns) (is|are) important to us', 'we value your feedback'],
      suggestions: ['thanks for telling us'],
    });
    for (const [before, after] of [
      [
        'Your feedback is important to us and has been passed to the team.',
        'Thanks for telling us. It has been passed to the team.',
      ],
      [
        'Your concerns are important to us and have been shared with the team.',
        'Thanks for telling us. They have been shared with the team.',
      ],
      ['We value your feedback and will use it.', 'Thanks for telling us. We will use it.'],
      // A clause of its own after "and" keeps its subject; nothing follows at all.
      ['Your feedback is important to us and we read it all.', 'Thanks for telling us and we read it all.'],
      ['We value your feedback!', 'Thanks for telling us!'],
      // Not a verb that shares the subject: an imperative, "indeed" (a review's).
      ['We value your feedback and have a great weekend!', 'Thanks for telling us and have a great weekend!'],
      ['Your feedback is important to us and do let us know.', 'Thanks for telling us and do let us know.'],
      ['We value your feedback and indeed we read it all.', 'Thanks for telling us and indeed we read it all.'],
      // "has" and "does" take the subject back (a review's).
      ['Your feedback is important to us and has a real impact.', 'Thanks for telling us. It has a real impact.'],
    ] as const)
      expect(applied(before, findingsOf(before, important)[0]), before).toBe(after);
  });

  it('starts a sentence at a new paragraph and on the line after a greeting', () => {
    const shout = rule('phrase', { phrases: ['obviously'], suggestions: [''] });
    expect(
      applied(
        'Hello,\n\nobviously the refund is done.',
        findingsOf('Hello,\n\nobviously the refund is done.', shout)[0],
      ),
    ).toBe('Hello,\n\nThe refund is done.');
    expect(applied('Hi Sam,\nobviously it is done.', findingsOf('Hi Sam,\nobviously it is done.', shout)[0])).toBe(
      'Hi Sam,\nIt is done.',
    );
    // A line that is not a greeting's, ended by a comma, goes on with the same sentence (a review's).
    const clause = 'If it still fails,\nobviously restart the router.';
    expect(applied(clause, findingsOf(clause, shout)[0])).toBe('If it still fails,\nrestart the router.');
    // A deletion leaves no new sentence behind it.
    const easy = rule('phrase', { phrases: ['it is really easy'], suggestions: [''] });
    expect(
      applied(
        'It is really easy and can be done in the app.',
        findingsOf('It is really easy and can be done in the app.', easy)[0],
      ),
    ).not.toMatch(/^\./);
    // A line wrapped mid-sentence is not a new sentence.
    const wrapped = 'We looked at your order, the refund and the fees,\nobviously all fine.';
    expect(applied(wrapped, findingsOf(wrapped, shout)[0])).toBe(
      'We looked at your order, the refund and the fees,\nall fine.',
    );
  });

  it('keeps shouted capitals in the replacement', () => {
    const kindly = rule('phrase', { phrases: ['kindly'], suggestions: ['please'] });
    const text = 'Hi, KINDLY restart the app.';
    expect(applied(text, findingsOf(text, kindly)[0])).toBe('Hi, PLEASE restart the app.');
  });

  it('deletes a word with one of its spaces, and capitalises what then starts the sentence', () => {
    const just = rule('phrase', { phrases: ['just'], suggestions: [''] });
    for (const [before, after] of [
      ['Please just restart it.', 'Please restart it.'],
      ['Just restart it.', 'Restart it.'],
      ['Try it again just', 'Try it again'],
    ] as const) {
      expect(applied(before, findingsOf(before, just)[0])).toBe(after);
    }
  });

  it('fills {name} and {handle}, and leaves out a suggestion whose value nobody knows', () => {
    const hey = rule('phrase', { phrases: ['hey there'], suggestions: ['Hi {name}', 'Hi {handle}', 'Hello'] });
    const text = 'Hey there, thanks for waiting.';
    expect(findingsOf(text, hey)[0]!.suggestions.map((s) => s.replacement)).toEqual(['Hello']);
    const known = findingsOf(text, hey, { customerName: 'Jacob Smith', customerHandle: 'jacob_s' })[0];
    expect(known!.suggestions.map((s) => s.replacement)).toEqual(['Hi Jacob', 'Hi @jacob_s', 'Hello']);
    expect(applied(text, known)).toBe('Hi Jacob, thanks for waiting.');
  });

  it('gives no suggestion when the rule has none', () => {
    expect(findingsOf('Call our 800 number', phone)[0]!.suggestions).toEqual([]);
  });
});

describe('phrase: unless', () => {
  const bareDm = rule('phrase', { phrases: ['(dm|message) us'], unless: ['sorry', 'so (we|I) can'] });

  it('is silenced by an unless phrase anywhere in the reply', () => {
    expect(texts(findingsOf('DM us.', bareDm))).toEqual(['DM us']);
    expect(findingsOf('Sorry about this! DM us.', bareDm)).toEqual([]);
    expect(findingsOf('DM us so we can check your booking.', bareDm)).toEqual([]);
  });

  it('does not count an unless phrase inside a handle', () => {
    expect(texts(findingsOf('DM us @sorrybot', bareDm))).toEqual(['DM us']);
  });

  it('adds words after the match only where the match ends a clause', () => {
    const why = { ...bareDm, suggestions: ['{match} so we can look into this'] };
    const fix = (text: string) => findingsOf(text, why)[0]!.suggestions.map((s) => s.replacement);
    expect(fix('Please DM us. ^JS')).toEqual(['DM us so we can look into this']);
    expect(fix('Please DM us!')).toEqual(['DM us so we can look into this']);
    expect(fix('You can message us by clicking the link below.')).toEqual([]);
  });
});

describe('phrase: except', () => {
  const trouble = rule('phrase', {
    phrases: ['sorry for the trouble'],
    except: ['trouble (with|of|getting)'],
    suggestions: ["we're sorry this happened"],
  });

  it('spares only the matches an except phrase overlaps, not the whole reply', () => {
    expect(findingsOf('Sorry for the trouble with the login page.', trouble)).toEqual([]);
    const text = 'Sorry for the trouble getting in. And sorry for the trouble!';
    // "Sorry for the trouble getting in" names the problem; the bare "sorry for the trouble" after it does not.
    expect(spans(findingsOf(text, trouble))).toEqual([at(text, 'sorry for the trouble')]);
  });

  it('does not count an except phrase inside a link or handle', () => {
    expect(texts(findingsOf('Sorry for the trouble @trouble_with_it', trouble))).toEqual(['Sorry for the trouble']);
  });

  it('takes "I" as saying nothing about the case of a replacement mid-sentence', () => {
    const r = rule('phrase', { phrases: ["i'm sorry for the trouble"], suggestions: ["we're sorry this happened"] });
    expect(
      applied(
        'The app failed and I’m sorry for the trouble.',
        findingsOf('The app failed and I’m sorry for the trouble.', r)[0],
      ),
    ).toBe("The app failed and we're sorry this happened.");
    expect(applied("I'm sorry for the trouble.", findingsOf("I'm sorry for the trouble.", r)[0])).toBe(
      "We're sorry this happened.",
    );
  });

  it('names a broken except phrase by its path', () => {
    expect(problemsOf(rule('phrase', { phrases: ['x'], except: ['(oops'] }))).toEqual([
      'rules[0].except[0]: unclosed "(" in "(oops"',
    ]);
  });
});

describe('phrase: message', () => {
  it('fills {match} with the text as typed and {name} with the first name', () => {
    const r = rule('phrase', { phrases: ['call our 800 number'], message: '"{match}" sends {name} away.' });
    expect(findingsOf('Call our 800 Number', r, { customerName: 'jacob smith' })[0]!.message).toBe(
      '"Call our 800 Number" sends Jacob away.',
    );
  });

  it('drops a placeholder that has no value instead of showing it raw', () => {
    const r = rule('phrase', { phrases: ['call'], message: 'Avoid {nothing} "{match}".' });
    expect(findingsOf('Call us', r)[0]!.message).toBe('Avoid "Call".');
  });

  it('never shows an empty quote: an empty quoted value goes with its quotes and the ": " before it', () => {
    const r = rule('phrase', { phrases: ['call'], message: '"{match}" is a deflection. Say instead: "{nothing}".' });
    expect(findingsOf('Call us', r)[0]!.message).toBe('"Call" is a deflection. Say instead.');
    const alone = rule('phrase', { phrases: ['call'], message: 'Write "{nothing}" instead of "{match}".' });
    expect(findingsOf('Call us', alone)[0]!.message).toBe('Write instead of "Call".');
  });

  it('turns quotes inside a quoted value into single ones', () => {
    const r = rule('phrase', { phrases: ['"call me" button'], message: '"{match}" sends them to the phone.' });
    expect(findingsOf('Click the "Call Me" button.', r)[0]!.message).toBe(
      '"\'Call Me\' button" sends them to the phone.',
    );
    const curly = rule('phrase', { phrases: ['"call me" button'], message: '“{match}” sends them to the phone.' });
    expect(findingsOf('Click the “Call Me” button.', curly)[0]!.message).toBe(
      '“‘Call Me’ button” sends them to the phone.',
    );
  });

  it('never reads a placeholder typed by the agent inside a value', () => {
    const r = rule('regex', { regex: 'Dear \\{\\w+\\}', message: '"{match}" for {name}.' });
    expect(findingsOf('Dear {name}', r, { customerName: 'Ann' })[0]!.message).toBe('"Dear {name}" for Ann.');
  });
});

describe('phrase: edge cases', () => {
  it('finds nothing in an empty text or a text of only emoji', () => {
    expect(findingsOf('', phone)).toEqual([]);
    expect(findingsOf('🙂🙂🙂', rule('phrase', { phrases: ['call', '🙂 call'] }))).toEqual([]);
  });

  it('finds a phrase at the end of a 5,000-character reply, and every one of 250 occurrences', () => {
    const long = `${longReply(5000)} Please call our 800 number.`;
    expect(spans(findingsOf(long, phone))).toEqual([at(long, 'call our 800 number')]);
    const repeated = 'Call our 800 number. '.repeat(250); // 21 characters each
    const found = findingsOf(repeated, phone);
    expect(found).toHaveLength(250);
    expect(spans(found)[249]).toEqual([249 * 21, 249 * 21 + 19]);
  });
});

describe('phrase: problems, in plain words', () => {
  it('refuses a rule without phrases', () => {
    expect(problemsOf(rule('phrase', { phrases: [] }))).toEqual(['rules[0].phrases: list at least one phrase']);
    expect(problemsOf(rule('phrase'))[0]).toMatch(/^rules\[0\]\.phrases: missing/);
  });

  it('names each broken phrase by its path and says what is wrong', () => {
    expect(
      problemsOf(
        rule('phrase', {
          phrases: ['call (us', 'fine', '(a (b|c))', '()', '(please|) (kindly|)', 'call us)'],
          unless: ['(oops'],
        }),
      ),
    ).toEqual([
      'rules[0].phrases[0]: unclosed "(" in "call (us"',
      'rules[0].phrases[2]: choices cannot be nested in "(a (b|c))"',
      'rules[0].phrases[3]: empty choice "()" in "()"',
      'rules[0].phrases[4]: every part of "(please|) (kindly|)" is optional, so it would match everywhere',
      'rules[0].phrases[5]: "|" and ")" only belong inside a choice "(a|b)" in "call us)" (write "\\)" for a plain bracket)',
      'rules[0].unless[0]: unclosed "(" in "(oops"',
    ]);
  });

  it('reports nothing for a good rule (the kind itself, without the set around it)', () => {
    expect(
      phraseKind.problems!({
        ...phone,
        phrases: ['call our 800 number', '(give us|gimme) a call', 'apologi(se|ze)', ':-\\)'],
      } as never),
    ).toEqual([]);
  });
});
