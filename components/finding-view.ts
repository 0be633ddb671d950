// What the shared components show of a finding, and the pure functions that build it from the engine's output.
// The overlay, the manager's test box and the trainer all go through here, so a finding reads the same everywhere.
import { familyKey, PENALTY, type Category, type Severity } from '../rules/types.ts';
import type { Finding } from '../rules/schema.ts';
import { findingPoints } from '../rules/score.ts';

export interface FindingView {
  /** Occurrence key (see occurrenceKey). */
  key: string;
  rule: string;
  /** "setId/ruleId". */
  ruleId: string;
  ruleSet: string;
  category: Category;
  severity: Severity;
  message: string;
  /** The flagged words, and where they are in the reply. */
  text: string;
  start: number;
  end: number;
  /** The first suggestion, shown as before/after; absent when the rule has no automatic fix. */
  suggestion?: { replacement: string; label?: string };
  /** The rule's other suggestions, offered after Apply (applied by their index in the finding's suggestions). */
  alternatives: Array<{ index: number; replacement: string }>;
  /** A plain replacement (words for words, one suggestion): "Fix all safe ones" may apply it. */
  safe: boolean;
  /** The rule's family (rules giving the same advice), if any. */
  family?: string;
  /** What Turn off stores: the family ("setId/family:name") when there is one, else "setId/ruleId". */
  offKey: string;
  /** Points the score would gain if this finding went. */
  points: number;
  /** The words around the finding, for the before/after ("…" where the line goes on). */
  contextBefore: string;
  contextAfter: string;
  /** The suggestion's span may be wider or narrower than the finding: what it replaces. */
  replaced: string;
  why?: string;
  link?: string;
  goodExample?: string;
  /** How often the rule found it in the reply, when more than once (one entry for all), and where each is. */
  count?: number;
  spans?: Array<{ start: number; end: number }>;
  /** Advice about the whole reply: no underline; a marker at `at`, where what is missing would go. */
  at?: number;
}

/** Characters of context on each side of a finding in the card's before/after. */
const CONTEXT_CHARS = 24;

/** Identity of one occurrence of a finding, stable across re-checks while the text around it is unchanged. */
export function occurrenceKey(f: Pick<Finding, 'ruleSet' | 'rule' | 'start' | 'end'>): string {
  return `${f.ruleSet}/${f.rule}@${f.start}-${f.end}`;
}

/** "setId/ruleId", the form settings and the engine's disabledRules use. */
export function ruleId(f: Pick<Finding, 'ruleSet' | 'rule'>): string {
  return `${f.ruleSet}/${f.rule}`;
}

/** What Turn off stores for a finding: its family ("setId/family:name"), else "setId/ruleId". */
export function offKey(f: Pick<Finding, 'ruleSet' | 'rule' | 'family'>): string {
  return f.family ? `${f.ruleSet}/${familyKey(f.family)}` : ruleId(f);
}

/** A fix that only swaps words for other words: not an insertion, not a deletion, and the rule's only one. */
export function isSafeFix(f: Pick<Finding, 'suggestions'>): boolean {
  const s = f.suggestions[0];
  return f.suggestions.length === 1 && !!s && s.end > s.start && s.replacement.trim() !== '';
}

/** The words a finding underlines: each occurrence's; none for advice about the whole reply. */
export function marks(f: Pick<Finding, 'start' | 'end' | 'spans' | 'scope'>): Array<{ start: number; end: number }> {
  return f.scope ? [] : (f.spans ?? [f]);
}

/** Points each finding costs, as the engine scores it (rules/score.ts): what fixing it would add back. */
export function pointsOf(findings: readonly Finding[]): number[] {
  return findingPoints(findings);
}

/** A finding of `text` as the components show it (`points`: what it costs the score, see pointsOf). */
export function findingView(f: Finding, text: string, points = PENALTY[f.severity]): FindingView {
  const s = f.suggestions[0];
  const replacedStart = s ? s.start : f.start;
  const replacedEnd = s ? s.end : f.end;
  const from = Math.min(f.start, replacedStart);
  const to = Math.max(f.end, replacedEnd);
  return {
    key: occurrenceKey(f),
    rule: f.rule,
    ruleId: ruleId(f),
    ruleSet: f.ruleSet,
    category: f.category,
    severity: f.severity,
    message: f.message,
    text: f.text,
    start: f.start,
    end: f.end,
    suggestion: s ? { replacement: s.replacement, ...(s.label ? { label: s.label } : {}) } : undefined,
    alternatives: f.suggestions.slice(1).map((a, i) => ({ index: i + 1, replacement: a.replacement })),
    safe: isSafeFix(f),
    ...(f.family ? { family: f.family } : {}),
    offKey: offKey(f),
    points,
    contextBefore: contextBefore(text, from, replacedStart),
    replaced: text.slice(replacedStart, replacedEnd),
    contextAfter: contextAfter(text, replacedEnd, to),
    why: f.why,
    link: f.link,
    goodExample: f.example,
    ...(f.count ? { count: f.count, spans: f.spans } : {}),
    ...(f.scope ? { at: f.at ?? f.start } : {}),
  };
}

/**
 * The words before a finding for its before/after: up to CONTEXT_CHARS, within the same line, starting at a word,
 * with "…" where the text goes on.
 */
function contextBefore(text: string, from: number, upTo: number): string {
  const lineStart = text.lastIndexOf('\n', upTo - 1) + 1;
  let start = Math.max(lineStart, from - CONTEXT_CHARS);
  if (start > lineStart) start = text.indexOf(' ', start) + 1 || upTo; // skip the cut word
  start = Math.min(start, upTo);
  return (start > lineStart ? '…' : '') + text.slice(start, upTo);
}

/** The words after a finding, up to CONTEXT_CHARS past `to`, within the same line, ending at a word. */
function contextAfter(text: string, from: number, to: number): string {
  const newline = text.indexOf('\n', from);
  const lineEnd = newline === -1 ? text.length : newline;
  let end = Math.min(lineEnd, to + CONTEXT_CHARS);
  if (end < lineEnd) end = Math.max(from, text.lastIndexOf(' ', end)); // stop before the cut word
  return text.slice(from, end) + (end < lineEnd ? '…' : '');
}
