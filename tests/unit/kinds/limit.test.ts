// limit: how much of something a reply may have: characters (counted the way X counts them), words, "!", emoji,
// shouting, words per sentence or paragraph, reading grade, and how often a phrase occurs. Counts are of what a
// reader sees (one emoji is one, however many code units it takes); offsets are UTF-16 code units.
import { describe, expect, it } from 'vitest';
import { applied, at, findingsOf, problemsOf, rule, spans, texts } from '../rule-helpers.ts';

const limit = (measure: string, max: number, fields: Record<string, unknown> = {}) =>
  rule('limit', { measure, max, message: '{count} of at most {max}', ...fields });

describe('limit: characters', () => {
  const ten = limit('characters', 10, { message: '{count} characters, {max} allowed ({over} over)' });

  it('flags what goes past the limit, counts in the message, and leaves the rest of the reply to span findings', () => {
    const found = findingsOf('Hello there world', ten);
    expect(spans(found)).toEqual([[10, 17]]);
    expect(found[0]!.message).toBe('17 characters, 10 allowed (7 over)');
    expect(findingsOf('Hello ther', ten)).toEqual([]);
    expect(findingsOf('Hello ther   \n', ten)).toEqual([]); // trailing whitespace is not counted
  });

  it('counts what a reader sees: a letter with a combining accent or a family emoji is one character', () => {
    const accents = 'e\u0301'.repeat(10); // 20 code units, 10 characters
    expect(findingsOf(accents, ten)).toEqual([]);
    expect(spans(findingsOf(`${accents}e\u0301`, ten))).toEqual([[20, 22]]);
    const family = '👨‍👩‍👧'; // 8 code units, one character
    expect(findingsOf(family.repeat(10), ten)).toEqual([]);
    expect(spans(findingsOf(family.repeat(11), ten))).toEqual([[80, 88]]);
  });

  describe('counted as X counts (countAs: "x")', () => {
    const x = limit('characters', 280, {
      countAs: 'x',
      message: '{count} characters: X allows {max} ({over} too many)',
    });

    it('allows 280 Latin characters and flags the 281st', () => {
      expect(findingsOf('a'.repeat(280), x)).toEqual([]);
      const found = findingsOf('a'.repeat(281), x);
      expect(spans(found)).toEqual([[280, 281]]);
      expect(found[0]!.message).toBe('281 characters: X allows 280 (1 too many)');
    });

    it('does not count the handles before the reply, but counts a thread count after them', () => {
      expect(findingsOf(`@ann @bo ${'A'.repeat(280)}`, x)).toEqual([]);
      // X counts "1/2 " and "(1/2) ": 278 letters after them are 282 and 284 characters.
      expect(findingsOf(`@ann 1/2 ${'A'.repeat(278)}`, x)[0]!.message).toBe(
        '282 characters: X allows 280 (2 too many)',
      );
      expect(findingsOf(`(1/2) ${'A'.repeat(278)}`, x)[0]!.message).toBe('284 characters: X allows 280 (4 too many)');
    });

    it('counts emoji and CJK characters as two', () => {
      expect(findingsOf('🙂'.repeat(140), x)).toEqual([]);
      expect(spans(findingsOf('🙂'.repeat(141), x))).toEqual([[280, 282]]);
      expect(findingsOf('あ'.repeat(140), x)).toEqual([]);
      expect(spans(findingsOf('あ'.repeat(141), x))).toEqual([[140, 141]]);
      expect(findingsOf('é’'.repeat(140), x)).toEqual([]); // accented letters and curly quotes count one
    });

    it('counts a link as 23, whatever its length', () => {
      const url = `https://example.com/${'x'.repeat(80)}`;
      expect(findingsOf(`${'a'.repeat(256)} ${url}`, x)).toEqual([]); // 256 + 1 + 23 = 280
      const text = `${'a'.repeat(257)} ${url}`;
      expect(spans(findingsOf(text, x))).toEqual([[258, text.length]]); // the link takes it over
    });

    it('counts a bare domain as a link too, as X links it', () => {
      const bare = 'midshiretrains.co.uk/delayrepay-claims-for-tonight';
      expect(findingsOf(`${'a'.repeat(256)} ${bare}.`, x)).toHaveLength(1); // 256 + 1 + 23 + 1 = 281
      expect(findingsOf(`${'a'.repeat(255)} ${bare}.`, x)).toEqual([]);
      // Not an e-mail address's domain, and not a word with a full stop ("fine.Thanks").
      expect(findingsOf(`${'a'.repeat(250)} sam@${'b'.repeat(30)}.com`, x)).toHaveLength(1);
    });

    it('does not count the t.co link X adds at the end for an attached photo or post', () => {
      expect(findingsOf(`${'a'.repeat(280)} https://t.co/oEoSPnwg0y`, x)).toEqual([]);
      // A link the agent wrote, or a t.co link with text after it, counts 23.
      expect(findingsOf(`${'a'.repeat(257)} https://example.com/help`, x)).toHaveLength(1);
      expect(findingsOf(`${'a'.repeat(250)} https://t.co/oEoSPnwg0y ${'b'.repeat(8)}`, x)).toHaveLength(1);
    });

    it('does not count the @handles X puts before a reply', () => {
      expect(findingsOf(`@alice @bob ${'a'.repeat(280)}`, x)).toEqual([]);
      expect(findingsOf(`@alice @bob ${'a'.repeat(280)}`, limit('characters', 280))).toHaveLength(1);
    });
  });
});

