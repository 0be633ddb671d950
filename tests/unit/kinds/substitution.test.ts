// substitution: words the brand replaces ("utilise" -> "use"), fixed in one click with the case the agent typed:
// a capital at a sentence start, shouting kept as shouting, an acronym (DM) saying nothing about case.
import { describe, expect, it } from 'vitest';
import { applied, at, findingsOf, longReply, problemsOf, rule, spans, texts } from '../rule-helpers.ts';

const voice = rule('substitution', {
  swap: {
    utilise: 'use',
    'in order to': 'to',
    'reach out': 'get in touch',
    'reach out to': 'contact',
    kindly: '',
    'we’re unable to': "we can't",
    'DM us': 'message us',
  },
  message: 'Write "{prefer}", not "{match}".',
});

const fix = (text: string): string => applied(text, findingsOf(text, voice)[0]);

describe('substitution: what it finds and offers', () => {
  it('flags the word to avoid and offers the preferred one, named in the message', () => {
    const text = 'Please utilise the app.';
    const found = findingsOf(text, voice);
    expect(spans(found)).toEqual([[7, 14]]);
    expect(found[0]!.message).toBe('Write "use", not "utilise".');
    expect(found[0]!.suggestions[0]!.label).toBe('Replace with "use"');
    expect(fix(text)).toBe('Please use the app.');
  });

  it('keeps the case the agent typed', () => {
    expect(fix('Utilise the app.')).toBe('Use the app.'); // sentence start
    expect(fix('Hi, Utilise the app.')).toBe('Hi, Use the app.'); // capitalised as typed
    expect(fix('PLEASE UTILISE IT')).toBe('PLEASE USE IT'); // shouted
    expect(fix('In order to help, we checked.')).toBe('To help, we checked.');
    expect(fix('We’re unable to refund it.')).toBe("We can't refund it.");
  });

  it('treats a short acronym as saying nothing about the case of the replacement', () => {
    expect(fix('Please DM us.')).toBe('Please message us.');
    expect(fix('DM us for help.')).toBe('Message us for help.');
  });

  it('capitalises after a sentence that ends before a smiley or emoji, not after one inside a sentence', () => {
    expect(fix('I hope this helps. :-) DM us for more.')).toBe('I hope this helps. :-) Message us for more.');
    expect(fix('All done! 🎉 DM us any time.')).toBe('All done! 🎉 Message us any time.');
    expect(fix('Happy to help :) DM us any time.')).toBe('Happy to help :) message us any time.');
  });

  it('uses the longest avoid phrase that matches, and the pair it belongs to', () => {
    expect(texts(findingsOf('Please reach out to us.', voice))).toEqual(['reach out to']);
    expect(fix('Please reach out to us.')).toBe('Please contact us.');
    expect(fix('Please reach out today.')).toBe('Please get in touch today.');
  });

  it('deletes a word the brand drops, with its space, capitalising a new sentence start', () => {
    expect(fix('Please kindly restart the app.')).toBe('Please restart the app.');
    expect(fix('Kindly restart the app.')).toBe('Restart the app.');
    expect(fix('Kindly, restart the app.')).toBe('Restart the app.');
    expect(fix('We will, kindly, restart it.')).toBe('We will restart it.');
    expect(fix('@ann kindly restart it.')).toBe('@ann Restart it.');
  });

  it('tolerates curly and straight apostrophes and extra spaces in what the agent typed', () => {
    expect(fix("We're  unable to refund it.")).toBe("We can't refund it.");
    expect(fix('Please reach  out to us.')).toBe('Please contact us.');
  });

  it('accepts choices in an avoid phrase', () => {
    const r = rule('substitution', { swap: { '(utilise|utilize)': 'use' } });
    expect(texts(findingsOf('We utilize it and utilise it.', r))).toEqual(['utilize', 'utilise']);
  });

  it('offers the rule’s own suggestions after the preferred word', () => {
    const r = rule('substitution', { swap: { utilise: 'use' }, suggestions: ['employ'] });
    expect(findingsOf('Please utilise it', r)[0]!.suggestions.map((s) => s.replacement)).toEqual(['use', 'employ']);
  });

  it('finds every occurrence, at UTF-16 offsets, never in handles or links', () => {
    const text = '🙂 Utilise it, @utilise, https://utilise.com, and utilise it again.';
    // The lower-case "utilise" in the handle and the link are occurrences 0 and 1 of it; the agent's own is 2.
    expect(spans(findingsOf(text, voice))).toEqual([[3, 10], at(text, 'utilise', 2)]);
  });

  it('finds nothing in an empty text or only emoji, and every occurrence in 5,000 characters', () => {
    expect(findingsOf('', voice)).toEqual([]);
    expect(findingsOf('🙏🙏🙏', voice)).toEqual([]);
    const long = `${longReply(5000)} Please utilise it.`;
    expect(spans(findingsOf(long, voice))).toEqual([at(long, 'utilise')]);
  });
});

