// The dry run's pure parts: what the page sends the worker, how a record of a file becomes a reply to check, and the
// per-rule tally (how many replies each rule flags, with a few examples showing the flagged words). No DOM and no
// browser APIs: the worker (dry-run.worker.ts) and the unit tests run it as it is.
import type { Channel, ContextInput } from '../../rules/base';
import { check } from '../../rules/engine';
import type { CheckResult, RuleSet } from '../../rules/schema';
import type { Severity } from '../../rules/types';

/** A reply to check: its id in the file, its text and, when the file has it, the customer's message it answers. */
export interface DryRecord {
  /** The record's place in the file (1 = the first record): examples are the first ones in the file. */
  seq: number;
  id: string;
  text: string;
  message?: string;
}

/** Which fields of a record hold what (the CLI's --field and --message-field). */
export interface RecordFields {
  text: string;
  message: string;
}

export const DEFAULT_FIELDS: RecordFields = { text: 'text', message: 'inbound_text' };

/** Replies on these channels are private (a DM, an e-mail, a chat, a note), as the CLI assumes. */
const PRIVATE_CHANNELS: readonly Channel[] = ['messenger', 'email', 'chat', 'ticket'];

export function dryRunContext(channel: Channel): ContextInput {
  return { channel, audience: PRIVATE_CHANNELS.includes(channel) ? 'private' : 'public' };
}

/** The reply in a record, or why there is none. `number` counts records from 1 (the id when the file has none). */
export function recordToReply(
  fields: Record<string, unknown>,
  names: RecordFields,
  number: number,
): DryRecord | { problem: string } {
  const value = fields[names.text];
  const text = typeof value === 'string' ? value : typeof value === 'number' ? String(value) : null;
  if (text === null)
    return {
      problem: `record ${number} has no text in "${names.text}"${value === undefined ? '' : ` (found ${value === null ? 'null' : typeof value})`}`,
    };
  const id = fields.id;
  const message = fields[names.message];
  return {
    seq: number,
    id: (typeof id === 'string' && id !== '') || typeof id === 'number' ? String(id) : String(number),
    text,
    ...(typeof message === 'string' && message.trim() !== '' ? { message } : {}),
  };
}

/** One flagged reply shown under a rule: the flagged words are [start, end) offsets into `text`. */
export interface DryRunExample {
  seq: number;
  id: string;
  text: string;
  spans: [number, number][];
}

export interface RuleTally {
  /** "setId/ruleId". */
  key: string;
  ruleSet: string;
  rule: string;
  severity: Severity;
  category: string;
  /** Replies this rule flags (once each, however many findings). */
  replies: number;
  findings: number;
  examples: DryRunExample[];
}

export interface DryRunSummary {
  /** Replies checked. */
  replies: number;
  /** Replies with at least one finding. */
  flagged: number;
  /** Most replies flagged first. */
  rules: RuleTally[];
  /** Rules that could not run, in plain words, once each. */
  failures: string[];
}

export const EXAMPLES_PER_RULE = 3;

const byMostReplies = (a: RuleTally, b: RuleTally): number => b.replies - a.replies || a.key.localeCompare(b.key);

export class DryRunTally {
  private replies = 0;
  private flagged = 0;
  private readonly rules = new Map<string, RuleTally>();
  private readonly failures = new Map<string, string>();

  add(record: DryRecord, result: CheckResult): void {
    this.replies++;
    if (result.findings.length > 0) this.flagged++;
    const byRule = new Map<string, CheckResult['findings']>();
    for (const f of result.findings) {
      const key = `${f.ruleSet}/${f.rule}`;
      byRule.set(key, [...(byRule.get(key) ?? []), f]);
    }
    for (const [key, findings] of byRule) {
      const first = findings[0]!;
      let tally = this.rules.get(key);
      if (!tally) {
        tally = {
          key,
          ruleSet: first.ruleSet,
          rule: first.rule,
          severity: first.severity,
          category: first.category,
          replies: 0,
          findings: 0,
          examples: [],
        };
        this.rules.set(key, tally);
      }
      tally.replies++;
      tally.findings += findings.length;
      if (tally.examples.length < EXAMPLES_PER_RULE)
        tally.examples.push({
          seq: record.seq,
          id: record.id,
          text: record.text,
          spans: findings.map((f) => [f.start, f.end]),
        });
    }
    for (const f of result.failures ?? []) {
      const key = `${f.ruleSet}/${f.rule}`;
      if (!this.failures.has(key)) this.failures.set(key, `${key} could not run (${f.stage}): ${f.message}`);
    }
  }