describe('limit: words, sentence-words, paragraph-words', () => {
  it('counts the words of the reply after the leading handles', () => {
    const text = '@alice One two three four five six.';
    const found = findingsOf(text, limit('words', 5));
    expect(spans(found)).toEqual([[7, text.length]]);
    expect(found[0]!.message).toBe('6 of at most 5');
    expect(findingsOf('@alice One two three four five.', limit('words', 5))).toEqual([]);
  });

  it('flags each sentence that is too long, full stop included (the unit to rewrite)', () => {
    const text = 'Short one. This sentence has far too many words in it. Fine.';
    const found = findingsOf(text, limit('sentence-words', 5));
    expect(spans(found)).toEqual([at(text, 'This sentence has far too many words in it.')]);
    expect(found[0]!.message).toBe('9 of at most 5');
  });

  it('flags each paragraph (line) that is a wall of text', () => {
    const text = 'One two three.\nThis paragraph has more than five words in it.\nOk.';
    expect(spans(findingsOf(text, limit('paragraph-words', 5)))).toEqual([
      at(text, 'This paragraph has more than five words in it.'),
    ]);
  });
});

describe('limit: exclamations', () => {
  const fix = (text: string, max: number): string => applied(text, findingsOf(text, limit('exclamations', max))[0]);

  it('flags each "!" past the limit with a full stop as the fix, counting all of them in the message', () => {
    const text = 'Great! Thanks!';
    const found = findingsOf(text, limit('exclamations', 1));
    expect(spans(found)).toEqual([[13, 14]]);
    expect(found[0]!.message).toBe('2 of at most 1');
    expect(fix(text, 1)).toBe('Great! Thanks.');
    expect(fix('Hi!', 0)).toBe('Hi.');
  });

  it('drops a "!" after a question mark rather than leaving "?."', () => {
    expect(fix('Great! See you next time?! Bye.', 1)).toBe('Great! See you next time? Bye.');
  });

  it('calms a run of marks to one, and "!?" to "?"', () => {
    expect(texts(findingsOf('Thanks!!!', limit('exclamations', 2)))).toEqual(['!!!']);
    expect(fix('Thanks!!!', 2)).toBe('Thanks!');
    expect(fix('What!?', 0)).toBe('What?');
  });

  it('ignores marks inside links, and texts of only emoji', () => {
    expect(findingsOf('See https://example.com/!!!/deals ok', limit('exclamations', 0))).toEqual([]);
    expect(findingsOf('🎉🎉', limit('exclamations', 0))).toEqual([]);
  });
});

describe('limit: emoji', () => {
  const one = limit('emoji', 1);

  it('flags each emoji past the limit with its deletion', () => {
    const text = 'Thanks 🙂🙂';
    const found = findingsOf(text, one);
    expect(spans(found)).toEqual([[9, 11]]);
    expect(found[0]!.message).toBe('2 of at most 1');
    expect(applied(text, found[0])).toBe('Thanks 🙂');
    expect(applied('Thanks 🙂 🙂 ok', findingsOf('Thanks 🙂 🙂 ok', one)[0])).toBe('Thanks 🙂 ok');
  });

  it('counts a joined emoji, a heart with its variation selector and a flag as one emoji each', () => {
    expect(spans(findingsOf('👨‍👩‍👧👨‍👩‍👧', one))).toEqual([[8, 16]]);
    expect(spans(findingsOf('❤️❤️', one))).toEqual([[2, 4]]);
    expect(spans(findingsOf('Go 🇬🇧🇬🇧', one))).toEqual([[7, 11]]);
    expect(spans(findingsOf('Press 1️⃣ or 2️⃣', one))).toEqual([at('Press 1️⃣ or 2️⃣', '2️⃣')]);
  });

  it('does not count ©, ® and ™, which brands write in plain text', () => {
    expect(findingsOf('Your PlayStation® and Nestlé™ © 2024', limit('emoji', 0))).toEqual([]);
  });

  it('finds nothing in plain text or within the limit', () => {
    expect(findingsOf('Thanks :) and <3', limit('emoji', 0))).toEqual([]);
    expect(findingsOf('Thanks 🙂', one)).toEqual([]);
  });
});

