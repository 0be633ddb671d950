// The `tone-coach` command line, run for real: every test spawns rules/cli/bin.js with Node, as `npx tone-coach` does,
// and looks only at what a user sees: stdout, stderr, the exit status and the files written.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spec as auditSpec } from '../../rules/cli/audit.ts';
import { spec as checkSpec } from '../../rules/cli/check.ts';
import { schemaText, spec as schemaSpec } from '../../rules/cli/schema.ts';
import { spec as testSpec } from '../../rules/cli/test.ts';
import { BUILTIN_PACKS } from '../../rules/packs/index.ts';
import { ruleSetJsonSchema } from '../../rules/schema.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'rules/cli/bin.js');
const SHARED_REPLIES = resolve(ROOT, '../shared/data/twcs-brand-replies.jsonl');
const HANG = 120_000; // generous: only a hang should reach it

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `tone-coach ...args` with stdin `input` (a pipe), stdout and stderr pipes, no colour variables. */
function tc(
  args: readonly string[],
  options: { input?: string; cwd?: string; env?: Record<string, string> } = {},
): Run {
  const env: Record<string, string | undefined> = { ...process.env, ...options.env };
  delete env.FORCE_COLOR;
  if (!options.env?.NO_COLOR) delete env.NO_COLOR;
  const r = spawnSync(process.execPath, [BIN, ...args], {
    input: options.input ?? '',
    cwd: options.cwd ?? dir,
    env,
    encoding: 'utf8',
    timeout: HANG,
    maxBuffer: 256 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const json = (r: Run): any => JSON.parse(r.stdout);
/** A message for people, not a crash: no stack frames, no internal-error text. */
const noCrash = (r: Run): void => {
  expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(r.stderr).not.toContain('internal error');
  expect(r.code === 0 || r.code === 1 || r.code === 2).toBe(true);
};

let dir = '';
const file = (name: string, content: string): string => {
  writeFileSync(join(dir, name), content);
  return join(dir, name);
};

const DEMO = {
  id: 'demo',
  name: 'Demo voice',
  version: 1,
  rules: [
    {
      id: 'phone',
      kind: 'phrase',
      category: 'canned',
      severity: 'error',
      message: 'Do not send a public complaint to a phone line.',
      phrases: ['call our (800|toll-free) number'],
      suggestions: ['send us a DM'],
      when: { audience: 'public' },
      examples: {
        bad: [
          { text: 'Please [[call our 800 number]].', fix: 'Please send us a DM.' },
          { text: 'You can [[call our toll-free number]] today', fix: 'You can send us a DM today' },
        ],
        good: ['They call us the best airline for a reason', 'Answering the call!'],
      },
    },
    {
      id: 'cheer',
      kind: 'phrase',
      category: 'tone',
      severity: 'warning',
      message: 'Forced cheer at an upset customer.',
      phrases: ['awesome'],
      when: { mood: ['upset', 'angry'] },
      examples: {
        bad: [{ text: 'That is [[awesome]].' }, { text: '[[Awesome]], we will look.' }],
        good: ['That is great.', 'We will look.'],
      },
    },
    {
      id: 'simply',
      kind: 'phrase',
      category: 'tone',
      severity: 'suggestion',
      message: '"{match}" can sound condescending.',
      phrases: ['simply'],
      examples: {
        bad: [{ text: 'You [[simply]] restart it.' }, { text: 'It is [[simply]] done.' }],
        good: ['Restart it.', 'It is simple.'],
      },
    },
  ],
};

const OTHER = {
  id: 'other',
  name: 'Other',
  version: 1,
  rules: [
    {
      id: 'kindly',
      kind: 'phrase',
      category: 'clarity',
      severity: 'suggestion',
      message: 'Say "please".',
      phrases: ['kindly'],
      suggestions: ['please'],
    },
  ],
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tone-coach-cli-'));
  file('demo.json', JSON.stringify(DEMO, null, 2));
  file('other.json', JSON.stringify(OTHER));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

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

describe('tone-coach audit', () => {
  const JSONL = [
    { id: 'a1', text: 'Please call our 800 number', inbound: 'This is ridiculous, still waiting' },
    { text: 'Thanks, all sorted now!' },
    { id: 7, text: 'You simply restart it. Awesome!', inbound: 'My router is broken again, so annoyed' },
  ];
  const jsonl = (): string => file('replies.jsonl', `${JSONL.map((r) => JSON.stringify(r)).join('\n')}\n`);

  it("--format jsonl prints one {id, score, findings} per record, in order; the id is the record's, else its number", () => {
    const r = tc(['audit', jsonl(), '-p', 'demo.json', '--format', 'jsonl']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const lines = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a1', 2, 7]);
    expect(lines.map((l) => Object.keys(l))).toEqual([
      ['id', 'score', 'findings'],
      ['id', 'score', 'findings'],
      ['id', 'score', 'findings'],
    ]);
    expect(lines[0].findings.map((f: any) => f.rule)).toEqual(['phone']);
    expect(lines[1]).toEqual({ id: 2, score: 100, findings: [] });
    expect(lines[2].findings.map((f: any) => f.rule)).toEqual(['simply']);
  });

  it('--message-field gives each reply its customer message (and so the mood)', () => {
    const r = tc(['audit', jsonl(), '-p', 'demo.json', '-f', 'jsonl', '--message-field', 'inbound']);
    const lines = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines[2].findings.map((f: any) => f.rule)).toEqual(['simply', 'cheer']);
  });

  it('text output lists the flagged replies and ends with a per-rule summary', () => {
    const r = tc(['audit', jsonl(), '-p', 'demo.json', '--message-field', 'inbound']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^a1 · score 55 · Please call our 800 number\n {2}error/);
    expect(r.stdout).not.toContain('Thanks, all sorted now!'); // quiet about good replies
    expect(r.stdout).toContain('Summary: 3 replies · 2 flagged (66.7%) · 1 with an error (33.3%) · mean score');
    const table = r.stdout.slice(r.stdout.indexOf('Summary'));
    expect(table).toMatch(/^ {2}rule +category +severity +replies +share +findings$/m);
    expect(table).toMatch(/^ {2}demo\/phone +canned +error +1 +33\.3% +1$/m);
    expect(table).toMatch(/^ {2}demo\/simply +tone +suggestion +1 +33\.3% +1$/m);
    expect(table).toMatch(/^ {2}demo\/cheer +tone +warning +1 +33\.3% +1$/m);
  });

  it('--format json is one document with every result and the summary; --summary keeps only the summary', () => {
    const out = json(tc(['audit', jsonl(), '-p', 'demo.json', '-f', 'json']));
    expect(out.results.map((r: any) => r.id)).toEqual(['a1', 2, 7]);
    expect(out.summary).toMatchObject({ replies: 3, flagged: 2, withErrors: 1 });
    expect(out.summary.rules).toContainEqual({
      ruleSet: 'demo',
      rule: 'phone',
      category: 'canned',
      severity: 'error',
      replies: 1,
      findings: 1,
    });
    const summary = json(tc(['audit', jsonl(), '-p', 'demo.json', '-f', 'json', '--summary']));
    expect(Object.keys(summary)).toEqual(['summary']);
    const text = tc(['audit', jsonl(), '-p', 'demo.json', '--summary']).stdout;
    expect(text).toMatch(/^Summary: 3 replies/);
  });

  it('exits 0 when no reply has an error-severity finding', () => {
    const r = tc([
      'audit',
      file('fine.jsonl', '{"text":"You simply restart it."}\n'),
      '-p',
      'demo.json',
      '-f',
      'jsonl',
    ]);
    expect(r.code).toBe(0);
  });

  it('reads CSV with a header: quoted commas, line breaks and quotes, CRLF, a byte-order mark, ; or tab', () => {
    const rows = [
      ['id', 'agent', 'body'],
      ['r1', 'Ann', '"Hi, sorry about that.\nPlease call our 800 number"'],
      ['r2', 'Bo', '"She said ""simply"" works"'],
      ['r3', 'Cy', 'All good'],
    ];
    const expected = ['r1', 'r2', 'r3'];
    for (const [name, sep, eol, bom] of [
      ['comma.csv', ',', '\n', ''],
      ['crlf.csv', ',', '\r\n', '\uFEFF'],
      ['semi.csv', ';', '\n', ''],
      ['tab.tsv', '\t', '\r\n', ''],
    ] as const) {
      const path = file(name, bom + rows.map((r) => r.join(sep)).join(eol) + eol);
      const r = tc(['audit', path, '-p', 'demo.json', '--field', 'body', '-f', 'jsonl']);
      expect(r.stderr, name).toBe('');
      const lines = r.stdout
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l));
      expect(
        lines.map((l) => l.id),
        name,
      ).toEqual(expected);
      expect(lines[0].findings[0], name).toMatchObject({ rule: 'phone', text: 'call our 800 number', start: 29 });
      expect(lines[1].findings[0], name).toMatchObject({ rule: 'simply', text: 'simply' });
      expect(lines[2].findings, name).toEqual([]);
    }
  });

  it('reads stdin with "-", telling CSV from JSONL by the first character or --input-format', () => {
    const viaJsonl = tc(['audit', '-', '-p', 'demo.json', '-f', 'jsonl'], {
      input: '{"id":"x","text":"Please call our 800 number"}\n',
    });
    expect(JSON.parse(viaJsonl.stdout).id).toBe('x');
    const viaCsv = tc(['audit', '-', '-p', 'demo.json', '-f', 'jsonl'], {
      input: 'id,text\ny,Please call our 800 number\n',
    });
    expect(JSON.parse(viaCsv.stdout).id).toBe('y');
    const forced = tc(['audit', '-', '--input-format', 'csv', '-p', 'demo.json', '-f', 'jsonl'], {
      input: 'text\n{not json}\n',
    });
    expect(JSON.parse(forced.stdout)).toEqual({ id: 1, score: 100, findings: [] });
  });

  it('a CSV without the text column stops before any output, naming the columns it has', () => {
    const path = file('nocol.csv', 'id,message\n1,Please call our 800 number\n');
    const r = tc(['audit', path, '-p', 'demo.json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(
      'has no column "text"; its columns are "id", "message". Name the text column with --field NAME',
    );
    expect(tc(['audit', path, '-p', 'demo.json', '--field', 'message', '--message-field', 'inbound']).stderr).toContain(
      'has no column "inbound"',
    );
  });

  it('a JSONL file whose first record lacks the field stops before any output', () => {
    const r = tc(['audit', file('nofield.jsonl', '{"id":1,"body":"x"}\n{"id":2,"body":"y"}\n'), '-p', 'demo.json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(
      'record 1 (line 1) has no field "text"; its fields are "id", "body". Name the text field with --field NAME',
    );
  });

  it('broken CSV quoting stops the audit with the record and line where the quote opens; --output leaves no file', () => {
    const path = file('broken.csv', 'id,text\n1,fine\n2,"Please call\n3,our 800 number\n4,ok\n');
    const r = tc(['audit', path, '-p', 'demo.json', '-f', 'jsonl']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('record 2 (line 3) opens a quoted value that is never closed (a " is missing)');
    noCrash(r);
    const out = join(dir, 'broken-out.jsonl');
    expect(tc(['audit', path, '-p', 'demo.json', '-f', 'jsonl', '-o', out]).code).toBe(2);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((n) => n.includes('.tmp'))).toEqual([]);
  });

  it('skips a record with too many values or invalid JSON, says which, and exits 2 after the rest', () => {
    const csv = tc([
      'audit',
      file('extra.csv', 'id,text\n1,Please call our 800 number\n2,Hello, world\n3,ok\n'),
      '-p',
      'demo.json',
      '-f',
      'jsonl',
    ]);
    expect(csv.code).toBe(2);
    expect(
      csv.stdout
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l).id),
    ).toEqual(['1', '3']);
    expect(csv.stderr).toContain(
      'record 2 (line 3) skipped: 3 values but the header has 2 columns; a value that contains the delimiter must be in double quotes',
    );
    expect(csv.stderr).toContain('1 of 3 records could not be read and were skipped');
    // the line is where the record starts, after values that span lines and blank lines
    const spanning = tc([
      'audit',
      file('spanning.csv', 'id,text\r\n1,"a\r\nb\r\nc"\r\n\r\n\r\n2,x,y\r\n3,ok\r\n'),
      '-p',
      'demo.json',
      '-f',
      'jsonl',
    ]);
    expect(spanning.stderr).toContain('record 2 (line 7) skipped');
    const lines =
      '{"id":1,"text":"a"}\n\n{"id":2,"text":"b"\n{"id":3,"text":null}\n[1]\n{"id":5,"text":"Please call our 800 number"}\n';
    const jl = tc(['audit', file('bad.jsonl', lines), '-p', 'demo.json', '-f', 'jsonl']);
    expect(jl.code).toBe(2);
    expect(
      jl.stdout
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l).id),
    ).toEqual([1, 5]);
    expect(jl.stderr).toMatch(/record 2 \(line 3\) skipped: not valid JSON/);
    expect(jl.stderr).toContain('record 3 (line 4) skipped: no text in "text" (found null)');
    expect(jl.stderr).toContain('record 4 (line 5) skipped: expected a JSON object');
    expect(jl.stderr).toContain('3 of 5 records could not be read and were skipped');
  });

  it('explains a JSON array, an empty file, a missing file and a folder', () => {
    expect(tc(['audit', file('array.json', '[{"text":"a"}]'), '-p', 'demo.json']).stderr).toContain(
      "is a JSON array; audit reads JSONL, one JSON object per line. Convert it with: jq -c '.[]'",
    );
    const empty = tc(['audit', file('empty.csv', ''), '-p', 'demo.json']);
    expect(empty.code).toBe(0);
    expect(empty.stderr).toContain('has no records');
    expect(tc(['audit', 'nope.csv']).stderr).toContain('no file "nope.csv"');
    expect(tc(['audit', '.']).stderr).toContain('is a folder');
    expect(tc(['audit', jsonl(), '-f', 'jsonl', '--summary']).stderr).toContain(
      '--summary prints a summary in text or json',
    );
  });

  it('--output writes the file whole; a failed run leaves an existing file as it was', () => {
    const out = file('report.jsonl', 'previous report\n');
    const ok = tc(['audit', jsonl(), '-p', 'demo.json', '-f', 'jsonl', '-o', out]);
    expect(ok.code).toBe(1);
    expect(ok.stdout).toBe('');
    expect(readFileSync(out, 'utf8').trimEnd().split('\n')).toHaveLength(3);
    const failed = tc(['audit', jsonl(), '-p', file('bad-set.json', '{'), '-f', 'jsonl', '-o', out]);
    expect(failed.code).toBe(2);
    expect(readFileSync(out, 'utf8').trimEnd().split('\n')).toHaveLength(3);
    const broken = tc(['audit', join(dir, 'broken.csv'), '-p', 'demo.json', '-f', 'jsonl', '-o', out]);
    expect(broken.code).toBe(2);
    expect(readFileSync(out, 'utf8').trimEnd().split('\n')).toHaveLength(3);
    expect(readdirSync(dir).filter((n) => n.includes('.tmp'))).toEqual([]);
    expect(tc(['audit', jsonl(), '-o', join(dir, 'no/such/dir/x.jsonl')]).stderr).toContain('does not exist');
  });

  it('Ctrl+C during an audit into --output removes the half-written file', async () => {
    const out = join(dir, 'interrupted.jsonl');
    const child = spawn(
      process.execPath,
      [BIN, 'audit', '-', '--input-format', 'jsonl', '-p', 'demo.json', '-f', 'jsonl', '-o', out],
      {
        cwd: dir,
        stdio: ['pipe', 'ignore', 'ignore'],
      },
    );
    child.stdin.write('{"text":"Please call our 800 number"}\n'); // stdin stays open: the audit is still running
    const temp = (): string | undefined =>
      readdirSync(dir).find((n) => n.startsWith('.interrupted.jsonl.') && n.endsWith('.tmp'));
    while (!temp()) await new Promise((r) => setTimeout(r, 50));
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(temp()).toBeUndefined();
    expect(existsSync(out)).toBe(false);
  });

  it('writes --output /dev/stdout to the pipe itself', () => {
    const r = tc(['audit', jsonl(), '-p', 'demo.json', '-f', 'jsonl', '-o', '/dev/stdout']);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(3);
  });

  it.skipIf(!existsSync(SHARED_REPLIES))(
    'prints 4,500 lines for the 4,500 shared real replies (skipped when ../shared/data is absent)',
    () => {
      const r = tc(['audit', SHARED_REPLIES, '--format', 'jsonl']);
      noCrash(r);
      const lines = r.stdout.trimEnd().split('\n');
      expect(lines).toHaveLength(4500);
      const ids = readFileSync(SHARED_REPLIES, 'utf8')
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l).id);
      expect(lines.map((l) => JSON.parse(l).id)).toEqual(ids);
    },
  );
});

