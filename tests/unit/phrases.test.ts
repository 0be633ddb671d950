// Phrase syntax, the way a brand manager writes it: words as typed, `(a|b|)` choices (empty = optional), a choice
// glued to a word (`apologi(se|ze)`), `*` for any one word, `\` for a plain character. Everything else is literal,
// so "1-800" and "e.g." mean exactly that. Phrases compile to one regular expression that cannot backtrack badly.
import { describe, expect, it } from 'vitest';
import {
  compilePhrases,
  findAll,
  phraseProblems,
  phraseSource,
  phraseTriggers,
  tokenise,
} from '../../rules/phrases.ts';
import { backtrackingProblem } from '../../rules/regex-safety.ts';

/** The matches of `phrases` in `text`, as the matched text. */
const matches = (phrases: string[], text: string): string[] =>
  findAll(compilePhrases(phrases).regex, text).map((s) => text.slice(s.start, s.end));

describe('phrase syntax', () => {
  it('matches words case-insensitively at word boundaries, across any whitespace', () => {
    expect(matches(['call our 800 number'], 'CALL our\n 800\tNumber')).toEqual(['CALL our\n 800\tNumber']);
    expect(matches(['call'], 'recall callback call-centre, call.')).toEqual(['call', 'call']);
    expect(matches(['été'], 'ÉTÉ, étés')).toEqual(['ÉTÉ']);
  });

  it('treats straight and curly apostrophes and quotes alike', () => {
    expect(matches(["we're sorry"], 'We’re sorry, weʼre sorry, we‘re sorry')).toHaveLength(3);
    expect(matches(['the "policy"'], 'the “policy” and the "policy"')).toEqual(['the “policy”', 'the "policy"']);
  });

  it('offers choices, and an empty choice makes a word optional without leaving a double space', () => {
    expect(matches(['(give us|gimme) a call'], 'Give us a call or gimme a call.')).toEqual([
      'Give us a call',
      'gimme a call',
    ]);
    expect(matches(['(please|) call us'], 'Please call us. Call us.')).toEqual(['Please call us', 'Call us']);
    expect(matches(['call (us|me|)'], 'call me, call, call us')).toEqual(['call me', 'call', 'call us']);
    expect(matches(['we (really|) (do|) value'], 'we value, we really do value, we do value')).toHaveLength(3);
  });

  it('glues a choice to a word to make one word', () => {
    expect(matches(['apologi(se|ze)'], 'apologise apologize apologi apologises')).toEqual(['apologise', 'apologize']);
    expect(matches(['apologi(se|ze|)'], 'apologi apologize')).toEqual(['apologi', 'apologize']);
  });

  it('reads a choice whose words are each written with a space after them as a separate word, not glued', () => {
    expect(matches(['(claim |our |)decisions are final'], 'Our decisions are final. Decisions are final.')).toEqual([
      'Our decisions are final',
      'Decisions are final',
    ]);
  });

  it('reads an alternative written with a space before it, in a choice glued to a word, as a separate word', () => {
    expect(matches(['thank(s| you) for telling us'], 'Thank you for telling us. Thanks for telling us.')).toEqual([
      'Thank you for telling us',
      'Thanks for telling us',
    ]);
    expect(matches(["if you('d| would) like"], "if you would like, if you'd like, if youwould like")).toEqual([
      'if you would like',
      "if you'd like",
    ]);
    expect(phraseTriggers('thank(s| you) for telling us')).toEqual(['thanks', 'thank']);
  });

  it('reads * as any one word', () => {
    expect(
      matches(['call * number'], 'call our number, call toll-free number, call the toll-free number, call number'),
    ).toEqual(['call our number', 'call toll-free number']);
  });

  it('takes everything else literally, and \\ makes a syntax character plain', () => {
    expect(matches(['1-800'], 'call 1-800 or 1a800')).toEqual(['1-800']);
    expect(matches(['e.g.'], 'e.g. or eag.')).toEqual(['e.g.']);
    expect(matches([':-\\)'], 'Thanks :-) bye')).toEqual([':-)']);
    expect(matches(['a\\|b'], 'a|b and ab')).toEqual(['a|b']);
    expect(matches(['$5 off?'], 'Get $5 off? Yes, $5 off.')).toEqual(['$5 off?']);
  });

  it('puts word boundaries only where the phrase starts or ends with a word', () => {
    expect(matches(['🙂'], 'thanks🙂')).toEqual(['🙂']);
    expect(matches(['!!'], 'wow!!!')).toEqual(['!!']);
  });

  it('prefers the longest of several phrases starting at the same place and never overlaps', () => {
    expect(matches(['call us', 'call us now', 'us now'], 'Please call us now.')).toEqual(['call us now']);
  });
});