describe('limit: capitals (shouting)', () => {
  const shouting = limit('capitals', 0);
  const fix = (text: string): string => applied(text, findingsOf(text, shouting)[0]);

  it('flags ordinary words in capitals and offers them calm', () => {
    const text = 'We are VERY SORRY about this.';
    expect(spans(findingsOf(text, shouting))).toEqual([at(text, 'VERY SORRY')]);
    expect(fix(text)).toBe('We are very sorry about this.');
    expect(fix('PLEASE read the guide.')).toBe('Please read the guide.');
    // Days and months keep their capital.
    expect(fix('Sorry, WE DO NOT DELIVER ON SUNDAYS.')).toBe('Sorry, we do not deliver on Sundays.');
    // "May" and "March" keep it only where they name the month.
    expect(fix('Sorry, WE ARE CLOSED ON SUNDAYS IN MAY.')).toBe('Sorry, we are closed on Sundays in May.');
    expect(fix('Sorry, THE NEW STORE OPENS MARCH 3.')).toBe('Sorry, the new store opens March 3.');
    expect(fix('Sorry, YOU MAY NEED TO WAIT.')).toBe('Sorry, you may need to wait.');
    // A code joined to digits by a hyphen keeps its capitals.
    expect(fix('PLEASE USE FORM CT-R7 TO CLAIM.')).toBe('Please use form CT-R7 to claim.');
    expect(spans(findingsOf('🙂 PLEASE read', shouting))).toEqual([[3, 9]]);
    // After shouted words "IT" and "US" are the pronouns, not the acronyms, and are lowered with them.
    expect(fix('THE TEAM IS WORKING ON IT, sorry.')).toBe('The team is working on it, sorry.');
    expect(fix('PLEASE STOP TAGGING US in posts.')).toBe('Please stop tagging us in posts.');
    expect(findingsOf('Our IT team and the US office are on it.', shouting)).toEqual([]);
  });

  it('offers no fix that would lower part of a passage left in capitals around it', () => {
    const text = 'BAH GAWD LIDL, TESCO HAS A FAMILY';
    const found = findingsOf(text, shouting);
    expect(found.map((f) => f.text)).toEqual(['TESCO HAS A FAMILY']);
    expect(found[0]!.suggestions).toEqual([]);
    expect(fix('WE ARE SO SORRY, please DM us.')).toBe('We are so sorry, please DM us.'); // DM is an acronym
  });

  it('leaves acronyms, allowed words, handles and scripts without capitals alone', () => {
    expect(findingsOf('Please DM us the FAQ link, the ETA is 5 PM.', shouting)).toEqual([]);
    expect(findingsOf('Your NOW TV pass is active.', shouting)).toEqual([]);
    expect(findingsOf('Sorry, EVERY seat is taken.', shouting)).toHaveLength(1);
    expect(findingsOf('Sorry, EVERY seat is taken.', limit('capitals', 0, { allow: ['every'] }))).toEqual([]);
    expect(findingsOf('Thanks! ^DO', shouting)).toEqual([]);
    expect(findingsOf('Thanks @PLEASE', shouting)).toEqual([]);
    expect(findingsOf('ありがとうございます。', shouting)).toEqual([]);
  });

  it('allows up to max shouted words', () => {
    expect(findingsOf('PLEASE read the guide.', limit('capitals', 1))).toEqual([]);
  });

  it('leaves labels in quotes or after a verb of the interface, names, and one warm word stressed alone', () => {
    for (const text of [
      'Tap "SETTINGS", then "PRIVACY".',
      "Choose 'MY ACCOUNT' at the top.",
      'Select MY ACCOUNT, then ORDERS.',
      'Go to MY ORDERS and choose RETURN ITEMS.',
      'Tap SETTINGS and then ALL APPS.',
      'Text STOP to 80888.',
      'JOHN SMITH from our team will call you.',
      'Thank YOU, Ana!',
      'We want the best for you at ALL times.',
    ])
      expect(texts(findingsOf(text, shouting)), text).toEqual([]);
    expect(texts(findingsOf('HI SAM, thanks for waiting!', shouting))).toEqual([]);
    expect(texts(findingsOf('Sorry, EVERY order ships on Monday.', shouting))).toEqual(['EVERY']);
    expect(fix('WE DEMAND A RE-TASTE!')).toBe('We demand a re-taste!');
  });
});

