// parseRuleSet: how a brand manager's file is read. All or nothing: a set with any problem is refused whole, and
// every problem is listed at once, by its JSON path, in plain words a brand manager can act on. Never a stack trace.
import { describe, expect, it } from 'vitest';
import { jsonErrorIndex, lineColumn } from '../../rules/json-where.ts';
import { formatPath, LIMITS, parseRuleSet, ruleSetOrThrow } from '../../rules/validate.ts';
import { rule } from './rule-helpers.ts';

const head = { id: 'my-brand', name: 'My brand', version: 1 };
const problems = (input: unknown): string[] => {
  const r = parseRuleSet(input);
  return r.ok ? [] : r.problems;
};
const noStackTrace = (ps: readonly string[]) => {
  for (const p of ps) {
    expect(p).not.toMatch(/\n\s+at |Error:|ZodError|\{"|\bcode\b/);
    expect(p.length).toBeLessThan(400);
  }
};

describe('parseRuleSet: a valid set', () => {
  it('accepts parsed JSON or the text of a file, with defaults filled in', () => {
    const set = {
      ...head,
      $schema: './rule-set.schema.json',
      rules: [rule('require', { phrases: ['sorry'] }), rule('phrase', { id: 'p', phrases: ['dm us'] })],
    };
    for (const input of [set, JSON.stringify(set, null, 2)]) {
      const r = parseRuleSet(input);
      expect(r.ok).toBe(true);
      if (!r.ok) continue;
      expect(r.ruleSet.rules).toHaveLength(2);
      expect(r.ruleSet.rules[0]).toMatchObject({ need: 'phrase', where: 'anywhere' });
      expect(r.ruleSet.id).toBe('my-brand');
    }
  });

  it('accepts an empty rule list (a set being written)', () => {
    expect(parseRuleSet({ ...head, rules: [] }).ok).toBe(true);
  });
});

describe('parseRuleSet: broken files', () => {
  it('says where JSON goes wrong, by line and column', () => {
    expect(problems('{"id": "x",')).toEqual([
      'not valid JSON: the text ends too early (line 1, column 12); a bracket or quote is not closed',
    ]);
    expect(problems('{\n  "id": "x"\n  "name": "y"\n}')).toEqual([
      'not valid JSON at line 3, column 3, near "\\"name\\": \\"y\\""',
    ]);
    expect(problems('')).toEqual([
      'not valid JSON: the text ends too early (line 1, column 1); a bracket or quote is not closed',
    ]);
  });

  it('refuses what is not a rule set at all', () => {
    const expected = ['expected a rule set: an object with "id", "name", "version" and "rules"'];
    for (const input of [[], null, 'null', '42', '"text"', 7])
      expect(problems(input), JSON.stringify(input)).toEqual(expected);
  });

  it('asks for a newer Tone Coach for a newer format, and names a wrong version', () => {
    expect(problems({ ...head, version: 2, rules: [] })).toEqual([
      'version: this rule set uses format 2; this Tone Coach reads format 1. Update Tone Coach',
    ]);
    expect(problems({ ...head, version: '1', rules: [] })).toEqual([
      'version: expected 1 (the rule-set format version)',
    ]);
    const missing = problems({ id: 'x', name: 'X', rules: [] });
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatch(/^version: .*expected 1 \(the rule-set format version\)/);
  });

  it('needs a list of rules', () => {
    expect(problems({ ...head })).toEqual(['rules: missing (expected a list of rules)']);
    expect(problems({ ...head, rules: {} })).toEqual(['rules: expected a list of rules']);
  });

  it('refuses a set with more rules than the limit without reading them', () => {
    const many = new Array(LIMITS.rules + 1).fill(0);
    expect(problems({ ...head, rules: many })).toEqual([
      `rules: ${LIMITS.rules + 1} rules; at most ${LIMITS.rules} are allowed in one set`,
    ]);
  });
});

describe('parseRuleSet: every problem, by its path', () => {
  it('gives the example from the issue word for word', () => {
    const rules = [
      rule('phrase', { id: 'a', phrases: ['x'] }),
      rule('phrase', { id: 'b', phrases: ['y'] }),
      rule('phrase', { id: 'c', phrases: ['z'] }),
      rule('substitution', { id: 'd', swap: 'utilise -> use' }),
    ];
    expect(problems({ ...head, rules })).toEqual(['rules[3].swap: expected an object of "avoid": "prefer" pairs']);
  });

  it('lists the problems of the head and of every rule at once, and refuses the whole set', () => {
    const set = {
      id: 'My Brand',
      version: 1,
      author: 'me',
      rules: [
        rule('tone', { id: 'dm' }),
        rule('phrase', { id: 'ok', phrases: ['fine'] }),
        rule('phrase', { id: 'dm', phrases: ['dm us'], phrse: ['typo'] }),
        rule('regex', { id: 'slow', regex: '(a+)+$' }),
        rule('phrase', { id: 'bad-category', phrases: ['x'], category: 'rudeness', severity: 'fatal' }),
        rule('limit', { id: 'no-max', measure: 'words' }),
      ],
    };
    const r = parseRuleSet(set);
    expect(r.ok).toBe(false);
    expect(r).not.toHaveProperty('ruleSet');
    const ps = problems(set);
    const expectations: RegExp[] = [
      /^id: expected lower-case letters/,
      /^name: missing/,
      /^unknown field "author"$/,
      /^rules\[0\]\.kind: unknown kind "tone"; expected one of asks-again, casing, deflection, limit, /,
      /^rules\[2\]: unknown field "phrse"$/,
      /^rules\[2\]\.id: "dm" is already used by rules\[0\]; rule ids must be unique in a set$/,
      /^rules\[3\]\.regex: the expression can backtrack catastrophically/,
      /^rules\[4\]\.category: expected one of canned, empathy, blame, tone, brand, clarity, privacy, channel$/,
      /^rules\[4\]\.severity: expected one of error, warning, suggestion$/,
      /^rules\[5\]\.max: missing \(expected a number\)$/,
    ];
    for (const e of expectations)
      expect(
        ps.some((p) => e.test(p)),
        `${e} in\n${ps.join('\n')}`,
      ).toBe(true);
    expect(ps).toHaveLength(expectations.length);
    noStackTrace(ps);
  });

  it('checks rules that depend on other rules', () => {
    const ps = problems({
      ...head,
      rules: [
        rule('phrase', { id: 'a', phrases: ['x'] }),
        rule('phrase', { id: 'b', phrases: ['y'], when: { ifRule: ['a'] } }),
        rule('phrase', { id: 'c', phrases: ['z'], when: { unlessRule: ['b'] } }),
        rule('phrase', { id: 'd', phrases: ['w'], when: { ifRule: ['nope'] } }),
        rule('phrase', { id: 'e', phrases: ['v'], when: { ifRule: ['e'] } }),
        rule('phrase', { id: 'f', phrases: ['u'], when: { customerSays: ['already', '(emailed|called you'] } }),
        rule('phrase', { id: 'g', phrases: ['t'], when: { unlessCustomerSays: ['(phone number'] } }),
        rule('phrase', { id: 'h', phrases: ['s'], when: { customerSays: ['refund'], unlessCustomerSays: ['refund'] } }),
        rule('phrase', { id: 'i', phrases: ['r'], when: { mood: ['upset', 'happy'], unlessMood: ['happy'] } }),
        rule('phrase', { id: 'j', phrases: ['q'], when: { mood: ['happy'], complaint: true } }),
        rule('phrase', { id: 'k', phrases: ['p'], when: { fixUnlessRule: ['a'] } }),
        rule('phrase', { id: 'l', phrases: ['o'], when: { unlessRule: ['k'] } }),
        rule('phrase', { id: 'm', phrases: ['n'], when: { fixUnlessRule: ['gone'] } }),
      ],
    });
    expect(ps).toEqual([
      'rules[2].when.unlessRule[0]: "b" itself depends on other rules; a rule can only depend on rules without ifRule/unlessRule/fixUnlessRule',
      'rules[3].when.ifRule[0]: no rule "nope" in this set',
      'rules[4].when.ifRule[0]: a rule cannot depend on itself',
      expect.stringMatching(/^rules\[5\]\.when\.customerSays\[1\]: .*\(/),
      expect.stringMatching(/^rules\[6\]\.when\.unlessCustomerSays\[0\]: .*\(/),
      'rules[7].when.unlessCustomerSays[0]: "refund" is also in customerSays: the rule would wait for it and be held back by it',
      'rules[8].when.unlessMood[0]: "happy" is also in mood: the rule would run only for it and be held back by it',
      'rules[9].when.complaint: a happy customer never reports a problem: the rule could never run',
      'rules[11].when.unlessRule[0]: "k" itself depends on other rules; a rule can only depend on rules without ifRule/unlessRule/fixUnlessRule',
      'rules[12].when.fixUnlessRule[0]: no rule "gone" in this set',
    ]);
  });

  it('checks the markers of bad examples', () => {
    const ps = problems({
      ...head,
      rules: [
        rule('phrase', {
          phrases: ['dm us'],
          examples: {
            bad: [{ text: 'DM us' }, { text: '[[DM]] [[us]]' }, { text: 'Please [[DM us]]' }],
            good: ['Sorry! DM us'],
          },
        }),
      ],
    });
    expect(ps).toEqual([
      'rules[0].examples.bad[0].text: mark the flagged span with [[ and ]]',
      'rules[0].examples.bad[1].text: mark exactly one span with [[ ]]',
    ]);
  });

  it('names unknown fields in a when and a context of an example', () => {
    const ps = problems({
      ...head,
      rules: [
        rule('phrase', {
          phrases: ['x'],
          when: { chanel: ['x'] },
          examples: { bad: [{ text: '[[x]]', context: { mood: 'furious' } }] },
        }),
      ],
    });
    expect(ps).toEqual([
      'rules[0].when: unknown field "chanel"',
      'rules[0].examples.bad[0].context.mood: expected one of angry, upset, neutral, happy',
    ]);
  });
});

describe('ruleSetOrThrow', () => {
  it('returns a valid set and throws one error naming the source and every problem otherwise', () => {
    expect(ruleSetOrThrow({ ...head, rules: [] }, 'mine.json').id).toBe('my-brand');
    expect(() =>
      ruleSetOrThrow(
        { ...head, version: 1, rules: [rule('tone'), rule('phrase', { id: 'x', phrases: [] })] },
        'mine.json',
      ),
    ).toThrowError(
      /^mine\.json: invalid rule set\n {2}rules\[0\]\.kind: unknown kind "tone".*\n {2}rules\[1\]\.phrases: list at least one phrase$/s,
    );
  });
});

describe('paths and places', () => {
  it('writes paths the way a brand manager reads them', () => {
    expect(formatPath(['rules', 3, 'swap', 'utilise'])).toBe('rules[3].swap.utilise');
    expect(formatPath([])).toBe('');
    expect(formatPath(['version'])).toBe('version');
  });

  it('finds the first character that breaks JSON, and gives its line and column', () => {
    expect(jsonErrorIndex('{"a": 1}')).toBe(-1);
    expect(jsonErrorIndex('{"a": 1,}')).toBe(8);
    expect(jsonErrorIndex('[1, 2')).toBe(5);
    expect(jsonErrorIndex('{"a": tru}')).toBe(9);
    expect(jsonErrorIndex('{"a": "x\ny"}')).toBe(8);
    expect(lineColumn('ab\ncd\nef', 7)).toBe('line 3, column 2');
  });
});
