// pattern: compromise match syntax, for wording where grammar matters ("mistakes were made"). The brand manager writes
// the pattern once; it must find the same thing however the agent spells the words compromise reads as one
// ("won't" is "will not"), even though the engine only parses replies that can match.
import { describe, expect, it } from 'vitest';
import { patternKind, patternTriggers } from '../../../rules/kinds/pattern.ts';
import { applied, at, findingsOf, longReply, problemsOf, rule, spans, texts } from '../rule-helpers.ts';

const passive = rule('pattern', { match: '(was|were) #PastTense' });

describe('pattern: what it finds', () => {
  it('finds an evasive passive by grammar, without the sentence-ending punctuation', () => {
    const text = 'We know mistakes were made.';
    expect(spans(findingsOf(text, passive))).toEqual([at(text, 'were made')]);
    expect(texts(findingsOf('Mistakes were made!!', passive))).toEqual(['were made']);
  });

  it('leaves the same verbs alone where the grammar differs', () => {
    expect(findingsOf('We were happy to help.', passive)).toEqual([]);
    expect(findingsOf('The parcels were late.', passive)).toEqual([]);
  });

  it('gives UTF-16 offsets after emoji', () => {
    // Two emoji of two code units each, a space, then "Mistakes ".
    expect(spans(findingsOf('🙂🙂 Mistakes were made.', passive))).toEqual([[14, 23]]);
  });

  it('never matches inside a handle, link or e-mail address', () => {
    const call = rule('pattern', { match: 'call' });
    expect(findingsOf('Thanks @call for that', call)).toEqual([]);
    expect(findingsOf('Mail jane.call@example.com or see https://brand.com/call', call)).toEqual([]);
    expect(texts(findingsOf('Thanks @call, we will call you', call))).toEqual(['call']);
  });

  it('replaces the span with a suggestion, capitalised at a sentence start', () => {
    const r = rule('pattern', { match: 'mistakes were made', suggestions: ['we made a mistake'] });
    const text = 'Mistakes were made. We will refund you.';
    expect(applied(text, findingsOf(text, r)[0])).toBe('We made a mistake. We will refund you.');
  });

  it('is silenced by an unless phrase', () => {
    const r = rule('pattern', { match: '(was|were) #PastTense', unless: ['we (made|caused)'] });
    expect(findingsOf('Mistakes were made, and we made them.', r)).toEqual([]);
    expect(findingsOf('Mistakes were made.', r)).toHaveLength(1);
  });

  it('finds nothing in an empty text or only emoji, and finds a passive at the end of 5,000 characters', () => {
    expect(findingsOf('', passive)).toEqual([]);
    expect(findingsOf('😡😡', passive)).toEqual([]);
    const long = `${longReply(5000)} Mistakes were made.`;
    expect(spans(findingsOf(long, passive))).toEqual([at(long, 'were made')]);
  });
});

describe('pattern: the words compromise reads into a reply', () => {
  // compromise matches "will not" in "won't", "can not" in "can't" and "cannot", "going to" in "gonna", "email" in
  // "e-mail" and "cafe" in "café". The engine only parses replies that contain one of a pattern's words, so those
  // spellings must count as the words compromise reads, or the rule silently never runs.
  const cases: [pattern: string, text: string, flagged: string][] = [
    ['will not #Verb', "Sorry, we won't refund this.", "won't refund"],
    ['can not #Verb', "We can't refund this.", "can't refund"],
    ['can not #Verb', 'We cannot refund this.', 'cannot refund'],
    ['going to', "We're gonna fix it.", 'gonna'],
    ['please email us', 'Please e-mail us today.', 'Please e-mail us'],
    ['the cafe', 'Visit the café.', 'the café'],
  ];
  for (const [match, text, flagged] of cases) {
    it(`"${match}" flags "${flagged}" in "${text}"`, () => {
      expect(spans(findingsOf(text, rule('pattern', { match })))).toEqual([at(text, flagged)]);
    });
  }

  it('does not require a word the pattern says must be absent (!word) or may be misspelt (~word~)', () => {
    // "!not sorry": a word other than "not", then "sorry". The reply has no "not" at all.
    expect(texts(findingsOf('We are sorry.', rule('pattern', { match: '!not sorry' })))).toEqual(['are sorry']);
    expect(patternTriggers('!not sorry')).toEqual(['sorry']);
    expect(patternTriggers('~sorry~ about')).toEqual(['about']);
  });

  it('derives its pre-filter words from the first required word or choice', () => {
    expect(patternTriggers('(was|were) #PastTense')).toEqual(['was', 'were']);
    expect(patternTriggers('#Adverb Sorry')).toEqual(['sorry']);
    expect(patternTriggers('very? sorry')).toEqual(['sorry']);
    expect(patternTriggers('#Verb #Noun')).toBeNull(); // nothing literal: runs on every reply
  });
});

describe('pattern: problems, in plain words', () => {
  it('refuses an empty pattern', () => {
    expect(problemsOf(rule('pattern', { match: '' }))).toEqual([
      'rules[0].match: expected a compromise match pattern such as "(was|were) #PastTense"',
    ]);
  });

  it('refuses a pattern with an unclosed bracket, which would silently match nothing', () => {
    for (const match of ['(was|were #PastTense', 'were made)', '[we] were [made', '{apologize sorry']) {
      const problems = problemsOf(rule('pattern', { match }));
      expect(problems, match).toHaveLength(1);
      expect(problems[0], match).toMatch(/^rules\[0\]\.match: .*(bracket|"\(|"\)|"\[|"\]|"\{|"\})/);
    }
  });

  it('refuses a broken regular expression inside the pattern', () => {
    expect(problemsOf(rule('pattern', { match: '/(/' }))[0]).toMatch(
      /^rules\[0\]\.match: compromise could not read this pattern/,
    );
  });

  it('reports unless phrases by their path, and nothing for good patterns', () => {
    expect(problemsOf(rule('pattern', { match: 'mistakes were made', unless: ['(oops'] }))).toEqual([
      'rules[0].unless[0]: unclosed "(" in "(oops"',
    ]);
    for (const match of [
      '(was|were) #PastTense',
      '[<verb>#Verb] (the|a) #Noun',
      '{apologize}',
      '/sorr+y/ about',
      'we (will|shall) call you back',
    ]) {
      expect(patternKind.problems!({ ...passive, match } as never), match).toEqual([]);
    }
  });
});
