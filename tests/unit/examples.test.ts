// A rule's examples are its tests, the trainer's demonstrations and `tone-coach test`: the runner must catch every
// way a rule can disagree with its own examples, and say how, in words a brand manager can act on.
import { describe, expect, it } from 'vitest';
import { applySuggestion, exampleContext, parseMarked, runExamples } from '../../rules/examples.ts';
import type { Rule } from '../../rules/schema.ts';
import { rule, ruleSet } from './rule-helpers.ts';

describe('parseMarked', () => {
  it('takes out the [[ ]] markers and gives the marked span in the text without them', () => {
    expect(parseMarked('Please [[call our 800 number]].')).toEqual({
      text: 'Please call our 800 number.',
      start: 7,
      end: 26,
    });
    expect(parseMarked('🙂 [[DM us]]')).toEqual({ text: '🙂 DM us', start: 3, end: 8 });
  });

  it('marks a span that starts and ends with brackets of its own ("[FIRST_NAME]")', () => {
    expect(parseMarked('Dear [[[FIRST_NAME]]],')).toEqual({ text: 'Dear [FIRST_NAME],', start: 5, end: 17 });
  });

  it('reads an empty [[]] as an insertion point', () => {
    expect(parseMarked('Thanks for waiting.[[]]')).toEqual({ text: 'Thanks for waiting.', start: 19, end: 19 });
  });

  it('refuses a text without exactly one marked span', () => {
    expect(parseMarked('no markers')).toEqual({ problem: 'mark the flagged span with [[ and ]]' });
    expect(parseMarked('only [[ an opening')).toEqual({ problem: 'mark the flagged span with [[ and ]]' });
    expect(parseMarked('a]] then [[b')).toEqual({ problem: 'mark the flagged span with [[ and ]]' });
    expect(parseMarked('[[one]] and [[two]]')).toEqual({ problem: 'mark exactly one span with [[ ]]' });
  });
});

describe('applySuggestion', () => {
  it('replaces the span, or inserts when it is empty', () => {
    expect(
      applySuggestion('Please call our 800 number.', { start: 7, end: 26, replacement: 'tell us more here' }),
    ).toBe('Please tell us more here.');
    expect(applySuggestion('Thanks.', { start: 7, end: 7, replacement: ' ^JS' })).toBe('Thanks. ^JS');
  });
});

describe('exampleContext', () => {
  it('meets the rule’s when, and the example’s own context wins', () => {
    const r = {
      when: { channel: ['facebook', 'x'], audience: 'private', mood: ['upset', 'angry'] },
    } as unknown as Rule;
    expect(exampleContext(r)).toEqual({ channel: 'facebook', audience: 'private', mood: 'upset' });
    expect(exampleContext(r, { channel: 'x', customerName: 'Ann' })).toEqual({
      channel: 'x',
      audience: 'private',
      mood: 'upset',
      customerName: 'Ann',
    });
    // The example's customer message decides the mood when it has one.
    expect(exampleContext(r, { customerMessage: 'Thanks, all sorted!' })).not.toHaveProperty('mood');
    expect(exampleContext({} as Rule)).toEqual({});
  });

  it('gives a rule waiting for the customer’s words the first of its phrases a customer could write as it is', () => {
    const r = (customerSays: string[]) => ({ when: { customerSays } }) as unknown as Rule;
    expect(exampleContext(r(['(emailed|called) you', 'no reply', 'already tried']))).toEqual({
      customerMessage: 'no reply',
    });
    expect(exampleContext(r(['(emailed|called) you', 'still *']))).toEqual({});
    expect(exampleContext(r(['no reply']), { customerMessage: 'Where is my order?' })).toEqual({
      customerMessage: 'Where is my order?',
    });
  });
});

