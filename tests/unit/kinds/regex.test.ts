// regex: a brand manager's regular expression, for what phrases cannot say (phone lines, "1-8xx"). It sees the reply
// with handles, links and e-mail addresses masked, and a regex that could freeze the reply box is refused when the
// rule set is imported, with the reason in plain words.
import { describe, expect, it } from 'vitest';
import { regexKind } from '../../../rules/kinds/regex.ts';
import { regexProblem } from '../../../rules/regex-safety.ts';
import { applied, at, findingsOf, longReply, problemsOf, rule, spans, texts } from '../rule-helpers.ts';

const tollFree = rule('regex', { regex: '\\b1-8\\d\\d-\\d{3}-\\d{4}\\b', message: 'Do not send them to {match}.' });

describe('regex: what it finds', () => {
  it('finds every match at its offsets and fills {match} in the message', () => {
    const text = 'Call 1-800-555-0134 or 1-888-555-0199 now.';
    const found = findingsOf(text, tollFree);
    expect(spans(found)).toEqual([[5, 19], at(text, '1-888-555-0199')]);
    expect(found[0]!.message).toBe('Do not send them to 1-800-555-0134.');
  });

  it('ignores case unless the rule says caseSensitive', () => {
    expect(texts(findingsOf('Please DM us', rule('regex', { regex: 'dm us' })))).toEqual(['DM us']);
    const sensitive = rule('regex', { regex: '\\bDM\\b', caseSensitive: true });
    expect(findingsOf('dm me', sensitive)).toEqual([]);
    expect(spans(findingsOf('DM me', sensitive))).toEqual([[0, 2]]);
  });

  it('never matches inside handles, links or e-mail addresses', () => {
    const r = rule('regex', { regex: '\\bexample\\b' });
    expect(findingsOf('Mail support@example.com, see https://example.com or @example', r)).toEqual([]);
    expect(texts(findingsOf('For example, restart it.', r))).toEqual(['example']);
  });

  it('counts offsets in UTF-16 code units and matches whole emoji', () => {
    expect(spans(findingsOf('🙂 call us', rule('regex', { regex: 'call us' })))).toEqual([[3, 10]]);
    expect(spans(findingsOf('Thanks 🙂!', rule('regex', { regex: 'thanks .' })))).toEqual([[0, 9]]);
  });

  it('is silenced by an unless phrase', () => {
    const r = rule('regex', { regex: '\\bdm\\b', unless: ['sorry'] });
    expect(findingsOf('Sorry! DM us.', r)).toEqual([]);
    expect(findingsOf('DM us.', r)).toHaveLength(1);
  });

  it('offers the rule’s suggestions with the case of the match', () => {
    const r = rule('regex', { regex: '\\bpls\\b', suggestions: ['please'] });
    expect(applied('Pls restart it.', findingsOf('Pls restart it.', r)[0])).toBe('Please restart it.');
    expect(applied('Ok pls restart it.', findingsOf('Ok pls restart it.', r)[0])).toBe('Ok please restart it.');
  });

  it('deletes a match that includes its own space without gluing the neighbours together', () => {
    const r = rule('regex', { regex: '\\bsimply\\s', suggestions: [''] });
    expect(applied('Please simply restart it.', findingsOf('Please simply restart it.', r)[0])).toBe(
      'Please restart it.',
    );
  });

  it('finds nothing in an empty text or only emoji, and finds a match at the end of 5,000 characters', () => {
    expect(findingsOf('', tollFree)).toEqual([]);
    expect(findingsOf('☎️☎️', tollFree)).toEqual([]);
    const long = `${longReply(5000)} Call 1-800-555-0134`;
    expect(spans(findingsOf(long, tollFree))).toEqual([at(long, '1-800-555-0134')]);
  });
});

describe('regex: problems, in plain words', () => {
  it('refuses a regex that can backtrack catastrophically, naming the repetition', () => {
    for (const regex of ['(a+)+$', '\\d+\\d+x', '(a|a)*b', '^(\\w+\\s?)+$', '(\\s*,\\s*)*end']) {
      const problems = problemsOf(rule('regex', { regex }));
      expect(problems, regex).toHaveLength(1);
      expect(problems[0], regex).toContain('rules[0].regex: the expression can backtrack catastrophically');
      // It quotes the repetition at fault, a piece of the agent's own regex.
      const part = /"([^"]+)" can match the same text/.exec(problems[0]!)?.[1];
      expect(part && regex.includes(part) && /[+*]/.test(part), `${regex}: ${problems[0]}`).toBe(true);
    }
  });

  it('refuses an invalid regex and one that matches an empty text', () => {
    expect(problemsOf(rule('regex', { regex: '(call' }))[0]).toMatch(
      /^rules\[0\]\.regex: not a valid regular expression \(.+\)$/,
    );
    expect(problemsOf(rule('regex', { regex: 'a*' }))).toEqual([
      'rules[0].regex: the expression matches an empty text, so it would flag every reply',
    ]);
    expect(problemsOf(rule('regex', { regex: '' }))).toEqual(['rules[0].regex: expected a regular expression']);
  });

  it('accepts the safe expressions a brand writes', () => {
    for (const regex of [
      '\\b1-8\\d\\d-\\d{3}-\\d{4}\\b',
      '\\(\\d{3}\\)\\s?\\d{3}-\\d{4}',
      '\\b(?:just|simply)\\b',
      'call (?:us|our team)',
    ]) {
      expect(regexProblem(regex), regex).toBeNull();
      expect(problemsOf(rule('regex', { regex })), regex).toEqual([]);
    }
  });

  it('checks syntax on its own, and safety only with the analysis validation lends it', () => {
    const bad = { ...tollFree, regex: '(a+)+$' } as never;
    expect(regexKind.problems!(bad)).toEqual([]);
    expect(regexKind.problems!(bad, { backtracking: () => 'unsafe' })).toEqual([{ path: 'regex', message: 'unsafe' }]);
    expect(regexKind.problems!({ ...tollFree, regex: '(' } as never)[0]!.path).toBe('regex');
  });

  it('reports broken unless phrases by path', () => {
    expect(problemsOf(rule('regex', { regex: 'dm', unless: ['ok', '(sorry'] }))).toEqual([
      'rules[0].unless[1]: unclosed "(" in "(sorry"',
    ]);
  });
});