  summary(): DryRunSummary {
    return {
      replies: this.replies,
      flagged: this.flagged,
      rules: [...this.rules.values()].sort(byMostReplies),
      failures: [...this.failures.values()],
    };
  }
}

/** The tallies of several workers, each given part of the file, as one: the examples are the first in the file. */
export function mergeSummaries(parts: readonly DryRunSummary[]): DryRunSummary {
  const rules = new Map<string, RuleTally>();
  for (const part of parts)
    for (const r of part.rules) {
      const seen = rules.get(r.key);
      rules.set(
        r.key,
        seen
          ? {
              ...seen,
              replies: seen.replies + r.replies,
              findings: seen.findings + r.findings,
              examples: [...seen.examples, ...r.examples].sort((a, b) => a.seq - b.seq).slice(0, EXAMPLES_PER_RULE),
            }
          : r,
      );
    }
  return {
    replies: parts.reduce((n, p) => n + p.replies, 0),
    flagged: parts.reduce((n, p) => n + p.flagged, 0),
    rules: [...rules.values()].sort(byMostReplies),
    failures: [...new Set(parts.flatMap((p) => p.failures))],
  };
}

export interface ExamplePiece {
  text: string;
  /** Flagged words; an empty marked piece is where something the reply lacks belongs. */
  marked: boolean;
}

/**
 * An example reply cut into plain and flagged pieces, for display. A long reply (an e-mail) is shown from a little
 * before the first flagged words to a little after the last, with "…" for what is left out.
 */
export function examplePieces(text: string, spans: readonly [number, number][], around = 160): ExamplePiece[] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let from = 0;
  let to = text.length;
  if (sorted.length && text.length > 2 * around + 200) {
    from = Math.max(0, sorted[0]![0] - around);
    to = Math.min(text.length, Math.max(...sorted.map((s) => s[1])) + around);
  }
  const parts: ExamplePiece[] = from > 0 ? [{ text: '…', marked: false }] : [];
  let at = from;
  for (const [start, end] of sorted) {
    if (start === end) {
      if (start < at || start > to) continue;
      if (start > at) parts.push({ text: text.slice(at, start), marked: false });
      parts.push({ text: '', marked: true });
      at = start;
      continue;
    }
    const s = Math.max(start, at);
    const e = Math.min(end, to);
    if (e <= s) continue;
    const last = parts[parts.length - 1];
    if (s > at) parts.push({ text: text.slice(at, s), marked: false });
    else if (last?.marked && last.text) {
      last.text += text.slice(s, e); // overlapping or touching spans are one mark
      at = e;
      continue;
    }
    parts.push({ text: text.slice(s, e), marked: true });
    at = e;
  }
  if (at < to) parts.push({ text: text.slice(at, to), marked: false });
  if (to < text.length) parts.push({ text: '…', marked: false });
  return parts;
}

/** Checks each record with the sets in `context`, the record's customer message added. */
export function checkRecords(
  records: readonly DryRecord[],
  ruleSets: readonly RuleSet[],
  context: ContextInput,
  tally: DryRunTally,
): void {
  for (const r of records)
    tally.add(r, check(r.text, ruleSets, r.message ? { ...context, customerMessage: r.message } : context));
}

/** Page -> worker. The rule sets travel as JSON; records in batches, each answered with a progress message. */
export type ToWorker =
  | { type: 'start'; ruleSets: RuleSet[]; context: ContextInput }
  | { type: 'records'; batch: number; records: DryRecord[] }
  | { type: 'end' };

/** Worker -> page. */
export type FromWorker =
  | { type: 'progress'; batch: number; checked: number }
  | { type: 'done'; summary: DryRunSummary }
  | { type: 'error'; message: string };
