// Bad input (issue 2, section 8) through the two doors every caller uses, parseRuleSet and check: a broken or hostile
// rule set is refused whole with plain-words problems, and any text gets a sensible result. Never a throw, a hang or a
// half-accepted set. The huge texts run in a child process with a generous time limit, so a hang fails the test
// instead of freezing the run (no timing is asserted: the limit is twenty times what they need).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { check } from '../../rules/engine.ts';
import { BUILTIN_PACKS } from '../../rules/packs/index.ts';
import type { RuleSet } from '../../rules/schema.ts';
import { LIMITS, parseRuleSet } from '../../rules/validate.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SHARED_REPLIES = resolve(ROOT, '../shared/data/twcs-brand-replies.jsonl');
const HANG = 60_000;

const rule = (extra: Record<string, unknown>): Record<string, unknown> => ({
  id: 'r',
  kind: 'phrase',
  category: 'canned',
  severity: 'error',
  message: 'Do not send the customer to a phone line.',
  phrases: ['call our 800 number'],
  ...extra,
});
const set = (rules: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: 'brand',
  name: 'Brand',
  version: 1,
  rules,
  ...extra,
});

function refused(input: unknown): string[] {
  const r = parseRuleSet(input);
  expect(r.ok).toBe(false);
  if (r.ok) return [];
  expect(r).not.toHaveProperty('ruleSet'); // all or nothing: no part of a bad set is accepted
  for (const p of r.problems) {
    expect(typeof p).toBe('string');
    expect(p).not.toMatch(/\n\s+at /); // no stack trace
  }
  return r.problems;
}

describe('malformed JSON', () => {
  it('is refused with the line and column where it goes wrong', () => {
    expect(refused('{\n  "id": "x",\n  "rules": [],\n}')).toEqual(['not valid JSON at line 4, column 1, near "}"']);
    expect(refused("{'id': 'x'}")[0]).toMatch(/^not valid JSON at line 1, column 2/);
    expect(refused('{"id": "x" // a comment\n}')[0]).toMatch(/^not valid JSON at line 1, column 12/);
    expect(refused('{"id": "x", "rules": [')[0]).toMatch(
      /^not valid JSON: the text ends too early .*a bracket or quote is not closed/,
    );
    expect(refused('')[0]).toMatch(/^not valid JSON: the text ends too early/);
    expect(refused('['.repeat(100_000))[0]).toMatch(/^not valid JSON/);
  });

  it('reads a file saved with a byte-order mark (Notepad, Excel) like any other', () => {
    const r = parseRuleSet(`\uFEFF${JSON.stringify(set([rule({})]))}`);
    expect(r.ok).toBe(true);
  });
});

