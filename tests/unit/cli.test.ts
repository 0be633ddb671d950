// The `tone-coach` command line, run for real: every test spawns rules/cli/bin.js with Node, as `npx tone-coach` does,
// and looks only at what a user sees: stdout, stderr, the exit status and the files written.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spec as auditSpec } from '../../rules/cli/audit.ts';
import { spec as checkSpec } from '../../rules/cli/check.ts';
import { schemaText, spec as schemaSpec } from '../../rules/cli/schema.ts';
import { spec as testSpec } from '../../rules/cli/test.ts';
import { BUILTIN_PACKS } from '../../rules/packs/index.ts';
import { ruleSetJsonSchema } from '../../rules/schema.ts';
import { DEMO, dir, file, HANG, json, noCrash, OTHER, ROOT, tc, useScratchDir, type Run } from './cli-harness.ts';

useScratchDir();

describe('tone-coach check', () => {
  it('flags "Please call our 800 number" with the built-in sets: a canned error, exit 1', () => {
    const r = tc(['check', 'Please call our 800 number', '--format', 'json']);
    expect(r.code).toBe(1);
    const canned = json(r).findings.filter((f: any) => f.category === 'canned' && f.severity === 'error');
    expect(canned.length).toBeGreaterThan(0);
    expect('Please call our 800 number'.slice(canned[0].start, canned[0].end)).toBe(canned[0].text);
  });

  it('prints the score, each finding with its place, rule, message and fix, and exits 1 on an error', () => {
    const r = tc(['check', '--pack', 'demo.json', 'Please call our 800 number. You simply restart it.']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^Score \d+\/100 · 1 error, 1 suggestion\n/);
    expect(r.stdout).toContain('error      1:8     "call our 800 number"   canned · demo/phone');
    expect(r.stdout).toContain('Do not send a public complaint to a phone line.');
    expect(r.stdout).toContain('→ Replace with "send us a DM"');
    expect(r.stdout).toContain('suggestion 1:33    "simply"   tone · demo/simply');
    expect(r.stdout).toContain('"simply" can sound condescending.');
    expect(r.stdout).not.toMatch(/\x1b\[/); // no colour codes into a pipe
  });

  it('says when a reply is not in English: its tone was not read, whatever the score', () => {
    const german = 'Hallo! Das sollte nicht passieren. Schreib uns bitte eine Nachricht mit deiner Bestellnummer.';
    expect(tc(['check', german]).stdout).toMatch(/^Score \d+\/100 · .* · not in English: tone not read\n/);
    expect(json(tc(['check', german, '--format', 'json'])).notEnglish).toBe(true);
    expect(
      json(tc(['check', 'Thanks for waiting, we have refunded the order.', '-f', 'json'])).notEnglish,
    ).toBeUndefined();
  });

  it('exits 0 with a perfect score when nothing is found', () => {
    const r = tc(['check', '--pack', 'demo.json', 'Thanks for waiting, we have refunded the order.']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('Score 100/100 · no findings\n');
  });

  it('--format json prints the findings in the contract shape with UTF-16 offsets', () => {
    const text = 'Ça va 🙂? Please call our 800 number';
    const r = tc(['check', '-p', 'demo.json', '-f', 'json', text]);
    expect(r.code).toBe(1);
    const out = json(r);
    expect(Object.keys(out)).toEqual(['score', 'byCategory', 'findings']);
    expect(out.score).toBe(55);
    expect(out.byCategory.canned).toBe(55);
    expect(out.findings).toHaveLength(1);
    const f = out.findings[0];
    expect(Object.keys(f)).toEqual([
      'rule',
      'ruleSet',
      'category',
      'severity',
      'start',
      'end',
      'text',
      'message',
      'suggestions',
    ]);
    expect(f).toMatchObject({
      rule: 'phone',
      ruleSet: 'demo',
      category: 'canned',
      severity: 'error',
      text: 'call our 800 number',
    });
    expect(text.slice(f.start, f.end)).toBe('call our 800 number');
    expect(f.suggestions[0]).toMatchObject({ replacement: 'send us a DM', start: f.start, end: f.end });
  });

  it('reads the reply from stdin when there is no TEXT, or it is "-"', () => {
    for (const args of [
      ['check', '-p', 'demo.json'],
      ['check', '-p', 'demo.json', '-'],
    ]) {
      const r = tc([...args, '-f', 'json'], { input: 'Line one.\nPlease call our 800 number\n' });
      expect(r.code).toBe(1);
      expect(json(r).findings[0]).toMatchObject({ start: 17, end: 36 });
    }
  });

  it('defaults to a public reply on social media; --channel email is private unless --public says otherwise', () => {
    const text = 'Please call our 800 number';
    expect(tc(['check', '-p', 'demo.json', text]).code).toBe(1);
    expect(tc(['check', '-p', 'demo.json', '--channel', 'email', text]).code).toBe(0);
    expect(tc(['check', '-p', 'demo.json', '--channel', 'email', '--public', text]).code).toBe(1);
    expect(tc(['check', '-p', 'demo.json', '--private', text]).code).toBe(0);
  });

  it("--customer-message sets the customer's mood, --mood states it", () => {
    const rules = (r: Run): string[] => json(r).findings.map((f: any) => f.rule);
    const text = 'Awesome, we will look into it.';
    expect(rules(tc(['check', '-p', 'demo.json', '-f', 'json', text]))).toEqual([]);
    expect(
      rules(
        tc([
          'check',
          '-p',
          'demo.json',
          '-f',
          'json',
          '--customer-message',
          'This is ridiculous, I am still waiting for my refund',
          text,
        ]),
      ),
    ).toEqual(['cheer']);
    expect(rules(tc(['check', '-p', 'demo.json', '-f', 'json', '--mood', 'angry', text]))).toEqual(['cheer']);
  });

  it('--disable switches a rule off; several --pack options add up', () => {
    const text = 'Kindly call our 800 number';
    const both = json(tc(['check', '-p', 'demo.json', '-p', 'other.json', '-f', 'json', text]));
    expect(both.findings.map((f: any) => `${f.ruleSet}/${f.rule}`)).toEqual(['other/kindly', 'demo/phone']);
    const r = tc(['check', '-p', 'demo.json', '-p', 'other.json', '--disable', 'demo/phone', '-f', 'json', text]);
    expect(r.code).toBe(0);
    expect(json(r).findings.map((f: any) => f.rule)).toEqual(['kindly']);
  });

  it('takes a built-in set by id', () => {
    const r = tc(['check', '--pack', BUILTIN_PACKS[0]!.id, '-f', 'json', 'Thanks!']);
    noCrash(r);
    expect(Array.isArray(json(r).findings)).toBe(true);
  });

  it('gives empty text, emoji-only text and non-English replies a sensible result with exact offsets', () => {
    const replies = [
      '',
      '   \n ',
      '🙂🙂🙂🙂🙂🙂 👍🏽👍🏽 🇫🇷',
      'Lo sentimos mucho, María. ¿Puede enviarnos un mensaje directo con su número de pedido?',
      'ご迷惑をおかけして申し訳ございません。詳細をDMでお知らせください。',
      'نأسف لذلك، يرجى مراسلتنا',
      'Entschuldigung für die Verspätung, wir kümmern uns darum. Grüße, Jörg',
    ];
    for (const text of replies) {
      const r = tc(['check', '-f', 'json'], { input: text });
      noCrash(r);
      expect(r.code).not.toBe(2);
      const out = json(r);
      expect(out.score).toBeGreaterThanOrEqual(0);
      for (const f of out.findings) {
        expect(text.slice(f.start, f.end)).toBe(f.text);
        // never half of a surrogate pair
        expect(/[\uDC00-\uDFFF]/.test(text[f.start] ?? '') && f.start > 0).toBe(false);
        expect(/[\uD800-\uDBFF]/.test(text[f.end - 1] ?? '')).toBe(false);
      }
      if (text.trim() === '') expect(out).toMatchObject({ score: 100, findings: [] });
    }
  });

  it('checks a 5 MB text from stdin without hanging or crashing', { timeout: HANG * 2 }, () => {
    const text = 'We are sorry for the wait. Please call our 800 number!!! '.repeat(90_000);
    expect(text.length).toBeGreaterThan(5_000_000);
    const r = tc(['check', '-p', 'demo.json', '-f', 'json'], { input: text });
    noCrash(r);
    expect(r.code).toBe(1);
    const out = json(r);
    // One finding per rule, with every occurrence counted (rules/merge.ts).
    expect(out.findings.length).toBe(1);
    expect(out.findings[0].count).toBe(90_000);
    expect(out.findings[0].spans.every((s: any) => text.slice(s.start, s.end) === out.findings[0].text)).toBe(true);
  });

  it('refuses bad usage with exit 2 and a message that says what to type', () => {
    const cases: [string[], RegExp][] = [
      [['check', '--chanel', 'x', 'hi'], /unknown option --chanel for "check"; did you mean --channel\?/],
      [
        ['check', '--channel', 'tiktok', 'hi'],
        /--channel must be one of x, facebook, instagram, messenger, email, chat, ticket, other; got "tiktok"/,
      ],
      [['check', '--format', 'xml', 'hi'], /--format must be one of text, json; got "xml"/],
      [['check', 'Please', 'call', 'us'], /put the reply in quotes/],
      [['check', '--public', '--private', 'hi'], /--public and --private contradict each other/],
      [['check', '--pack'], /--pack needs a value: --pack ID\|FILE/],
      [['check', '--pack', '--channel', 'x', 'hi'], /--pack needs a value/],
      [
        ['check', '--pack', 'no-such-set', 'hi'],
        /"no-such-set" is neither a built-in rule set \(social-care, email-helpdesk, plain-language\) nor a file/,
      ],
      [['check', '--pack', 'missing.json', 'hi'], /no file "missing.json"/],
      [['check', '--pack', '.', 'hi'], /is a folder/],
      [['chek', 'hi'], /unknown command "chek"; did you mean "check"\?/],
      [['check', '--public=yes', 'hi'], /--public takes no value/],
    ];
    for (const [args, message] of cases) {
      const r = tc(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toMatch(/^tone-coach: /);
      expect(r.stdout).toBe('');
      noCrash(r);
    }
  });

  it('refuses a bad rule set with exit 2, listing every problem by its place, never a stack trace', () => {
    const cases: [string, string, RegExp[]][] = [
      [
        'trailing-comma.json',
        '{\n  "id": "x",\n  "name": "X",\n  "version": 1,\n  "rules": [],\n}',
        [/not valid JSON at line 6, column 1/],
      ],
      ['unclosed.json', '{ "id": "x", "rules": [', [/not valid JSON: the text ends too early/]],
      ['empty.json', '', [/not a valid rule set/]],
      [
        'shapes.json',
        JSON.stringify({
          id: 'Bad Id',
          name: 'X',
          version: 1,
          rules: [
            { id: 'a', kind: 'phrase', category: 'rudeness', severity: 'fatal', message: 'm', phrases: ['x'] },
            { id: 'b', kind: 'telepathy', category: 'tone', severity: 'error', message: 'm' },
          ],
        }),
        [
          /id: expected lower-case letters/,
          /rules\[0\]\.category: expected one of canned/,
          /rules\[0\]\.severity: expected one of error, warning, suggestion/,
          /rules\[1\]\.kind|rules\[1\]: unknown kind "telepathy"/,
        ],
      ],
      [
        'duplicates.json',
        JSON.stringify({ id: 'x', name: 'X', version: 1, rules: [OTHER.rules[0], OTHER.rules[0]] }),
        [/rules\[1\]\.id: "kindly" is already used by rules\[0\]/],
      ],
      [
        'redos.json',
        JSON.stringify({
          id: 'x',
          name: 'X',
          version: 1,
          rules: [{ id: 'r', kind: 'regex', category: 'tone', severity: 'warning', message: 'm', regex: '(a+)+$' }],
        }),
        [/rules\[0\]\.regex: .*backtrack/],
      ],
    ];
    for (const [name, content, messages] of cases) {
      const r = tc(['check', '--pack', file(name, content), 'hi']);
      expect(r.code, name).toBe(2);
      expect(r.stderr).toContain(`${name} is not a valid rule set`);
      for (const m of messages) expect(r.stderr, name).toMatch(m);
      expect(r.stdout).toBe('');
      noCrash(r);
    }
  });

  it('reads a rule-set file saved with a byte-order mark', () => {
    const r = tc(['check', '--pack', file('bom.json', `\uFEFF${JSON.stringify(OTHER)}`), 'Kindly wait']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('other/kindly');
  });
});

describe('tone-coach --help and --version', () => {
  it('explains every command and every option', () => {
    const main = tc(['--help']);
    expect(main.code).toBe(0);
    for (const command of ['check', 'audit', 'test', 'schema']) {
      expect(main.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
      for (const args of [
        [command, '--help'],
        [command, '-h'],
        ['help', command],
      ]) {
        const r = tc(args);
        expect(r.code).toBe(0);
        expect(r.stdout).toMatch(new RegExp(`^Usage: tone-coach ${command} `));
        expect(r.stdout).toContain('Options:');
      }
    }
    const audit = tc(['audit', '--help']).stdout;
    for (const option of [
      '--pack',
      '--field',
      '--id-field',
      '--message-field',
      '--channel',
      '--format',
      '--summary',
      '--output',
    ])
      expect(audit).toContain(option);
  });

  it('docs/cli.md documents every command and every option', () => {
    // From the "Command line" heading to the next top-level heading (the end of the file today); a line starting
    // with "# " inside a fenced code block (a shell comment) is not a heading.
    const lines = readFileSync(join(ROOT, 'docs/cli.md'), 'utf8').split('\n');
    let fenced = false;
    const isH1 = lines.map((l) => {
      if (/^```/.test(l)) fenced = !fenced;
      return !fenced && /^# /.test(l);
    });
    const start = lines.indexOf('# Command line');
    expect(start, 'docs/cli.md has no "# Command line" heading').toBeGreaterThanOrEqual(0);
    const end = isH1.findIndex((h, i) => h && i > start);
    const section = lines.slice(start, end < 0 ? undefined : end).join('\n');
    expect(section.length).toBeGreaterThan(1000);
    for (const spec of [checkSpec, auditSpec, testSpec, schemaSpec]) {
      expect(section).toContain(`tone-coach ${spec.name}`);
      for (const o of spec.options) expect(section, `${spec.name} --${o.name}`).toContain(`--${o.name}`);
    }
  });

  it('without a command prints the overview on stderr and exits 2', () => {
    const r = tc([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Usage: tone-coach <command>');
  });

  it('prints the version of the package', () => {
    const r = tc(['--version']);
    expect(r.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  });
});

describe('tone-coach test', () => {
  it('runs every example of a rule set like a test suite and exits 0 when all pass', () => {
    const r = tc(['test', 'demo.json']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('demo · 3 rules, 12 examples');
    expect(r.stdout).toMatch(/✓ phone {2}4 examples/);
    expect(r.stdout).toContain('12 examples, all passed');
  });

  it('reports a failing example with the rule, the example and what went wrong, and exits 1', () => {
    const failing = structuredClone(DEMO);
    failing.rules[0]!.examples.bad[0] = { text: 'Please [[call our]] 800 number.', fix: 'x' };
    failing.rules[2]!.examples.good.push('Simply the best.');
    const r = tc(['test', file('failing.json', JSON.stringify(failing))]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('✗ phone  1 of 4 examples failed');
    expect(r.stdout).toContain('"Please [[call our]] 800 number."');
    expect(r.stdout).toContain('expected the finding at 7-15 ("call our"), got "call our 800 number" at 7-26');
    expect(r.stdout).toContain('✗ simply  1 of 5 examples failed');
    expect(r.stdout).toContain('expected no finding, got "Simply" at 0-6');
    expect(r.stdout).toContain('13 examples, 2 failed');
    const out = json(tc(['test', join(dir, 'failing.json'), '--format', 'json']));
    expect(out).toMatchObject({ examples: 13, failed: 2 });
    expect(out.sets[0].failures[0]).toMatchObject({ rule: 'phone', example: 'Please [[call our]] 800 number.' });
  });

  it('validates the set first: an invalid one exits 2 with its problems', () => {
    const r = tc([
      'test',
      file(
        'unmarked.json',
        JSON.stringify({
          ...OTHER,
          rules: [{ ...OTHER.rules[0], examples: { bad: [{ text: 'no marks here' }], good: [] } }],
        }),
      ),
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('rules[0].examples.bad[0].text: mark the flagged span with [[ and ]]');
  });

  it('runs the built-in sets by id, and its exit status says whether they all pass', () => {
    const ids = BUILTIN_PACKS.map((p) => p.id);
    const r = tc(['test', ...ids, '--format', 'json']);
    noCrash(r);
    const out = json(r);
    expect(out.sets.map((s: any) => s.id)).toEqual(ids);
    expect(r.code).toBe(out.failed > 0 ? 1 : 0);
  });
});

describe('tone-coach schema', () => {
  it('prints the JSON Schema of a rule-set file', () => {
    const r = tc(['schema']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(ruleSetJsonSchema());
  });

  it('public/rule-set.schema.json is up to date (run `npm run schema` after changing rules/schema.ts or a kind)', () => {
    expect(readFileSync(join(ROOT, 'public/rule-set.schema.json'), 'utf8')).toBe(schemaText());
  });

  it('every built-in pack points its $schema at the shipped schema file', () => {
    const packs = join(ROOT, 'rules/packs');
    for (const name of readdirSync(packs).filter((n) => n.endsWith('.json'))) {
      const $schema = JSON.parse(readFileSync(join(packs, name), 'utf8')).$schema as string;
      expect(resolve(packs, $schema), name).toBe(join(ROOT, 'public/rule-set.schema.json'));
    }
  });
});
