// check(text, ruleSets, context): the contract the content script, the worker, the manager, the trainer and the CLI
// rely on. Pure and deterministic; the cheap pre-filter never changes what is found; overlaps resolved the same way
// every time; `when` conditions and switched-off rules honoured; the score exactly as documented in engine.ts.
import { describe, expect, it } from 'vitest';
import type { ContextInput } from '../../rules/base.ts';
import { check, firstNameOf, PENALTY, resolveContext, score } from '../../rules/engine.ts';
import { parseMarked } from '../../rules/examples.ts';
import { KINDS } from '../../rules/kinds/index.ts';
import type { CompiledRule } from '../../rules/kind.ts';
import { BUILTIN_PACKS } from '../../rules/packs/index.ts';
import type { Finding, Rule, RuleSet } from '../../rules/schema.ts';
import { analyse } from '../../rules/text.ts';
import { at, findingsOf, rule, ruleSet, spans } from './rule-helpers.ts';

const phrase = (id: string, phrases: string[], fields: Record<string, unknown> = {}) =>
  rule('phrase', { id, phrases, ...fields });
const brief = (fs: readonly Finding[]) => fs.map((f) => [f.rule, f.start, f.end]);

/** Replies with what trips engines up: emoji, accents, other scripts, curly quotes, handles, links, long text. */
const TRICKY = [
  '',
  '   ',
  '🙂🙂🙂',
  '👨‍👩‍👧 Please call our 800 number!!! 😡',
  '@Call_Me_Jacob We’re SO SORRY. Please DM us your order #AB12345 and e-mail jane@example.com',
  'Désolé pour le retard, nous vous appelons au 415-555-0134.',
  'Извините за неудобства. ありがとうございます。',
  'Mistakes were made. We won’t charge you; we cannot refund it, but we’re gonna re-install it at the café.',
  'As per our policy, you should have checked. Obviously just restart it. Have a great day!',
  `${'We have checked your booking and the seats are confirmed. '.repeat(90)}Call us at 1-800-555-0134.`,
];

describe('check(): pure and deterministic', () => {
  it('gives the same result for the same input, whatever was checked before', () => {
    const ctx: ContextInput = {
      customerName: 'Jacob Smith',
      customerMessage: 'Still waiting for my refund!!',
      signOff: '^JS',
    };
    const first = TRICKY.map((t) => check(t, BUILTIN_PACKS, ctx));
    // Other texts, sets and contexts in between must leave no trace.
    check('Something else entirely', [ruleSet([phrase('x', ['else'])])], {
      channel: 'email',
      audience: 'private',
      mood: 'happy',
    });
    const again = [...TRICKY]
      .reverse()
      .map((t) => check(t, BUILTIN_PACKS, ctx))
      .reverse();
    expect(again).toEqual(first);
  });

  it('never changes the rule sets or the context it is given', () => {
    const deepFreeze = <T>(o: T): T => {
      if (o && typeof o === 'object' && !Object.isFrozen(o)) {
        Object.freeze(o);
        for (const v of Object.values(o)) deepFreeze(v);
      }
      return o;
    };
    const sets = structuredClone(BUILTIN_PACKS) as RuleSet[];
    const before = structuredClone(sets);
    const ctx = deepFreeze({ customerName: 'Ann', disabledRules: ['blame'], recentFingerprints: ['0123456789abcdef'] });
    deepFreeze(sets);
    for (const t of TRICKY) expect(() => check(t, sets, ctx)).not.toThrow(); // a write to a frozen object throws here
    expect(sets).toEqual(before);
  });

  it('reads a text that is not a string as text instead of failing', () => {
    const set = ruleSet([phrase('n', ['42'])]);
    expect(check(null as never, [set]).findings).toEqual([]);
    expect(brief(check(42 as never, [set]).findings)).toEqual([['n', 0, 2]]);
  });

  it('keeps every finding inside the text, on whole characters, with the text it covers', () => {
    const ctx: ContextInput = {
      customerName: 'Jacob',
      customerMessage: 'This is a joke, still no refund',
      signOff: '^JS',
    };
    for (const text of TRICKY) {
      for (const f of check(text, BUILTIN_PACKS, ctx).findings) {
        expect(0 <= f.start && f.start <= f.end && f.end <= text.length, `${f.rule} in ${text.slice(0, 40)}`).toBe(
          true,
        );
        expect(f.text).toBe(text.slice(f.start, f.end));
        // Never between the two halves of an emoji (a surrogate pair).
        for (const edge of [f.start, f.end])
          expect(/[\uDC00-\uDFFF]/.test(text[edge] ?? ''), `${f.rule} at ${edge}`).toBe(false);
        for (const s of f.suggestions) {
          expect(0 <= s.start && s.start <= s.end && s.end <= text.length, `${f.rule} suggestion`).toBe(true);
        }
      }
    }
  });
});

