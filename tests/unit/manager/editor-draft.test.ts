// The rule-set editor's pure parts (entrypoints/options/editor/): the starting rule of each kind, the JSON each form
// edit gives, and where each validation problem is shown.
import { describe, expect, it } from 'vitest';
import { KIND_IDS } from '../../../rules/kinds/index';
import { runExamples } from '../../../rules/examples';
import { parseRuleSet } from '../../../rules/validate';
import {
  addRule,
  changeKind,
  markSpan,
  setExamples,
  deleteRule,
  duplicateRule,
  moveRule,
  newRule,
  readableOrder,
  ruleAt,
  setOptional,
  setRequired,
  setWhen,
  swapFromRows,
  swapRows,
  withRule,
  type Json,
} from '../../../entrypoints/options/editor/draft';
import { runRuleExamples } from '../../../entrypoints/options/editor/examples-run';
import {
  fieldProblems,
  parseProblem,
  placeProblems,
  plainWords,
  ruleProblemCount,
} from '../../../entrypoints/options/editor/problems';
import { readRuleSet } from '../../../utils/rule-set-files';
import { whenSummary } from '../../../entrypoints/options/editor/WhenFields';

const EMPTY: Json = { id: 'acme', name: 'Acme', version: 1, rules: [] };

describe('a new rule of each kind', () => {
  for (const kind of KIND_IDS) {
    it(`${kind}: valid, and its examples pass`, () => {
      const set = addRule(EMPTY, kind);
      const r = parseRuleSet(set);
      expect(r.ok ? [] : r.problems).toEqual([]);
      if (!r.ok) return;
      expect(runExamples(r.ruleSet).failures).toEqual([]);
      const live = runRuleExamples(set, 0);
      expect(live).not.toBeNull();
      for (const ex of [...live!.bad, ...live!.good]) expect(ex.result, ex.problem).toBe('pass');
    });
  }

  it('every kind together: ids stay unique when a kind is added twice', () => {
    let set = EMPTY;
    for (const kind of [...KIND_IDS, ...KIND_IDS]) set = addRule(set, kind);
    const r = parseRuleSet(set);
    expect(r.ok ? [] : r.problems).toEqual([]);
    expect((set.rules as Json[]).map((x) => x.id)).toContain('canned-apology-2');
  });
});

const phrase = (id: string, extra: Json = {}): Json => ({
  id,
  kind: 'phrase',
  category: 'tone',
  severity: 'warning',
  message: 'Say it another way.',
  phrases: ['kindly'],
  ...extra,
});