describe('limit: grade', () => {
  const complex = 'Unfortunately, the organisational infrastructure necessitates comprehensive documentation. '.repeat(
    5,
  );
  const grade = limit('grade', 8, { message: 'Grade {grade}, aim for {max}' });

  it('flags the whole reply when its reading grade is over the limit', () => {
    const found = findingsOf(complex, grade);
    expect(spans(found)).toEqual([[0, complex.trimEnd().length]]);
    const [, value] = /^Grade ([\d.]+), aim for 8$/.exec(found[0]!.message) ?? [];
    expect(Number(value)).toBeGreaterThan(8);
  });

  it('leaves plain replies, short replies and other languages alone', () => {
    expect(findingsOf('We fixed it. You can log in now. '.repeat(4), grade)).toEqual([]);
    expect(
      findingsOf('Unfortunately, the organisational infrastructure necessitates comprehensive documentation.', grade),
    ).toEqual([]);
    expect(
      findingsOf(
        'Lamentablemente, la infraestructura organizacional requiere documentación exhaustiva. '.repeat(6),
        grade,
      ),
    ).toEqual([]);
    const short = limit('grade', 8, { minWords: 5 });
    expect(
      findingsOf('Unfortunately, the organisational infrastructure necessitates comprehensive documentation.', short),
    ).toHaveLength(1);
  });
});

describe('limit: occurrences', () => {
  const once = limit('occurrences', 1, { phrases: ['sorry', 'apologi(se|ze)'], message: 'Apology number {count}' });

  it('flags each occurrence past the limit', () => {
    const text = 'Sorry for the wait. We apologise again, so sorry.';
    const found = findingsOf(text, once);
    expect(spans(found)).toEqual([at(text, 'apologise'), at(text, 'sorry')]);
    expect(found.map((f) => f.message)).toEqual(['Apology number 3', 'Apology number 3']);
    expect(findingsOf('Sorry for the wait.', once)).toEqual([]);
  });

  it('does not count what an except phrase shows is not one ("sorry for your loss", "don\'t apologise")', () => {
    const sympathy = limit('occurrences', 1, {
      phrases: ['sorry', 'apologi(se|ze)'],
      except: ['sorry for your loss', "don't apologise"],
    });
    expect(findingsOf("I'm so sorry for your loss. Please don't apologise. Sorry it took a day.", sympathy)).toEqual(
      [],
    );
    expect(findingsOf('Sorry for the wait. Sorry again.', sympathy)).toHaveLength(1);
  });

  it('offers the rule’s suggestions for an extra occurrence', () => {
    const r = limit('occurrences', 1, { phrases: ['sorry'], suggestions: [''] });
    const text = 'Sorry for the wait, and sorry again.';
    expect(applied(text, findingsOf(text, r)[0])).toBe('Sorry for the wait, and again.');
  });
});

describe('limit: occurrences within a window of words', () => {
  it('counts two as one too many only when they are close (a long e-mail may close as it opened)', () => {
    const near = limit('occurrences', 1, { phrases: ['sorry'], withinWords: 10 });
    expect(findingsOf('Sorry for the wait. The parcel left today, sorry again.', near)).toHaveLength(1);
    const far = `Sorry for the wait. ${'The parcel left our depot today. '.repeat(3)}Sorry again.`;
    expect(findingsOf(far, near)).toEqual([]);
    expect(findingsOf(far, limit('occurrences', 1, { phrases: ['sorry'] }))).toHaveLength(1);
  });
});