describe('check(): the trigger pre-filter never changes results', () => {
  // The oracle: each rule run by its kind on the analysed text, with no pre-filter at all. Compiled once per rule
  // (compiling is pure; compiling again for each of some 600 texts made this test take most of its time limit).
  const compiled = new WeakMap<Rule, CompiledRule>();
  const compileOnce = (r: Rule): CompiledRule => {
    let c = compiled.get(r);
    if (!c) compiled.set(r, (c = (KINDS[r.kind].compile as (r: Rule) => CompiledRule)(r)));
    return c;
  };
  const direct = (r: Rule, text: string, ctx: ContextInput): [number, number][] =>
    (compileOnce(r).check(analyse(text), resolveContext(ctx)) ?? [])
      .map((f): [number, number] => [f.start, f.end])
      .sort((a, b) => a[0] - b[0] || a[1] - b[1]);

  const texts = [
    ...TRICKY,
    ...BUILTIN_PACKS.flatMap((p) =>
      p.rules.flatMap((r) => [
        ...(r.examples?.bad ?? []).map((b) => {
          const m = parseMarked(b.text);
          return 'problem' in m ? b.text : m.text;
        }),
        ...(r.examples?.good ?? []).map((g) => (typeof g === 'string' ? g : g.text)),
      ]),
    ),
  ];

  it('finds in every example reply exactly what each built-in rule finds without it', () => {
    const ctx: ContextInput = { customerName: 'Jacob Smith', signOff: '^JS', mood: 'upset' };
    let compared = 0;
    for (const pack of BUILTIN_PACKS) {
      for (const r of pack.rules) {
        // On its own and without conditions, so nothing but the pre-filter stands between the two.
        const alone = { ...r, when: undefined } as Rule;
        const set = { ...pack, rules: [alone] } as RuleSet;
        for (const text of texts) {
          const viaEngine = spans(check(text, [set], ctx).findings).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
          const overlapping = direct(alone, text, ctx).some((s, i, all) => i > 0 && s[0] < all[i - 1]![1]);
          if (overlapping) continue; // the engine keeps the stronger of overlapping spans: not the pre-filter's doing
          expect(viaEngine, `${pack.id}/${r.id} on "${text.slice(0, 60)}"`).toEqual(direct(alone, text, ctx));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('runs patterns and phrases on every spelling compromise reads as their words', () => {
    const rules = [
      rule('pattern', { id: 'will-not', match: 'will not #Verb' }),
      rule('pattern', { id: 'can-not', match: 'can not #Verb' }),
      rule('pattern', { id: 'going', match: 'going to #Verb' }),
      rule('pattern', { id: 'email', match: 'email us' }),
      rule('pattern', { id: 'cafe', match: 'the cafe' }),
      rule('pattern', { id: 'not-sorry', match: '!not sorry' }),
      rule('phrase', { id: 'apologise', phrases: ['apologi(se|ze)'] }),
    ];
    const text =
      "We won't charge, we can't refund, we cannot refund, we're gonna check. E-mail us at the café. We are sorry; we apologize.";
    for (const r of rules) {
      const set = ruleSet([r]);
      expect(spans(check(text, [set]).findings), String(r.id)).toEqual(direct(set.rules[0]!, text, {}));
      expect(check(text, [set]).findings.length, String(r.id)).toBeGreaterThan(0);
    }
  });
});

describe('check(): overlapping findings', () => {
  const text = 'Please call our 800 number today.';

  it('keeps the error over a warning, even when the error is shorter', () => {
    const set = ruleSet([
      phrase('long-warning', ['call our 800 number'], { severity: 'warning' }),
      phrase('short-error', ['our 800'], { severity: 'error' }),
    ]);
    expect(brief(check(text, [set]).findings)).toEqual([['short-error', ...at(text, 'our 800')]]);
  });

  it('keeps the longer span at equal severity, and the earlier rule at equal length', () => {
    const longer = ruleSet([phrase('a', ['call our 800 number']), phrase('b', ['our 800 number today'])]);
    expect(brief(check(text, [longer]).findings)).toEqual([['b', ...at(text, 'our 800 number today')]]);
    const same = ruleSet([phrase('first', ['call our']), phrase('second', ['call our'])]);
    expect(brief(check(text, [same]).findings)).toEqual([['first', ...at(text, 'call our')]]);
    const swapped = ruleSet([phrase('second', ['call our']), phrase('first', ['call our'])]);
    expect(brief(check(text, [swapped]).findings)).toEqual([['second', ...at(text, 'call our')]]);
  });

  it('keeps the finding that has a fix over one without, at equal severity and length', () => {
    const bare = phrase('bare', ['call our']);
    const fixable = rule('substitution', { id: 'fixable', swap: { 'call our': 'ring our' } });
    for (const order of [
      [bare, fixable],
      [fixable, bare],
    ]) {
      const found = check(text, [ruleSet(order)]).findings;
      expect(found.map((f) => f.rule)).toEqual(['fixable']);
      expect(found[0]!.suggestions.length).toBeGreaterThan(0);
    }
  });

  it('orders rule sets as given when everything else is equal', () => {
    const one = ruleSet([phrase('mine', ['call our'])], 'one');
    const two = ruleSet([phrase('yours', ['call our'])], 'two');
    expect(check(text, [one, two]).findings.map((f) => f.ruleSet)).toEqual(['one']);
    expect(check(text, [two, one]).findings.map((f) => f.ruleSet)).toEqual(['two']);
  });

  it('drops a finding overlapped by a stronger one without bringing back what that one beat', () => {
    // a: 0-11 warning, b: 7-19 error, c: 16-26 warning. b beats both; a and c do not overlap each other but each
    // overlaps b.
    const t = 'Please call our 800 number today';
    const set = ruleSet([
      phrase('a', ['please call'], { severity: 'warning' }),
      phrase('b', ['call our 800'], { severity: 'error' }),
      phrase('c', ['800 number'], { severity: 'warning' }),
    ]);
    expect(brief(check(t, [set]).findings)).toEqual([['b', ...at(t, 'call our 800')]]);
  });

  it('keeps spans that only touch, and whole-reply findings beside span findings, sorted by start', () => {
    const touching = ruleSet([rule('regex', { id: 'ab', regex: 'ab' }), rule('regex', { id: 'cd', regex: 'cd' })]);
    expect(brief(check('abcd', [touching]).findings)).toEqual([
      ['ab', 0, 2],
      ['cd', 2, 4],
    ]);
    const set = ruleSet([
      phrase('deflect', ['call our 800 number'], { severity: 'error' }),
      rule('require', { id: 'ack', phrases: ['sorry'], severity: 'warning' }),
      rule('limit', { id: 'length', measure: 'characters', max: 10, severity: 'suggestion' }),
    ]);
    expect(brief(check(text, [set]).findings)).toEqual(
      [
        ['ack', 0, text.length - 1],
        ['length', 10, text.length],
        ['deflect', ...at(text, 'call our 800 number')],
      ].sort((a, b) => (a[1] as number) - (b[1] as number) || (a[2] as number) - (b[2] as number)),
    );
  });
});

describe("check(): an e-mail's quoted earlier message", () => {
  const set = ruleSet([phrase('calm', ['fed up'])]);
  const email = (quote: string) =>
    `Hi Ana,\n\nWe're fed up with delays too: the engineer comes Tuesday.\n\nBest,\nJo${quote}`;

  it('flags the reply but not the customer words it quotes, under a header or in "> " lines', () => {
    for (const quote of ['\n\nOn Mon, 3 Mar 2026, Ana Costa wrote:\nI am fed up!', '\n\n> I am fed up!\n> Fix it.']) {
      const text = email(quote);
      expect(brief(check(text, [set]).findings)).toEqual([['calm', ...at(text, 'fed up')]]);
    }
  });

  it('still reads a "> " step inside the reply as the reply', () => {
    const text = 'Hi Ana,\n\n> fed up with the app? Tap Reset.\n\nThat should do it.\nJo';
    expect(brief(check(text, [set]).findings)).toEqual([['calm', ...at(text, 'fed up')]]);
  });
});

describe('check(): when conditions', () => {
  const onX = phrase('x-only', ['dm us'], { when: { channel: ['x', 'instagram'] } });
  const publicOnly = phrase('public', ['call us'], { when: { audience: 'public' } });
  const privateOnly = phrase('private', ['call us'], { when: { audience: 'private' } });
  const upset = phrase('cheer', ['have a great day'], { when: { mood: ['angry', 'upset'] } });
  const set = ruleSet([onX, publicOnly, privateOnly, upset]);
  const rulesFound = (text: string, ctx?: ContextInput) => check(text, [set], ctx).findings.map((f) => f.rule);

  it('defaults to a public reply on X', () => {
    expect(resolveContext({})).toMatchObject({ channel: 'x', audience: 'public', recentFingerprints: [] });
    expect(rulesFound('DM us or call us.')).toEqual(['x-only', 'public']);
  });

  it('runs a rule only on its channels and audience', () => {
    expect(rulesFound('DM us or call us.', { channel: 'email', audience: 'private' })).toEqual(['private']);
    expect(rulesFound('DM us or call us.', { channel: 'instagram' })).toEqual(['x-only', 'public']);
  });

  it('runs a mood rule only when the mood is known and one of its moods', () => {
    const text = 'Thanks! Have a great day.';
    expect(rulesFound(text)).toEqual([]);
    expect(rulesFound(text, { mood: 'happy' })).toEqual([]);
    expect(rulesFound(text, { mood: 'angry' })).toEqual(['cheer']);
    expect(
      rulesFound(text, { customerMessage: 'This is the worst service ever. I am furious, still no refund!!' }),
    ).toEqual(['cheer']);
    expect(rulesFound(text, { customerMessage: 'I love you guys, thank you so much! ❤️' })).toEqual([]);
    // A stated mood wins over the estimate.
    expect(rulesFound(text, { mood: 'happy', customerMessage: 'This is the worst service ever!!' })).toEqual([]);
  });

  it('runs a rule waiting for the customer’s words only when their message says one, and quotes it', () => {
    const again = phrase('again', ['dm us'], {
      when: { customerSays: ['already (emailed|called)', 'no reply'] },
      message: 'They said "{said}": do not ask them to start over.',
    });
    const found = (ctx?: ContextInput) => check('Please DM us.', [ruleSet([again])], ctx).findings;
    expect(found()).toEqual([]);
    expect(found({ customerMessage: '' })).toEqual([]);
    expect(found({ customerMessage: 'Where is my order?' })).toEqual([]);
    // Only the customer's own words: not a link, nor a handle.
    expect(found({ customerMessage: '@already_called see https://example.com/no-reply' })).toEqual([]);
    const [f] = found({ customerMessage: 'I ALREADY\n called you twice and got no reply.' });
    expect(f).toMatchObject({
      rule: 'again',
      text: 'DM us',
      message: 'They said "ALREADY called": do not ask them to start over.',
    });
  });

  it('holds a rule back when the customer’s message says what it skips for, and runs it without a message', () => {
    const number = phrase('number', ['0800 123 4567'], { when: { unlessCustomerSays: ['(phone|contact) number'] } });
    const found = (ctx?: ContextInput) => check('Call 0800 123 4567.', [ruleSet([number])], ctx).findings;
    expect(found()).toHaveLength(1);
    expect(found({ customerMessage: 'My parcel never came.' })).toHaveLength(1);
    expect(found({ customerMessage: "What's your PHONE\nnumber please?" })).toEqual([]);
    // Only the customer's own words: not a link.
    expect(found({ customerMessage: 'see https://example.com/phone-number' })).toHaveLength(1);
  });

  it('runs a rule with maxWords only on a reply that short, not counting links, @handles or e-mail addresses', () => {
    const number = phrase('number', ['0800 123 4567'], { when: { maxWords: 6 } });
    const found = (text: string) => check(text, [ruleSet([number])]).findings;
    expect(found('@ann Call 0800 123 4567, or see https://example.com/a/very/long/link.')).toHaveLength(1);
    expect(found('Our team is on 0800 123 4567 today.')).toHaveLength(1); // six words
    expect(found('I have booked the visit and our team is on 0800 123 4567.')).toEqual([]);
  });

  it('runs a rule for a customer reporting a problem, calm or upset, and never without their message', () => {
    const ack = phrase('ack', ['dm us'], { when: { complaint: true } });
    const found = (ctx?: ContextInput) => check('Please DM us.', [ruleSet([ack])], ctx).findings;
    expect(found()).toEqual([]);
    expect(found({ customerMessage: 'The engineer didn’t turn up and I took the day off work.' })).toHaveLength(1);
    expect(found({ customerMessage: 'Third outage this week, absolutely fed up' })).toHaveLength(1);
    expect(found({ customerMessage: 'How do I change my delivery address?' })).toEqual([]);
    expect(found({ mood: 'upset' })).toHaveLength(1);
    const calm = phrase('calm', ['dm us'], { when: { complaint: false } });
    expect(
      check('Please DM us.', [ruleSet([calm])], { customerMessage: 'How do I change my address?' }).findings,
    ).toHaveLength(1);
  });

  it('holds a rule back for the moods it skips, and runs it when the mood is unknown', () => {
    const calm = phrase('calm', ['!!'], { when: { unlessMood: ['happy'] } });
    const found = (ctx?: ContextInput) => check('Thank you!! See you soon.', [ruleSet([calm])], ctx).findings;
    expect(found()).toHaveLength(1);
    expect(found({ mood: 'upset' })).toHaveLength(1);
    expect(found({ mood: 'happy' })).toEqual([]);
    expect(found({ customerMessage: 'Loved the gig last night, the staff were brilliant!!' })).toEqual([]);
    expect(found({ customerMessage: 'Still no refund after three weeks. Useless.' })).toHaveLength(1);
  });

  it('runs a rule with the customer’s words and a rule it depends on in order; a rule held back found nothing', () => {
    const set = ruleSet([
      phrase('asked-again', ['dm us'], { when: { customerSays: ['already'] } }),
      phrase('bare', ['dm us'], { when: { unlessRule: ['asked-again'] } }),
      phrase('then', ['please'], {
        when: { ifRule: ['asked-again'], customerSays: ['no reply'] },
        message: '"{said}"',
      }),
    ]);
    const found = (ctx: ContextInput) => check('Please DM us.', [set], ctx).findings.map((f) => [f.rule, f.message]);
    expect(found({ customerMessage: 'Where is my order?' })).toEqual([['bare', 'check "DM us"']]);
    expect(found({ customerMessage: 'I already wrote, no reply.' })).toEqual([
      ['then', '"no reply"'],
      ['asked-again', 'check "DM us"'],
    ]);
  });

  it('reports a rule whose customer phrases cannot be compiled (a set that skipped validation) and runs the others', () => {
    const set = {
      id: 'hand-made',
      name: 'Hand-made',
      version: 1,
      rules: [{ ...phrase('broken', ['dm us']), when: { customerSays: ['(already'] } }, phrase('ok', ['please'])],
    } as unknown as RuleSet;
    const result = check('Please DM us.', [set], { customerMessage: 'already' });
    expect(result.findings.map((f) => f.rule)).toEqual(['ok']);
    expect(result.failures).toEqual([expect.objectContaining({ rule: 'broken', stage: 'compile' })]);
    expect(check('Please DM us.', [set], { disabledRules: ['broken'] }).failures).toBeUndefined();
  });
});

describe('check(): rules that depend on other rules', () => {
  const set = ruleSet([
    phrase('phone', ['call our 800 number'], { severity: 'error' }),
    phrase('bare-call', ['call'], { when: { unlessRule: ['phone'] } }),
    phrase('then-sorry', ['sorry'], { when: { ifRule: ['phone'] } }),
  ]);
  const rulesFound = (text: string, ctx?: ContextInput) =>
    check(text, [set], ctx)
      .findings.map((f) => f.rule)
      .sort();

  it('runs unlessRule rules only when those rules found nothing, ifRule rules only when they found something', () => {
    expect(rulesFound('Sorry, please call our 800 number.')).toEqual(['phone', 'then-sorry']);
    expect(rulesFound('Sorry, please call us.')).toEqual(['bare-call']);
  });

  it('treats a switched-off rule as having found nothing', () => {
    expect(rulesFound('Sorry, please call our 800 number.', { disabledRules: ['phone'] })).toEqual(['bare-call']);
  });

  it('keeps a fixUnlessRule finding, without its fix, when one of those rules found something', () => {
    const withFix = ruleSet([
      phrase('blame', ['clearly stated']),
      phrase('stock', ['sorry for the inconvenience'], {
        suggestions: ['sorry this happened'],
        when: { fixUnlessRule: ['blame'] },
      }),
    ]);
    const stock = (text: string) => check(text, [withFix]).findings.find((f) => f.rule === 'stock')!;
    expect(stock('We are sorry for the inconvenience.').suggestions).toHaveLength(1);
    expect(stock('We are sorry for the inconvenience. Fees are clearly stated.').suggestions).toEqual([]);
  });
});

describe('check(): rules the user switched off', () => {
  const one = ruleSet([phrase('dm', ['dm us']), phrase('call', ['call us'])], 'one');
  const two = ruleSet([phrase('dm', ['dm us'])], 'two');
  const found = (ctx: ContextInput) =>
    check('DM us or call us', [one, two], ctx)
      .findings.map((f) => `${f.ruleSet}/${f.rule}`)
      .sort();

  it('switches a rule off in every set by its id, or in one set by "set/id"', () => {
    expect(found({})).toEqual(['one/call', 'one/dm']); // two/dm loses the overlap to the earlier set
    expect(found({ disabledRules: ['dm'] })).toEqual(['one/call']);
    expect(found({ disabledRules: ['one/dm'] })).toEqual(['one/call', 'two/dm']);
    expect(found({ disabledRules: ['two/dm'] })).toEqual(['one/call', 'one/dm']);
  });
});

describe('score', () => {
  const f = (rule: string, severity: Finding['severity'], category: Finding['category'], ruleSet = 's'): Finding => ({
    rule,
    ruleSet,
    severity,
    category,
    start: 0,
    end: 1,
    text: 'x',
    message: 'm',
    suggestions: [],
  });

  it('is 100 in every category with nothing to improve', () => {
    expect(score([])).toEqual({
      total: 100,
      byCategory: {
        canned: 100,
        empathy: 100,
        blame: 100,
        tone: 100,
        brand: 100,
        clarity: 100,
        privacy: 100,
        channel: 100,
      },
    });
    expect(check('', BUILTIN_PACKS).score.total).toBe(100);
  });

  // How findings add up (weights, repeats, caps, bands) is tested in score.test.ts.
  it('takes 45, 12 and 4 points for a first error, warning and suggestion, per category too', () => {
    expect(PENALTY).toEqual({ error: 45, warning: 12, suggestion: 4 });
    const s = score([
      f('shout', 'warning', 'tone'),
      f('shout', 'warning', 'tone'),
      f('jargon', 'suggestion', 'clarity'),
      f('deflect', 'error', 'canned'),
    ]);
    // 12 + 6 + 4 + 45 = 67.
    expect(s.total).toBe(33);
    expect(s.byCategory).toMatchObject({ tone: 82, clarity: 96, canned: 55, empathy: 100, privacy: 100 });
  });

  it('scores what check() shows: a finding dropped in an overlap costs nothing', () => {
    const set = ruleSet([
      phrase('err', ['our 800'], { severity: 'error' }),
      phrase('warn', ['call our 800 number'], { severity: 'warning' }),
    ]);
    const result = check('Please call our 800 number', [set]);
    expect(result.findings).toHaveLength(1);
    expect(result.score).toEqual(score(result.findings));
    expect(result.score.total).toBe(55);
  });
});

describe('context', () => {
  it('fills defaults and tidies what the page passes', () => {
    const ctx = resolveContext({
      customerHandle: ' jacob_s ',
      signOff: '   ',
      customerName: 'Jacob Smith',
      disabledRules: ['a', 'b/c'],
    });
    expect(ctx.customerHandle).toBe('@jacob_s');
    expect(ctx.signOff).toBeUndefined();
    expect(ctx.firstName).toBe('Jacob');
    expect([...ctx.disabledRules]).toEqual(['a', 'b/c']);
    expect(resolveContext({ customerHandle: '@ann' }).customerHandle).toBe('@ann');
  });

  it('estimates the mood from the customer’s message unless it is given', () => {
    expect(resolveContext({ customerMessage: 'WORST airline ever. You lost my bag and nobody answers!!!' }).mood).toBe(
      'angry',
    );
    expect(resolveContext({}).mood).toBeUndefined();
    expect(resolveContext({ mood: 'neutral', customerMessage: 'WORST airline ever!!!' }).mood).toBe('neutral');
  });

  it('fills {name}, {handle} and {signOff} in messages', () => {
    const r = phrase('m', ['hello'], { message: 'Hi {name} ({handle}), sign {signOff}.' });
    expect(findingsOf('hello', r, { customerName: 'Ann Lee', customerHandle: 'ann', signOff: '^JS' })[0]!.message).toBe(
      'Hi Ann (@ann), sign ^JS.',
    );
  });

  it('carries the rule’s why, link and first good example on its findings', () => {
    const r = phrase('w', ['dm us'], {
      why: 'Because.',
      link: 'https://example.com/why',
      examples: { bad: [{ text: '[[DM us]]' }], good: ['Sorry! DM us your order number so we can check.', 'x'] },
    });
    expect(findingsOf('DM us', r)[0]).toMatchObject({
      why: 'Because.',
      link: 'https://example.com/why',
      example: 'Sorry! DM us your order number so we can check.',
    });
    expect(findingsOf('DM us', phrase('plain', ['dm us']))[0]).not.toHaveProperty('why');
  });
});

describe('firstNameOf', () => {
  it('takes the first name the way a reply would use it', () => {
    expect(firstNameOf('Jacob Smith')).toBe('Jacob');
    expect(firstNameOf('jacob smith')).toBe('Jacob');
    expect(firstNameOf('Dr. Ada Lovelace')).toBe('Dr. Lovelace');
    expect(firstNameOf('mr smith')).toBe('Mr Smith');
    expect(firstNameOf('🌸 lily 🌸')).toBe('Lily');
    expect(firstNameOf('José García')).toBe('José');
    expect(firstNameOf("O'Brien Pat")).toBe("O'Brien");
    expect(firstNameOf('Иван Петров')).toBe('Иван');
  });

  it('gives nothing when there is no usable name', () => {
    expect(firstNameOf(undefined)).toBeUndefined();
    expect(firstNameOf('')).toBeUndefined();
    expect(firstNameOf('115712')).toBeUndefined();
    expect(firstNameOf('🙂🙂')).toBeUndefined();
    expect(firstNameOf('J.')).toBeUndefined();
  });
});

describe('check(): a faulty rule', () => {
  it('never takes the others down, whether it fails to compile or fails while checking', () => {
    // Built by hand, skipping validation (as a set from an old or hostile source might): a regex that does not
    // compile, and a personal-data type that does not exist.
    const good = ruleSet([phrase('good', ['call our 800 number'])]).rules[0]!;
    const set = {
      id: 'hand-made',
      name: 'Hand-made',
      version: 1,
      rules: [
        { id: 'bad-regex', kind: 'regex', category: 'tone', severity: 'error', message: 'm', regex: '(' },
        {
          id: 'bad-type',
          kind: 'personal-data',
          category: 'privacy',
          severity: 'error',
          message: 'm',
          types: ['bogus'],
        },
        good,
      ],
    } as unknown as RuleSet;
    const result = check('Please call our 800 number', [set]);
    expect(brief(result.findings)).toEqual([['good', 7, 26]]);
    expect(result.score.total).toBe(88);
    // Neither failure is silent.
    expect(result.failures?.map((f) => [f.rule, f.stage])).toEqual([
      ['bad-regex', 'compile'],
      ['bad-type', 'check'],
    ]);
  });

  it('reports a rule that fails to compile, with stage "compile" and the error\'s message, on every check', () => {
    const set = {
      id: 'hand-made',
      name: 'Hand-made',
      version: 1,
      rules: [
        { id: 'bad-regex', kind: 'regex', category: 'tone', severity: 'error', message: 'm', regex: '(' },
        phrase('good', ['800']),
      ],
    } as unknown as RuleSet;
    const expected = {
      ruleSet: 'hand-made',
      rule: 'bad-regex',
      stage: 'compile',
      message: expect.stringContaining('Unterminated group'),
    };
    for (let i = 0; i < 2; i++) {
      // The set is compiled once (and cached); its broken rule is reported by each check that uses it.
      const result = check('Please call our 800 number', [set]);
      expect(result.failures).toEqual([expected]);
      expect(brief(result.findings)).toEqual([['good', ...at('Please call our 800 number', '800')]]);
    }
    // A rule the user switched off is not run, so it does not fail either.
    expect(check('Please call our 800 number', [set], { disabledRules: ['hand-made/bad-regex'] })).not.toHaveProperty(
      'failures',
    );
  });

  /** Runs `body` while the phrase kind compiles the rule `id` into one whose check throws `error`. */
  function withThrowingRule<T>(id: string, error: unknown, body: () => T): T {
    const kind = KINDS.phrase as unknown as { compile: (r: Rule) => CompiledRule };
    const original = kind.compile;
    kind.compile = (r) => {
      const compiled = original(r);
      return r.id === id
        ? {
            ...compiled,
            check: () => {
              throw error;
            },
          }
        : compiled;
    };
    try {
      return body();
    } finally {
      kind.compile = original;
    }
  }

  it('reports a rule whose check throws once, with stage "check"; the other rules find exactly what they found without it', () => {
    const text = 'Please call our 800 number. Your order is on its way, just restart the app.';
    const others = [
      phrase('call', ['call our 800 number']),
      phrase('restart', ['just restart'], { when: { ifRule: ['call'] } }),
    ];
    const boom = phrase('boom', ['order']);
    // Fresh set objects: the engine caches compiled sets per object.
    const withBoom = ruleSet([others[0]!, boom, others[1]!]);
    const result = withThrowingRule('boom', new Error('kaboom'), () => check(text, [withBoom]));
    const without = check(text, [ruleSet([...others])]);
    expect(result.findings).toEqual(without.findings);
    expect(result.score).toEqual(without.score);
    expect(brief(result.findings)).toEqual([
      ['call', ...at(text, 'call our 800 number')],
      ['restart', ...at(text, 'just restart')],
    ]);
    expect(result.failures).toEqual([{ ruleSet: 'test', rule: 'boom', stage: 'check', message: 'kaboom' }]);
  });

  it('reports a rule that runs after another (ifRule) once, and keeps a long message to 200 characters', () => {
    const text = 'Please call our 800 number about your order.';
    const set = ruleSet([phrase('call', ['800']), phrase('boom', ['order'], { when: { ifRule: ['call'] } })]);
    const result = withThrowingRule('boom', new RangeError('x'.repeat(500)), () => check(text, [set]));
    expect(brief(result.findings)).toEqual([['call', ...at(text, '800')]]);
    expect(result.failures).toEqual([{ ruleSet: 'test', rule: 'boom', stage: 'check', message: 'x'.repeat(200) }]);
  });

  it('reports a throw of something that is not an Error by what it is', () => {
    const set = ruleSet([phrase('boom', ['order'])]);
    const result = withThrowingRule('boom', 'plain string', () => check('Your order', [set]));
    expect(result.failures).toEqual([{ ruleSet: 'test', rule: 'boom', stage: 'check', message: 'plain string' }]);
    expect(result.findings).toEqual([]);
  });

  it('gives no "failures" key when every rule ran', () => {
    const ctx: ContextInput = {
      customerName: 'Jacob Smith',
      customerMessage: 'Still waiting for my refund!!',
      signOff: '^JS',
    };
    for (const t of TRICKY) expect(check(t, BUILTIN_PACKS, ctx)).not.toHaveProperty('failures');
    expect(Object.keys(check('Please call our 800 number', [ruleSet([phrase('n', ['800'])])]))).toEqual([
      'findings',
      'score',
    ]);
  });
});