describe('tokenise and problems', () => {
  it('splits a phrase into words and choices, marking glued and optional ones', () => {
    expect(tokenise('apologi(se|ze) (so|) much')).toEqual([
      { alts: ['apologi'], optional: false, glued: false },
      { alts: ['se', 'ze'], optional: false, glued: true },
      { alts: ['so'], optional: true, glued: false },
      { alts: ['much'], optional: false, glued: false },
    ]);
  });

  it('explains each broken phrase in plain words', () => {
    expect(phraseProblems(['fine', 'call (us', '(a (b|c))', '()', '(a|) (b|)', 'us)', ''])).toEqual([
      'unclosed "(" in "call (us"',
      'choices cannot be nested in "(a (b|c))"',
      'empty choice "()" in "()"',
      'every part of "(a|) (b|)" is optional, so it would match everywhere',
      '"|" and ")" only belong inside a choice "(a|b)" in "us)" (write "\\)" for a plain bracket)',
      'empty phrase',
    ]);
    expect(phraseSource('call (us')).toEqual({ problem: 'unclosed "(" in "call (us"' });
    expect(() => compilePhrases(['call (us'])).toThrow('unclosed "(" in "call (us"');
  });
});

describe('pre-filter words', () => {
  it('gives the spellings of a required word: the first with no very common spelling', () => {
    expect(phraseTriggers('call our 800 number')).toEqual(['call']);
    expect(phraseTriggers('apologi(se|ze)')).toEqual(['apologise', 'apologize']);
    expect(phraseTriggers('(please|) call us')).toEqual(['call']);
    expect(phraseTriggers('(give us|gimme) a call')).toEqual(['give', 'gimme']);
    expect(phraseTriggers('* number')).toEqual(['number']);
    expect(phraseTriggers('We’re sorry')).toEqual(['sorry']);
    expect(phraseTriggers('DM us')).toEqual(['dm']);
    // "is" is in most replies: the rule waits for "caused".
    expect(phraseTriggers('(is|was|are|were) caused by your device')).toEqual(['caused']);
    expect(phraseTriggers("(we|i) (cannot|can't) help")).toEqual(['cannot', "can't"]);
    // With only common words, the first required one.
    expect(phraseTriggers('it is not')).toEqual(['it']);
  });

  it('gives none when no word is required or there are too many spellings, so the rule always runs', () => {
    expect(phraseTriggers(':-\\)')).toBeNull();
    expect(phraseTriggers('(a|b|c|d|e|f|g|h)(a|b|c|d|e|f|g|h)(a|b|c|d|e|f|g|h)')).toBeNull();
    expect(compilePhrases(['call us', ':-\\)']).triggers).toBeNull();
    expect(compilePhrases(['call us', 'apologi(se|ze)']).triggers?.sort()).toEqual(['apologise', 'apologize', 'call']);
  });
});

describe('safety', () => {
  it('compiles choices and optional words to expressions the backtracking analysis accepts', () => {
    const tricky = [
      '(a|a a|a a a) (a|) (a|) b',
      'call (us|) (now|) (please|)',
      'apologi(se|ze|) (so|) (much|)',
      ':-\\) (x|y|) number',
    ];
    for (const p of tricky) expect(backtrackingProblem(compilePhrases([p]).regex.source, 'giu'), p).toBeNull();
    expect(backtrackingProblem(compilePhrases(tricky).regex.source, 'giu')).toBeNull();
  });

  it('never starts a * word inside another word, so a long hyphenated run is scanned once, not from every letter', () => {
    // (The static analysis cannot see this lookbehind, so it is checked by behaviour: tried at "free" in
    // "toll-free", a sticky copy of the expression must fail at once instead of matching "free number".)
    for (const p of ['* number', 'call * number', '* * * number']) {
      const sticky = new RegExp(compilePhrases([p]).regex.source, 'iuy');
      const text = 'call toll-free number and call e-mail number';
      for (const inside of [text.indexOf('free'), text.indexOf('mail')]) {
        sticky.lastIndex = inside;
        expect(sticky.exec(text), `${p} at ${inside}`).toBeNull();
      }
    }
    expect(matches(['* number'], 'a-b-c-d-e-f number')).toEqual(['a-b-c-d-e-f number']);
  });

  it('finds every match in a long text, restarting cleanly on each call', () => {
    const { regex } = compilePhrases(['call us']);
    const text = 'Please call us. '.repeat(400);
    expect(findAll(regex, text)).toHaveLength(400);
    expect(findAll(regex, text)).toHaveLength(400); // the global regex's position does not leak between calls
  });
});