describe('form edits give the JSON expected', () => {
  it('an optional field left empty is removed, a required one is kept (for validation to name)', () => {
    const r = phrase('a', { unless: ['x'] });
    expect(setOptional(r, 'unless', [])).not.toHaveProperty('unless');
    expect(setOptional(r, 'why', '')).toEqual(r);
    expect(setOptional(r, 'why', 'Because.')).toEqual({ ...r, why: 'Because.' });
    expect(setRequired(r, 'phrases', [])).toEqual({ ...r, phrases: [] });
    expect(setRequired(r, 'message', '')).toEqual({ ...r, message: '' });
    expect(Object.keys(setOptional(r, 'phrases', ['a', 'b']))).toEqual(Object.keys(r)); // key order kept
  });

  it('conditions: `when` holds only what is set, and goes when nothing is', () => {
    let r = setWhen(phrase('a'), 'channel', ['x', 'email']);
    expect(r.when).toEqual({ channel: ['x', 'email'] });
    r = setWhen(r, 'audience', 'public');
    expect(r.when).toEqual({ channel: ['x', 'email'], audience: 'public' });
    r = setWhen(setWhen(r, 'channel', []), 'audience', undefined);
    expect(r).not.toHaveProperty('when');
    expect(parseRuleSet({ ...EMPTY, rules: [r] }).ok).toBe(true);
  });

  it('conditions folded: summed up in a few words, the exceptions after what the rule waits for', () => {
    expect(whenSummary({})).toBe('Runs on every reply');
    expect(whenSummary({ unlessCustomerSays: ['phone number'] })).toBe('Runs unless the customer says “phone number”');
    expect(whenSummary({ audience: 'public', unlessCustomerSays: ['a', 'b'] })).toBe(
      'Only public replies · unless the customer says “a” or 1 more',
    );
    expect(whenSummary({ customerSays: ['already'], unlessCustomerSays: ['phone number'] })).toBe(
      'Only customer says “already” · unless the customer says “phone number”',
    );
    expect(whenSummary({ audience: 'public', maxWords: 25 })).toBe('Only public replies · replies of at most 25 words');
  });

  it('the swap table: rows in order, a repeated word keeps its first row, blank rows are left out', () => {
    expect(swapRows({ utilise: 'use', 'in order to': 'to' })).toEqual([
      ['utilise', 'use'],
      ['in order to', 'to'],
    ]);
    expect(
      swapFromRows([
        ['utilise', 'use'],
        ['', ''],
        ['utilise', 'employ'],
        ['kindly', ''],
      ]),
    ).toEqual({ utilise: 'use', kindly: '' });
  });

  it('examples: marking a selection, and `examples` removed when both lists are empty', () => {
    expect(markSpan('Please call our 800 number.', 7, 26)).toBe('Please [[call our 800 number]].');
    // Markers already there move; offsets count them.
    expect(markSpan('Please [[call]] our 800 number.', 9, 30)).toBe('Please [[call our 800 number]].');
    expect(markSpan('Thanks', 6, 6)).toBe('Thanks[[]]');
    const r = setExamples(phrase('a'), 'bad', [{ text: 'Please [[kindly]] wait.' }]);
    expect(r.examples).toEqual({ bad: [{ text: 'Please [[kindly]] wait.' }] });
    expect(setExamples(r, 'bad', [])).not.toHaveProperty('examples');
  });

  it('rules: add, duplicate (own id), move, delete, change kind', () => {
    let set = withRule(EMPTY, 0, phrase('a'));
    set = addRule(set, 'substitution');
    expect((set.rules as Json[]).map((r) => r.id)).toEqual(['a', 'plain-words']);
    set = duplicateRule(set, 0);
    expect((set.rules as Json[]).map((r) => r.id)).toEqual(['a', 'a-copy', 'plain-words']);
    expect(ruleAt(set, 1)).toEqual({ ...phrase('a'), id: 'a-copy' });
    set = moveRule(set, 2, 0);
    expect((set.rules as Json[]).map((r) => r.id)).toEqual(['plain-words', 'a', 'a-copy']);
    expect(moveRule(set, 0, -1)).toBe(set);
    set = deleteRule(set, 1);
    expect((set.rules as Json[]).map((r) => r.id)).toEqual(['plain-words', 'a-copy']);
    const casing = changeKind(ruleAt(set, 1), 'casing', ['plain-words', 'a-copy']);
    expect(casing).toMatchObject({ id: 'a-copy', kind: 'casing', message: 'Say it another way.', terms: ['iPhone'] });
    expect(casing).not.toHaveProperty('phrases');
    expect(newRule('phrase', ['canned-apology']).id).toBe('canned-apology-2');
    expect(parseRuleSet(set).ok).toBe(true);
  });
});