describe('substitution: except, where the words around show another sense', () => {
  const plain = rule('substitution', {
    swap: { concerning: 'about', revert: 'reply' },
    except: ['(is|sounds|very|really) concerning', 'revert (to|back to) (the|your) (old|previous|default)'],
  });

  it('swaps the word where it means what the preferred word says', () => {
    expect(
      applied('A question concerning your order.', findingsOf('A question concerning your order.', plain)[0]),
    ).toBe('A question about your order.');
    expect(applied('Please revert to us by Friday.', findingsOf('Please revert to us by Friday.', plain)[0])).toBe(
      'Please reply to us by Friday.',
    );
  });

  it('keeps it where the swap would change the meaning, and only there', () => {
    expect(findingsOf('That sounds concerning.', plain)).toEqual([]);
    expect(findingsOf('You can revert to the old layout in Settings.', plain)).toEqual([]);
    const text = 'This is really concerning; we will revert to you concerning the refund.';
    expect(texts(findingsOf(text, plain))).toEqual(['revert', 'concerning']);
  });

  it('spares a match an except phrase starts before, and keeps one that holds the except phrase and goes on', () => {
    const apology = rule('substitution', {
      swap: { 'and apologise for any inconvenience': "and we're sorry this happened", 'as stated in our terms': 'x' },
      except: ['sorry and apologise', 'as stated in our'],
    });
    // "We're sorry and apologise ..." would become "We're sorry and we're sorry this happened".
    expect(findingsOf("We're sorry and apologise for any inconvenience.", apology)).toEqual([]);
    expect(texts(findingsOf('We understand and apologise for any inconvenience.', apology))).toEqual([
      'and apologise for any inconvenience',
    ]);
    expect(texts(findingsOf('As stated in our terms, no.', apology))).toEqual(['As stated in our terms']);
  });

  it('names a broken except phrase by its path', () => {
    expect(problemsOf(rule('substitution', { swap: { a: 'b' }, except: ['b (c'] }))).toEqual([
      'rules[0].except[0]: unclosed "(" in "b (c"',
    ]);
  });
});

describe('substitution: a preferred clause', () => {
  const apology = rule('substitution', {
    swap: {
      'sorry for any trouble': "we're sorry this happened",
      'sorry for any trouble caused by': "we're sorry about",
    },
    trailing: ['(that|) you (had|have had)'],
    clause: true,
  });
  const fixOf = (text: string): string | undefined => {
    const f = findingsOf(text, apology)[0];
    return f?.suggestions[0] ? applied(text, f) : undefined;
  };

  it('is offered where the match ends a clause: punctuation, a conjunction, a name, a sign-off', () => {
    expect(fixOf('Sorry for any trouble. It works now.')).toBe("We're sorry this happened. It works now.");
    expect(fixOf('Sorry for any trouble you had, Ana.')).toBe("We're sorry this happened, Ana.");
    expect(fixOf('Sorry for any trouble and thanks for waiting.')).toBe(
      "We're sorry this happened and thanks for waiting.",
    );
    expect(fixOf('Sorry for any trouble Ana! It works now.')).toBe("We're sorry this happened Ana! It works now.");
    expect(fixOf('It works now. Sorry for any trouble ^JS')).toBe("It works now. We're sorry this happened ^JS");
    expect(fixOf('Sorry for any trouble caused by the outage.')).toBe("We're sorry about the outage.");
  });

  it('is not offered where the sentence goes on from the match, but the finding stays', () => {
    const text = 'Sorry for any trouble they are extra.';
    expect(findingsOf(text, apology)).toHaveLength(1);
    expect(fixOf(text)).toBeUndefined();
    // Without `clause`, a word swap is offered anywhere.
    expect(findingsOf(text, { ...apology, clause: undefined })[0]!.suggestions).toHaveLength(1);
  });
});

describe('substitution: the same stock sentence twice', () => {
  const apology = rule('substitution', { swap: { 'sorry for the trouble': "we're sorry this happened" } });
  const fixes = (text: string): string[] => findingsOf(text, apology).map((f) => applied(text, f));

  it('offers to remove a later one whole, with its stop and one space, before rewording it', () => {
    expect(fixes('Sorry for the trouble. The train runs again. Sorry for the trouble. Thanks, Jo')).toEqual([
      "We're sorry this happened. The train runs again. Sorry for the trouble. Thanks, Jo",
      'Sorry for the trouble. The train runs again. Thanks, Jo',
    ]);
    // At the end, the space before it goes.
    expect(fixes('Sorry for the trouble. Sorry for the trouble!')[1]).toBe('Sorry for the trouble.');
    expect(findingsOf('Sorry for the trouble. Sorry for the trouble.', apology)[1]!.suggestions[1]!.replacement).toBe(
      "We're sorry this happened",
    );
  });

  it('offers no removal for a repeat that is only part of a sentence', () => {
    const found = findingsOf('Sorry for the trouble. Again, sorry for the trouble, Sam.', apology);
    expect(found[1]!.suggestions.map((x) => x.label)).not.toContain('Remove the repeat');
  });
});

describe('substitution: problems, in plain words', () => {
  it('refuses a swap that is not an object of pairs, or is empty', () => {
    expect(problemsOf(rule('substitution', { swap: ['utilise', 'use'] }))).toEqual([
      'rules[0].swap: expected an object of "avoid": "prefer" pairs',
    ]);
    expect(problemsOf(rule('substitution', { swap: {} }))).toEqual([
      'rules[0].swap: expected at least one "avoid": "prefer" pair',
    ]);
  });

  it('names the broken avoid phrase and a preferred value that is not text', () => {
    expect(problemsOf(rule('substitution', { swap: { '(oops': 'fine' } }))).toEqual([
      'rules[0].swap.(oops: unclosed "(" in "(oops"',
    ]);
    expect(problemsOf(rule('substitution', { swap: { utilise: 1 } }))[0]).toMatch(/^rules\[0\]\.swap\.utilise: /);
  });
});