describe('runExamples', () => {
  it('passes a rule that agrees with its examples, counting every example', () => {
    const set = ruleSet([
      rule('phrase', {
        id: 'call',
        phrases: ['call our 800 number'],
        suggestions: ['tell us more here'],
        when: { audience: 'public' },
        examples: {
          bad: [
            { text: 'Please [[call our 800 number]].', fix: 'Please tell us more here.' },
            { text: '[[Call our 800 number]]' },
          ],
          good: [
            'They call us the best airline for a reason',
            { text: 'Please call our 800 number.', context: { audience: 'private', channel: 'email' } },
          ],
        },
      }),
    ]);
    expect(runExamples(set)).toEqual({ failures: [], examples: 4 });
  });

  it('reports each way a deliberately wrong rule set disagrees with its examples', () => {
    const set = ruleSet([
      rule('phrase', {
        id: 'call',
        phrases: ['call our 800 number'],
        suggestions: ['call us'],
        examples: {
          bad: [
            { text: '[[Please call]] our 800 number' }, // wrong span
            { text: 'Please [[ring us]].' }, // not found at all
            { text: 'Please [[call our 800 number]].', fix: 'Please tell us more here.' }, // a different fix
            { text: 'Please [[call our 800 number]] or call our 800 number.' }, // two findings
          ],
          good: ['Call our 800 number'], // flagged
        },
      }),
      rule('phrase', {
        id: 'no-fix',
        phrases: ['kindly'],
        examples: { bad: [{ text: 'Please [[kindly]] wait.', fix: 'Please wait.' }], good: [] },
      }),
      rule('substitution', {
        id: 'loop',
        swap: { reach: 'reach out' }, // the fix brings the finding back
        examples: { bad: [{ text: 'Please [[reach]] us.', fix: 'Please reach out us.' }], good: [] },
      }),
    ]);
    const { failures, examples } = runExamples(set);
    expect(examples).toBe(7);
    expect(failures).toEqual([
      {
        rule: 'call',
        example: '[[Please call]] our 800 number',
        problem: 'expected the finding at 0-11 ("Please call"), got "call our 800 number" at 7-26',
      },
      {
        rule: 'call',
        example: 'Please [[ring us]].',
        problem: 'expected exactly one finding at 7-14 ("ring us"), got none',
      },
      {
        rule: 'call',
        example: 'Please [[call our 800 number]].',
        problem: 'applying "call us" gave "Please call us.", expected "Please tell us more here."',
      },
      {
        rule: 'call',
        example: 'Please [[call our 800 number]] or call our 800 number.',
        problem:
          'expected exactly one finding at 7-26 ("call our 800 number"), got "call our 800 number" at 7-26, "call our 800 number" at 30-49',
      },
      {
        rule: 'call',
        example: 'Call our 800 number',
        problem: 'expected no finding, got "Call our 800 number" at 0-19',
      },
      {
        rule: 'no-fix',
        example: 'Please [[kindly]] wait.',
        problem: 'expected a suggestion giving "Please wait.", got none',
      },
      { rule: 'loop', example: 'Please [[reach]] us.', problem: 'after the fix, the rule still finds "reach" at 7-12' },
    ]);
  });

  it('reports a rule that fails to run, even where its good examples would then "pass"', () => {
    // A set that skipped validation (a file edited by hand, an old import): the regex cannot compile, so the engine
    // runs the other rules and this one finds nothing.
    const broken = {
      id: 'broken',
      name: 'Broken',
      version: 1,
      rules: [rule('regex', { id: 'bad-regex', regex: '(unclosed', examples: { bad: [], good: ['Hello there.'] } })],
    } as unknown as Parameters<typeof runExamples>[0];
    const { failures } = runExamples(broken);
    expect(failures.map((f) => [f.rule, f.example])).toEqual([['bad-regex', 'Hello there.']]);
    expect(failures[0]!.problem).toMatch(/^the rule failed to run: /);
  });

  it('with requireFix, reports a bad example whose finding offers a fix but which does not say what Apply gives', () => {
    const set = ruleSet([
      rule('phrase', {
        id: 'call',
        phrases: ['call our 800 number'],
        suggestions: ['tell us more here'],
        examples: { bad: [{ text: 'Please [[call our 800 number]].' }], good: [] },
      }),
      rule('phrase', {
        id: 'policy',
        phrases: ['our policy'],
        examples: { bad: [{ text: 'It is [[our policy]].' }], good: [] },
      }),
    ]);
    expect(runExamples(set).failures).toEqual([]);
    expect(runExamples(set, { requireFix: true }).failures).toEqual([
      {
        rule: 'call',
        example: 'Please [[call our 800 number]].',
        problem: 'the finding offers a fix: give "fix", the whole text after Apply ("Please tell us more here.")',
      },
    ]);
  });

  it('runs each example against the whole set, in a context that meets the rule’s when', () => {
    // "cheer" only runs for upset customers; its bad example must be run with such a mood to be found.
    const set = ruleSet([
      rule('phrase', {
        id: 'cheer',
        phrases: ['have a great day'],
        when: { mood: ['upset'] },
        examples: {
          bad: [{ text: 'Refunded. [[Have a great day]]!' }],
          good: [{ text: 'Have a great day!', context: { mood: 'happy' } }],
        },
      }),
    ]);
    expect(runExamples(set).failures).toEqual([]);
  });
});