describe('each problem is shown next to its field', () => {
  it('reads paths: items, swap words, conditions, examples', () => {
    expect(parseProblem('rules[2].swap: expected an object of "avoid": "prefer" pairs')).toMatchObject({
      rule: 2,
      field: 'swap',
      message: 'expected an object of "avoid": "prefer" pairs',
    });
    expect(parseProblem('rules[2].swap.any (inconvenience: unclosed "("')).toMatchObject({
      rule: 2,
      field: 'swap',
      item: 'any (inconvenience',
    });
    expect(parseProblem('rules[0].phrases[3]: empty phrase')).toMatchObject({ rule: 0, field: 'phrases', item: 3 });
    expect(parseProblem('rules[1].when.ifRule[0]: no rule "x" in this set')).toMatchObject({
      rule: 1,
      field: 'when.ifRule',
      item: 0,
    });
    expect(parseProblem('rules[4].examples.bad[1].text: mark exactly one span with [[ ]]')).toMatchObject({
      rule: 4,
      field: 'examples.bad',
      item: 1,
    });
    expect(parseProblem('rules[5]: unknown field "foo"')).toMatchObject({ rule: 5, path: 'rules[5]' });
    expect(parseProblem('rules[5]: unknown field "foo"').field).toBeUndefined();
    expect(parseProblem('id: expected lower-case letters')).toMatchObject({ field: 'id' });
    expect(parseProblem('id: expected lower-case letters').rule).toBeUndefined();
    const json = parseProblem('not valid JSON at line 2, column 3, near "}"');
    expect([json.path, json.field, json.rule]).toEqual(['', undefined, undefined]);
    expect(plainWords('Too small: expected string to have >=1 characters')).toBe(
      'this is empty: write something here or remove it',
    );
  });

  it('places the problems of a real draft: each field of its rule, the rest on the rule or at the top', () => {
    const draft: Json = {
      ...EMPTY,
      id: 'Bad Id',
      rules: [
        phrase('a', { phrases: ['kindly', ''] }),
        { id: 'b', kind: 'regex', category: 'tone', severity: 'warning', message: 'm', regex: '(a+)+$' },
        phrase('c', { when: { ifRule: ['nope'] }, extra: 1 }),
        {
          id: 'd',
          kind: 'substitution',
          category: 'tone',
          severity: 'warning',
          message: 'm',
          swap: {},
        },
        phrase('e', { examples: { bad: [{ text: 'no marker' }] } }),
      ],
    };
    const v = readRuleSet(draft);
    expect(v.ok).toBe(false);
    if (v.ok) return;
    const map = placeProblems(v.problems, draft);
    expect(map.head.get('id')?.length).toBe(1);
    expect(fieldProblems(map, 0, 'phrases')).toMatchObject([{ item: 1, message: expect.stringMatching(/empty/) }]);
    expect(fieldProblems(map, 1, 'regex')).toMatchObject([{ message: expect.stringMatching(/\(a\+\)\+/) }]);
    // The unknown field is the rule's; its ifRule is checked only once the rule parses.
    expect(map.rules.get(2)?.general).toMatchObject([{ message: 'unknown field "extra"' }]);
    expect(fieldProblems(map, 3, 'swap')).toMatchObject([{ message: expect.stringMatching(/at least one/) }]);
    expect(fieldProblems(map, 4, 'examples.bad')).toMatchObject([{ item: 0 }]);
    expect(ruleProblemCount(map, 0)).toBe(1);
    // Nothing is lost: every problem is somewhere.
    const placed =
      map.top.length +
      [...map.head.values()].flat().length +
      [...map.rules.values()].reduce((n, r) => n + r.general.length + [...r.byField.values()].flat().length, 0);
    expect(placed).toBe(v.problems.length);
  });

  it('a condition naming a rule that is not in the set shows under that condition', () => {
    const draft: Json = { ...EMPTY, rules: [phrase('a'), phrase('b', { when: { ifRule: ['nope'] } })] };
    const v = readRuleSet(draft);
    const map = placeProblems(v.ok ? [] : v.problems, draft);
    expect(fieldProblems(map, 1, 'when.ifRule')).toMatchObject([{ item: 0, message: 'no rule "nope" in this set' }]);
  });

  it('a field the kind does not have, and a problem without a path, go to the rule and to the top', () => {
    const draft: Json = { ...EMPTY, rules: [phrase('a')] };
    const map = placeProblems(['rules[0].swap: nope', 'rules[7].id: gone', 'not valid JSON'], draft);
    expect(map.rules.get(0)?.general).toMatchObject([{ path: 'rules[0].swap' }]);
    expect(map.top.map((p) => p.message)).toEqual(['gone', 'not valid JSON']);
  });
});

describe('examples run live', () => {
  it('a failing example says what the rule found; a rule with problems does not run', () => {
    const draft: Json = {
      ...EMPTY,
      rules: [
        phrase('a', {
          examples: { bad: [{ text: 'Please [[kindly wait]].' }, { text: 'no marker' }], good: ['Kindly do.', 'Do.'] },
        }),
      ],
    };
    const r = runRuleExamples(draft, 0)!;
    expect(r.bad[0]).toMatchObject({ result: 'fail', text: 'Please kindly wait.' });
    // In words, not offsets.
    expect(r.bad[0]!.problem).toBe('expected the finding on "kindly wait", got "kindly"');
    expect(r.bad[0]!.findings.map((f) => f.text)).toEqual(['kindly']);
    expect(r.bad[1]).toMatchObject({ result: 'pending', problem: 'mark the flagged span with [[ and ]]' });
    expect(r.good.map((g) => g.result)).toEqual(['fail', 'pass']);
    expect(
      runRuleExamples(withRule(draft, 0, phrase('a', { phrases: [''], examples: { good: ['x'] } })), 0),
    ).toBeNull();
  });
});

describe('the draft reads in a natural order', () => {
  it('head fields first, then each rule: id, kind, category, severity, message, its own fields, the rest', () => {
    const stored = {
      rules: [{ message: 'm', examples: { good: ['x'] }, id: 'a', kind: 'phrase', phrases: ['p'], severity: 'error' }],
      version: 1,
      name: 'N',
      id: 'n',
    };
    const out = readableOrder(stored);
    expect(Object.keys(out)).toEqual(['id', 'name', 'version', 'rules']);
    expect(Object.keys((out.rules as Json[])[0]!)).toEqual([
      'id',
      'kind',
      'severity',
      'message',
      'phrases',
      'examples',
    ]);
  });
});