// `script` (util-linux) runs a command on a pseudo-terminal, so stderr and stdout are terminals as for a person.
const SCRIPT = ['/usr/bin/script', '/bin/script'].find((p) => existsSync(p));
const quote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;
function onTerminal(args: readonly string[], env: Record<string, string> = {}, redirect = ''): string {
  const command = `${[process.execPath, BIN, ...args].map(quote).join(' ')}${redirect}`;
  const e: Record<string, string | undefined> = { ...process.env, ...env };
  delete e.FORCE_COLOR;
  if (!env.NO_COLOR) delete e.NO_COLOR;
  return spawnSync(SCRIPT!, ['-qec', command, '/dev/null'], {
    cwd: dir,
    env: e,
    encoding: 'utf8',
    timeout: HANG,
    input: '',
  }).stdout;
}

describe.skipIf(!SCRIPT)('on a terminal (needs util-linux `script`; skipped without it)', () => {
  it('colours findings on a terminal, never with NO_COLOR', () => {
    expect(onTerminal(['check', '-p', 'demo.json', 'Please call our 800 number'])).toContain('\x1b[31merror');
    expect(onTerminal(['check', '-p', 'demo.json', 'Please call our 800 number'], { NO_COLOR: '1' })).not.toMatch(
      /\x1b\[\d/,
    );
  });

  it('draws a progress bar on stderr when the results go to a file, and none into a pipe', () => {
    const out = join(dir, 'tty.jsonl');
    const screen = onTerminal(
      ['audit', join(dir, 'replies.jsonl'), '-p', 'demo.json', '-f', 'jsonl'],
      {},
      ` > ${quote(out)}`,
    );
    expect(screen).toMatch(/audit ▕█+▏ 100% · 3 replies/);
    expect(screen).toMatch(/\r\x1b\[K$/); // erased at the end
    expect(readFileSync(out, 'utf8').trimEnd().split('\n')).toHaveLength(3);
    expect(tc(['audit', join(dir, 'replies.jsonl'), '-p', 'demo.json', '-f', 'jsonl']).stderr).toBe('');
  });

  it('asks for the text instead of waiting when stdin is a terminal', () => {
    expect(onTerminal(['check'])).toContain('no text to check: give it as an argument');
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
