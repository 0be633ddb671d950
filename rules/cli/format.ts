// How findings look on the command line: the JSON shape documented in docs/cli.md, the text a person reads, and the
// per-rule summary of an audit. Colours only on a terminal, never when NO_COLOR is set.
import { SEVERITIES, type Category, type Severity } from '../types.ts';
import type { CheckResult, Finding, Suggestion } from '../schema.ts';

export interface Style {
  bold(s: string): string;
  dim(s: string): string;
  severity(severity: Severity, s: string): string;
  green(s: string): string;
  red(s: string): string;
}

/** https://no-color.org: NO_COLOR (non-empty) wins; FORCE_COLOR turns colours on for a pipe (e.g. into `less -R`). */
function useColour(stream: { isTTY?: boolean }): boolean {
  if (process.env.NO_COLOR) return false;
  if (process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true;
}

const sgr =
  (on: number, off: number) =>
  (s: string): string =>
    `\x1b[${on}m${s}\x1b[${off}m`;
const SEVERITY_COLOUR: Record<Severity, (s: string) => string> = {
  error: sgr(31, 39),
  warning: sgr(33, 39),
  suggestion: sgr(36, 39),
};
const plain = (s: string): string => s;

export function styleFor(stream: { isTTY?: boolean }): Style {
  if (!useColour(stream)) return { bold: plain, dim: plain, severity: (_, s) => s, green: plain, red: plain };
  return {
    bold: sgr(1, 22),
    dim: sgr(2, 22),
    severity: (sev, s) => SEVERITY_COLOUR[sev](s),
    green: sgr(32, 39),
    red: sgr(31, 39),
  };
}

/** A finding as `--format json` and `jsonl` print it (the shape documented in docs/cli.md): the engine's finding
 * without `why`, `link` and `example`. */
export interface JsonFinding {
  rule: string;
  ruleSet: string;
  category: Category;
  severity: Severity;
  start: number;
  end: number;
  text: string;
  message: string;
  suggestions: Suggestion[];
  /** A rule's occurrences merged into one finding (`check`): how many, and where each is. */
  count?: number;
  spans?: { start: number; end: number }[];
  /** Advice about the whole reply (something it lacks): `at` is where it would go. */
  scope?: 'reply';
  at?: number;
}

export function findingJson(f: Finding): JsonFinding {
  return {
    rule: f.rule,
    ruleSet: f.ruleSet,
    category: f.category,
    severity: f.severity,
    start: f.start,
    end: f.end,
    text: f.text,
    message: f.message,
    suggestions: f.suggestions.map((s) => ({
      replacement: s.replacement,
      start: s.start,
      end: s.end,
      ...(s.label ? { label: s.label } : {}),
    })),
    ...(f.count ? { count: f.count, spans: f.spans } : {}),
    ...(f.scope ? { scope: f.scope, at: f.at } : {}),
  };
}

/** "3 errors, 1 warning" */
function countSeverities(findings: readonly { severity: Severity }[]): string {
  const parts = SEVERITIES.map((s) => [s, findings.filter((f) => f.severity === s).length] as const)
    .filter(([, count]) => count > 0)
    .map(([s, count]) => plural(count, s));
  return parts.length ? parts.join(', ') : 'no findings';
}

export const plural = (n: number, word: string): string => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;

/** 1-based line and column (in characters, not UTF-16 units) of an offset, as editors count them. */
function lineColumn(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return `${line}:${[...text.slice(lineStart, offset)].length + 1}`;
}

/** The flagged words on one line, shortened: a length-limit finding can cover most of a long text. */
export function snippet(text: string, max = 60): string {
  const one = text.replace(/\s+/g, ' ').trim();
  const chars = [...one];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : one;
}

function describeSuggestion(s: Suggestion): string {
  if (s.label) return s.label;
  if (s.start === s.end) return `insert "${snippet(s.replacement)}"`;
  if (s.replacement === '') return 'delete it';
  return `replace with "${snippet(s.replacement)}"`;
}

/**
 * One finding for a person:
 *   error      1:8     "call our 800 number"   canned · social-care/phone-deflection
 *                      Don't send a public complaint to a phone line...
 *                      → replace with "send us a DM"
 */
export function findingText(text: string, f: Finding, style: Style, maxSuggestions = 3): string {
  // Advice about the whole reply is placed where what is missing would go, and quotes no words.
  const where = lineColumn(text, f.at ?? f.start).padEnd(8);
  const times = f.count ? ` ×${f.count}` : '';
  const quoted = f.scope ? 'whole reply   ' : f.end > f.start ? `"${snippet(f.text)}"${times}   ` : '';
  const indent = ' '.repeat(21);
  const lines = [
    `  ${style.severity(f.severity, f.severity.padEnd(11))}${where}${style.bold(quoted)}${style.dim(`${f.category} · ${f.ruleSet}/${f.rule}`)}`,
    `${indent}${f.message}`,
    ...f.suggestions.slice(0, maxSuggestions).map((s) => `${indent}${style.green('→')} ${describeSuggestion(s)}`),
  ];
  return lines.join('\n');
}

/** Said of a reply not in English (`score.notEnglish`), in `check` and `audit` output. */
export const NOT_READ = 'not in English: tone not read';

export function scoreLine(result: CheckResult, style: Style): string {
  const s = result.score.total;
  const value = s >= 80 ? style.green(`${s}/100`) : s < 50 ? style.red(`${s}/100`) : `${s}/100`;
  // A reply in another language: only the checks that need no English ran.
  const note = result.score.notEnglish ? ` · ${style.dim(NOT_READ)}` : '';
  return `${style.bold('Score')} ${value} · ${countSeverities(result.findings)}${note}`;
}

interface RuleCount {
  ruleSet: string;
  rule: string;
  category: Category;
  severity: Severity;
  /** Replies with at least one finding of the rule. */
  replies: number;
  findings: number;
}

export interface Summary {
  replies: number;
  flagged: number;
  withErrors: number;
  /** Replies in another language: only the checks that need no English ran on them. */
  notEnglish: number;
  meanScore: number | null;
  rules: RuleCount[];
}

/** Counts per rule over an audit, without keeping any reply: memory stays flat however long the file. */
export class Tally {
  private replies = 0;
  private flagged = 0;
  private withErrors = 0;
  private notEnglish = 0;
  private scoreSum = 0;
  private readonly rules = new Map<string, RuleCount>();

  add(result: CheckResult): void {
    this.replies++;
    this.scoreSum += result.score.total;
    if (result.findings.length > 0) this.flagged++;
    if (result.findings.some((f) => f.severity === 'error')) this.withErrors++;
    if (result.score.notEnglish) this.notEnglish++;
    const seen = new Set<string>();
    for (const f of result.findings) {
      const key = `${f.ruleSet}/${f.rule}`;
      let c = this.rules.get(key);
      if (!c)
        this.rules.set(
          key,
          (c = {
            ruleSet: f.ruleSet,
            rule: f.rule,
            category: f.category,
            severity: f.severity,
            replies: 0,
            findings: 0,
          }),
        );
      c.findings++;
      if (!seen.has(key)) c.replies++;
      seen.add(key);
    }
  }

  get count(): number {
    return this.replies;
  }

  get hasErrors(): boolean {
    return this.withErrors > 0;
  }

  summary(): Summary {
    const rules = [...this.rules.values()].sort(
      (a, b) =>
        b.replies - a.replies ||
        b.findings - a.findings ||
        `${a.ruleSet}/${a.rule}`.localeCompare(`${b.ruleSet}/${b.rule}`),
    );
    return {
      replies: this.replies,
      flagged: this.flagged,
      withErrors: this.withErrors,
      notEnglish: this.notEnglish,
      meanScore: this.replies ? Math.round((this.scoreSum / this.replies) * 10) / 10 : null,
      rules,
    };
  }

  text(style: Style): string {
    const s = this.summary();
    const share = (n: number): string => (s.replies ? `${((100 * n) / s.replies).toFixed(1)}%` : '-');
    const head = [
      `${style.bold('Summary')}: ${s.replies.toLocaleString('en')} ${s.replies === 1 ? 'reply' : 'replies'}`,
      `${s.flagged.toLocaleString('en')} flagged (${share(s.flagged)})`,
      `${s.withErrors.toLocaleString('en')} with an error (${share(s.withErrors)})`,
      ...(s.notEnglish
        ? [`${s.notEnglish.toLocaleString('en')} not in English, tone not read (${share(s.notEnglish)})`]
        : []),
      ...(s.meanScore === null ? [] : [`mean score ${s.meanScore}`]),
    ].join(' · ');
    if (s.rules.length === 0) return `${head}\n`;
    const names = s.rules.map((r) => `${r.ruleSet}/${r.rule}`);
    const width = Math.max(4, ...names.map((n) => n.length)) + 2;
    // The severity cell is padded before it is coloured, so colour codes do not break the columns.
    const row = (
      name: string,
      category: string,
      severity: string,
      replies: string,
      pct: string,
      findings: string,
    ): string =>
      `  ${name.padEnd(width)}${category.padEnd(10)}${severity}${replies.padStart(8)}${pct.padStart(8)}${findings.padStart(10)}`;
    const lines = [head, '', style.dim(row('rule', 'category', 'severity'.padEnd(12), 'replies', 'share', 'findings'))];
    s.rules.forEach((r, i) => {
      const severity = style.severity(r.severity, r.severity.padEnd(12));
      lines.push(
        row(
          names[i]!,
          r.category,
          severity,
          r.replies.toLocaleString('en'),
          share(r.replies),
          r.findings.toLocaleString('en'),
        ),
      );
    });
    return `${lines.join('\n')}\n`;
  }
}