describe('wrong shapes', () => {
  it('names every problem by its JSON path, in plain words', () => {
    expect(refused('null')).toEqual(['expected a rule set: an object with "id", "name", "version" and "rules"']);
    expect(refused([])).toEqual(['expected a rule set: an object with "id", "name", "version" and "rules"']);
    expect(refused(set(null as unknown as unknown[]))).toEqual(['rules: expected a list of rules']);
    const problems = refused(
      set(
        [
          rule({ category: 'rudeness' }),
          rule({ id: 'b', severity: 'fatal', phrases: 'call us' }),
          7,
          rule({ id: 'c', message: '' }),
        ],
        { id: 'Brand Voice', version: '1' },
      ),
    );
    expect(problems).toContain('id: expected lower-case letters, digits, ".", "_" or "-"');
    expect(problems).toContain('version: expected 1 (the rule-set format version)');
    expect(problems).toContainEqual(expect.stringMatching(/^rules\[0\]\.category: expected one of canned, empathy/));
    expect(problems).toContainEqual(
      expect.stringMatching(/^rules\[1\]\.severity: expected one of error, warning, suggestion/),
    );
    expect(problems).toContainEqual(expect.stringMatching(/^rules\[1\]\.phrases: /));
    expect(problems).toContainEqual(expect.stringMatching(/^rules\[2\]: expected a rule object with a "kind"/));
    expect(problems).toContainEqual(expect.stringMatching(/^rules\[3\]\.message: a rule needs a message/));
  });

  it('refuses a newer format with a clear next step, and unknown fields (even "__proto__") without polluting anything', () => {
    expect(refused(set([], { version: 2 }))).toEqual([
      'version: this rule set uses format 2; this Tone Coach reads format 1. Update Tone Coach',
    ]);
    expect(refused('{"id":"x","name":"X","version":1,"rules":[],"__proto__":{"polluted":true}}')).toEqual([
      'unknown field "__proto__"',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(refused(set([rule({ colour: 'red' })]))).toEqual(['rules[0]: unknown field "colour"']);
  });

  it('refuses the whole set when one rule among good ones is broken', () => {
    const rules = Array.from({ length: 20 }, (_, i) => rule({ id: `r${i}` }));
    rules[13] = rule({ id: 'r13', kind: 'limit' });
    expect(refused(set(rules)).every((p) => p.startsWith('rules[13]'))).toBe(true);
  });
});

describe('duplicate ids and unknown kinds', () => {
  it('names both rules that share an id', () => {
    expect(refused(set([rule({ id: 'a' }), rule({ id: 'b' }), rule({ id: 'a' })]))).toEqual([
      'rules[2].id: "a" is already used by rules[0]; rule ids must be unique in a set',
    ]);
  });

  it('lists the kinds that exist', () => {
    expect(refused(set([rule({ kind: 'telepathy' })]))).toEqual([
      'rules[0].kind: unknown kind "telepathy"; expected one of asks-again, casing, deflection, limit, pattern, personal-data, phrase, regex, repetition, require, substitution',
    ]);
  });
});

describe('catastrophic regular expressions', () => {
  const regexRule = (regex: string): Record<string, unknown> => {
    const { phrases: _, ...r } = rule({ kind: 'regex', regex });
    return r;
  };

  it('refuses nested and overlapping repetition before it can run', () => {
    for (const regex of ['(a+)+$', '(a|aa)+$', '(x+x+)+y', '(\\w+\\s?)+$', '(\\d+)*\\d+x']) {
      const problems = refused(set([regexRule(regex)]));
      expect(problems, regex).toHaveLength(1);
      expect(problems[0], regex).toMatch(/^rules\[0\]\.regex: the expression can backtrack catastrophically/);
    }
  });

  it('refuses invalid and match-everything expressions, and accepts a safe one', () => {
    expect(refused(set([regexRule('(')]))[0]).toMatch(/^rules\[0\]\.regex: not a valid regular expression/);
    expect(refused(set([regexRule('.*')]))[0]).toMatch(/matches an empty text, so it would flag every reply/);
    const ok = parseRuleSet(set([regexRule('\\b1-8\\d\\d-\\d{3}-\\d{4}\\b')]));
    expect(ok.ok).toBe(true);
    if (ok.ok)
      expect(check('Call 1-800-555-0100 now', [ok.ruleSet]).findings.map((f) => f.text)).toEqual(['1-800-555-0100']);
  });
});

describe('a rule set of 50,000 rules', () => {
  const many = (n: number): Record<string, unknown> =>
    set(Array.from({ length: n }, (_, i) => rule({ id: `r${i}`, phrases: [`zork${i} blorp`], severity: 'warning' })));

  it('is read and used, and one more than the limit is refused with the limit named', { timeout: HANG }, () => {
    expect(LIMITS.rules).toBe(50_000);
    const r = parseRuleSet(JSON.stringify(many(50_000)));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(check('We said zork49999 blorp.', [r.ruleSet]).findings.map((f) => f.rule)).toEqual(['r49999']);
    expect(check('Nothing to see.', [r.ruleSet]).findings).toEqual([]);
    expect(refused(many(50_001))).toEqual(['rules: 50001 rules; at most 50000 are allowed in one set']);
  });

  it('refuses a file over the size limit before parsing it', () => {
    expect(refused(' '.repeat(LIMITS.bytes + 1))).toEqual([
      `the file is ${LIMITS.bytes + 1} characters; at most ${LIMITS.bytes} are allowed`,
    ]);
  });
});

/** Findings whose text and suggestions are exactly where they claim, never splitting a character. */
function exact(text: string, findings: ReturnType<typeof check>['findings']): void {
  const inside = (i: number): boolean =>
    i > 0 && i < text.length && /[\uDC00-\uDFFF]/.test(text[i]!) && /[\uD800-\uDBFF]/.test(text[i - 1]!);
  for (const f of findings) {
    expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(inside(f.start) || inside(f.end)).toBe(false);
    for (const s of f.suggestions)
      expect(s.start <= s.end && s.end <= text.length && !inside(s.start) && !inside(s.end)).toBe(true);
  }
}

describe('texts nobody expects', () => {
  it('empty and blank replies have nothing to flag', () => {
    for (const text of ['', ' ', '\n\n\t '])
      expect(check(text, BUILTIN_PACKS)).toMatchObject({ findings: [], score: { total: 100 } });
  });

  it('a reply of only emoji gets exact offsets', () => {
    for (const text of ['🙂', '🙂🙂🙂🙂🙂🙂🙂🙂', '👍🏽👩‍👩‍👧‍👦🇫🇷❤️', '😡😡😡 😡😡😡']) {
      const r = check(text, BUILTIN_PACKS, { customerMessage: 'This is ridiculous!!!' });
      exact(text, r.findings);
      expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    }
  });

  it('a polite non-English reply gets no English-wording errors and exact offsets', () => {
    const replies = [
      'Lo sentimos mucho, María. ¿Puede enviarnos un mensaje directo con su número de pedido?',
      'Entschuldigung für die Verspätung, wir kümmern uns darum. Grüße, Jörg',
      'ご迷惑をおかけして申し訳ございません。詳細をDMでお知らせください。',
      'نأسف لذلك، يرجى مراسلتنا برسالة خاصة',
      'Приносим извинения. Напишите нам в личные сообщения, пожалуйста.',
    ];
    for (const text of replies) {
      const r = check(text, BUILTIN_PACKS, { customerMessage: 'Mi pedido no ha llegado' });
      exact(text, r.findings);
      expect(
        r.findings.filter((f) => f.severity === 'error'),
        text,
      ).toEqual([]);
    }
  });
});

/** check() in a child process: a hang is killed after HANG ms and fails the test instead of freezing the run. */
function checkInChild(
  makeText: string,
  packs: 'builtin' | RuleSet,
  makeContext = `{ customerMessage: 'Still waiting, this is ridiculous' }`,
): { findings: number; exact: boolean; score: number } {
  const url = (p: string): string => pathToFileURL(resolve(ROOT, p)).href;
  const script = `
    import { readFileSync } from 'node:fs';
    import { check } from ${JSON.stringify(url('rules/engine.ts'))};
    import { BUILTIN_PACKS } from ${JSON.stringify(url('rules/packs/index.ts'))};
    const text = ${makeText};
    const packs = ${packs === 'builtin' ? 'BUILTIN_PACKS' : JSON.stringify([packs])};
    const context = ${makeContext};
    const r = check(text, packs, context);
    const exact = r.findings.every((f) => text.slice(f.start, f.end) === f.text && f.suggestions.every((s) => s.start <= s.end && s.end <= text.length));
    process.stdout.write(JSON.stringify({ length: text.length + (context.customerMessage?.length ?? 0), findings: r.findings.length, exact, score: r.score.total }));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
    timeout: HANG,
    maxBuffer: 1e6,
  });
  if (r.error || r.status !== 0)
    throw new Error(r.error ? `check did not finish within ${HANG / 1000} s: a hang` : r.stderr);
  const out = JSON.parse(r.stdout) as { length: number; findings: number; exact: boolean; score: number };
  expect(out.length).toBeGreaterThanOrEqual(5_000_000);
  return out;
}

describe('a 5 MB text', () => {
  const phoneSet = parseRuleSet(set([rule({ suggestions: ['send us a DM'] })]));

  it('full of findings with suggestions gives every one of them', { timeout: HANG * 2 }, () => {
    if (!phoneSet.ok) throw new Error('fixture');
    const r = checkInChild(`'We are sorry. Please call our 800 number! '.repeat(120_000)`, phoneSet.ruleSet);
    // One rule firing 120,000 times is one problem (rules/score.ts): an error's cost, twice over at most.
    expect(r).toMatchObject({ findings: 120_000, exact: true, score: 100 - 2 * 45 });
  });

  it(
    'of one endless word, of emoji, of blank lines, of shouting and of spaces gets a result with every built-in set',
    { timeout: HANG * 5 },
    () => {
      for (const text of [
        `'a'.repeat(5_000_000)`,
        `'🙂'.repeat(2_500_000)`,
        `'\\n'.repeat(5_000_000)`,
        `'WHY IS THIS STILL BROKEN '.repeat(210_000)`,
        // A run of spaces before the end: trimming it with /\s+$/ rescanned the run from each space (minutes, on X).
        `'Hello there' + ' '.repeat(5_000_000) + '.'`,
        // The same before a pointer's stock reason: the trailing sorry after it was looked for from each space.
        `'DM us so our team can help right away' + ' '.repeat(5_000_000) + '.'`,
        // Runs of sentence ends, '>' and '. . .' not at the end: each was tried from every character (quadratic).
        `'Hello there ' + '.'.repeat(5_000_000) + 'x'`,
        `'Hello there ' + '>'.repeat(5_000_000) + 'x'`,
        `'Hello there' + ' .'.repeat(2_500_000) + 'x'`,
        // A run of a name's particles: the language check looked for the name around each of them (9 s for 80,000
        // characters).
        `'Hello there ' + 'de '.repeat(1_700_000)`,
      ]) {
        expect(checkInChild(text, 'builtin').exact, text).toBe(true);
      }
    },
  );

  it(
    "as one run-on sentence, on X or in an e-mail, or as the customer's message gets a result with every built-in set",
    { timeout: HANG * 6 },
    () => {
      const email = `{ channel: 'email', audience: 'private', customerName: 'Jacob Smith' }`;
      const asked = (message: string): string => `{ customerMessage: ${message} }`;
      for (const [text, context] of [
        // The phone check parsed a window around every "call" (41 s); the parser's tagging of one sentence and its
        // search for a name in it grow with the square of its words.
        [`'Hello there ' + 'Please call us '.repeat(334_000)`, undefined],
        [`'it was refunded by our team '.repeat(180_000)`, undefined],
        [`'Hello there ' + 'Hi '.repeat(1_700_000) + '\\n'`, email],
        // The customer's message: vader's test for capitals is cubic in a word's length; "!!!..." and "“““..." were
        // each rescanned from every mark.
        [`'Thanks for waiting.'`, asked(`'I am waiting ' + 'A'.repeat(5_000_000) + 'x'`)],
        [`'Thanks for waiting.'`, asked(`'I am waiting ' + '!'.repeat(5_000_000) + 'x'`)],
        [`'Thanks for waiting.'`, asked(`'I am waiting ' + '“'.repeat(5_000_000) + 'x'`)],
        // A happy customer: whether the reply reads warm was looked for from every character of a long sentence.
        [`'We have updated your booking '.repeat(180_000)`, asked(`'Thank you so much, your team is amazing!'`)],
      ] as const) {
        expect(checkInChild(text, 'builtin', context).exact, `${text} ${context ?? ''}`).toBe(true);
      }
    },
  );

  it.skipIf(!existsSync(SHARED_REPLIES))(
    'of real replies (a pasted export) gets a result with every built-in set (skipped without ../shared/data)',
    { timeout: HANG * 2 },
    () => {
      const r = checkInChild(
        `(() => { const all = readFileSync(${JSON.stringify(SHARED_REPLIES)}, 'utf8').split('\\n').filter(Boolean).map((l) => JSON.parse(l).text).join('\\n'); let t = all; while (t.length < 5_000_000) t += '\\n' + all; return t; })()`,
        'builtin',
      );
      expect(r.exact).toBe(true);
      expect(r.findings).toBeGreaterThan(0);
    },
  );
});