describe('limit: abbreviations', () => {
  const jargon = limit('abbreviations', 1, { message: '{terms}: {count}' });

  it('flags each abbreviation past the limit, naming them all', () => {
    const text = 'Your line shows high SNRM, so a DLM profile is on, and CGNAT too.';
    const found = findingsOf(text, jargon);
    expect(texts(found)).toEqual(['DLM', 'CGNAT']);
    expect(found[0]!.message).toBe('SNRM, DLM and CGNAT: 3');
    // The same one twice is one.
    expect(findingsOf('Your FNOL is logged. The FNOL team will call.', jargon)).toEqual([]);
    expect(texts(findingsOf('It is FTTC with VDSL2 from the cabinet.', jargon))).toEqual(['VDSL2']);
  });

  it('leaves what the customer knows: well-known ones, their own words, explained ones, a brand’s own', () => {
    expect(findingsOf('Send a DM with your PIN and the ETA from the FAQ page.', jargon)).toEqual([]);
    const fibre = 'Your FTTP line has IPTV included.';
    expect(findingsOf(fibre, jargon)).toHaveLength(1);
    expect(findingsOf(fibre, jargon, { customerMessage: 'Does FTTP come with iptv?' })).toEqual([]);
    expect(findingsOf('The unified action bar (UAB) holds the HFC (hybrid fibre) settings.', jargon)).toEqual([]);
    expect(findingsOf(fibre, limit('abbreviations', 1, { allow: ['iptv'] }))).toEqual([]);
    // Words in capitals are words ("That flight looks LIT!"), and another language is not judged.
    expect(findingsOf('That flight looks LIT and the crew are FAB.', jargon)).toEqual([]);
  });

  it('knows a term once it is explained, and a customer’s term ending in S; still flags jargon beside a known one', () => {
    expect(findingsOf('Fibre to the cabinet (FTTC) is live. Your FTTC line uses the DSLAM.', jargon)).toEqual([]);
    expect(findingsOf('The BACS run uses the LAR.', jargon, { customerMessage: 'Has the BACS payment gone?' })).toEqual(
      [],
    );
    expect(texts(findingsOf('You are behind CGNAT IP ranges on the DSLAM.', jargon))).toEqual(['DSLAM']);
    // Not in an earlier message quoted below an e-mail.
    const quoted =
      'Hi Sam,\n\nYour refund is on its way.\n\nOn Mon, 3 June, Sam wrote:\n> Is the FNOL or the TPI holding it?';
    expect(findingsOf(quoted, jargon, { channel: 'email', audience: 'private' })).toEqual([]);
  });

  it('leaves labels, references, postcodes, lines in capitals and initials alone', () => {
    expect(findingsOf('Connect the WAN port to the port marked UNI-D on the NBN box.', jargon)).toEqual([]);
    expect(findingsOf('Your reference is INC-4471 and the scan was EXC-04 at our depot.', jargon)).toEqual([]);
    expect(findingsOf('Select "SUB TITLES" then [CCX] in the menu.', jargon)).toEqual([]);
    expect(findingsOf('Send it to Freepost NLR REFUNDS, York YO1 7HB.', jargon)).toEqual([]);
    expect(findingsOf('The link ^TNR gave you works. Thanks! ^HRO', jargon)).toEqual([]);
  });
});

describe('limit: edge cases', () => {
  it('finds nothing in an empty text for any measure', () => {
    for (const measure of [
      'characters',
      'words',
      'exclamations',
      'emoji',
      'capitals',
      'sentence-words',
      'paragraph-words',
      'grade',
    ]) {
      expect(findingsOf('', limit(measure, 0)), measure).toEqual([]);
    }
    expect(findingsOf('', limit('occurrences', 0, { phrases: ['sorry'] }))).toEqual([]);
  });

  it('counts a 5,000-character text of emoji exactly', () => {
    const text = '🙂'.repeat(2500); // 5,000 code units
    const found = findingsOf(text, limit('emoji', 2499));
    expect(spans(found)).toEqual([[4998, 5000]]);
    expect(spans(findingsOf(text, limit('characters', 2499)))).toEqual([[4998, 5000]]);
  });
});

describe('limit: problems, in plain words', () => {
  it('names an unknown measure, a negative or missing max, and occurrences without phrases', () => {
    expect(problemsOf(limit('length', 5))).toEqual([
      'rules[0].measure: expected one of characters, words, exclamations, emoji, capitals, sentence-words, paragraph-words, grade, occurrences, abbreviations',
    ]);
    expect(problemsOf(limit('words', -1))).toEqual(['rules[0].max: expected zero or more']);
    expect(problemsOf(rule('limit', { measure: 'words' }))).toEqual(['rules[0].max: missing (expected a number)']);
    expect(problemsOf(limit('occurrences', 1))).toEqual([
      'rules[0].phrases: measure "occurrences" counts "phrases": list at least one',
    ]);
    expect(problemsOf(limit('occurrences', 1, { phrases: ['(sorry'] }))).toEqual([
      'rules[0].phrases[0]: unclosed "(" in "(sorry"',
    ]);
  });
});
