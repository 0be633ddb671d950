// Contracts shared by the engine, the content script, the CLI and the pages: the rule-set format (a discriminated
// union of the kinds in rules/kinds/) and the shape of findings. Pure TypeScript + zod: no DOM, no browser APIs.
import * as z from 'zod';
import { Category, Severity } from './base.ts';
import { KINDS } from './kinds/index.ts';
import type { Suggestion as SuggestionShape } from './types.ts';

export { CATEGORIES, Channel, Context, SEVERITIES, Severity, type ContextInput } from './base.ts';

const kindSchemas = Object.values(KINDS).map((k) => k.schema);

export const Rule = z.discriminatedUnion(
  'kind',
  kindSchemas as unknown as [(typeof kindSchemas)[number], ...typeof kindSchemas],
  {
    error: (issue) =>
      issue.input && typeof issue.input === 'object' && 'kind' in issue.input
        ? `unknown kind "${String((issue.input as { kind: unknown }).kind)}"; expected one of ${Object.keys(KINDS).join(', ')}`
        : `expected a rule object with a "kind" (one of ${Object.keys(KINDS).join(', ')})`,
  },
);
export type Rule = z.infer<typeof Rule>;
export type RuleInput = z.input<typeof Rule>;

/** The rule-set file format. `version` is the format's version, for migrations; the current one is 1. */
export const RULE_SET_VERSION = 1;
export const RuleSet = z
  .object({
    $schema: z.string().optional(),
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9._-]{0,63}$/, { error: 'expected lower-case letters, digits, ".", "_" or "-"' }),
    name: z.string().min(1),
    description: z.string().optional(),
    version: z.literal(RULE_SET_VERSION, { error: `expected ${RULE_SET_VERSION} (the rule-set format version)` }),
    rules: z.array(Rule),
  })
  .strict();
export type RuleSet = z.infer<typeof RuleSet>;
export type RuleSetInput = z.input<typeof RuleSet>;

/**
 * A concrete fix: replace [start, end) of the text with `replacement` (start === end is an insertion). The type is
 * the plain interface in types.ts (kinds and suggest.ts import it from there, so they need not import this file).
 */
export const Suggestion = z.object({
  replacement: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Short label for the card, e.g. 'Replace with "sorry"'. */
  label: z.string().optional(),
});
export type Suggestion = SuggestionShape;
// The schema and the interface must describe the same object: this fails to type-check when either changes alone.
true satisfies SameType<z.infer<typeof Suggestion>, SuggestionShape>;
type SameType<A, B> = [A, keyof A] extends [B, keyof B] ? ([B, keyof B] extends [A, keyof A] ? true : false) : false;

/** Offsets are UTF-16 code units into the text exactly as the caller passed it. */
export const Finding = z.object({
  rule: z.string(),
  ruleSet: z.string(),
  category: Category,
  severity: Severity,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  message: z.string(),
  suggestions: z.array(Suggestion),
  why: z.string().optional(),
  link: z.string().optional(),
  /** A good example from the rule, for the card's "Why" and the trainer. */
  example: z.string().optional(),
  /** The rule's family (rules giving the same advice): Ignore and Turn off act on all of it. */
  family: z.string().optional(),
  /**
   * How often the rule found this in the reply, when more than once: one finding (the first) stands for all, and
   * `spans` are every one of them, in order (each is underlined; its card and the panel show one entry).
   */
  count: z.number().int().min(2).optional(),
  spans: z.array(z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })).optional(),
  /**
   * 'reply': advice about the whole reply (something it lacks: an acknowledgement, the name, a sign-off). Its words
   * are not underlined; a marker shows `at`, where what is missing would go.
   */
  scope: z.literal('reply').optional(),
  at: z.number().int().nonnegative().optional(),
});
export type Finding = z.infer<typeof Finding>;

export const Score = z.object({
  /** 0-100, 100 = nothing to improve. */
  total: z.number(),
  byCategory: z.record(Category, z.number()),
  /**
   * The reply does not read as English: the rules that read words (apologies, deflections, tone) could not judge it,
   * so only the checks that need no English (length, personal data, capitals, punctuation, emoji) count in this score.
   */
  notEnglish: z.literal(true).optional(),
});
export type Score = z.infer<typeof Score>;

/**
 * A rule that could not run: it failed to compile (only possible in a set that skipped validation), or its check
 * threw on this text. The other rules ran as usual; this rule found nothing.
 */
export interface RuleFailure {
  ruleSet: string;
  rule: string;
  stage: 'compile' | 'check';
  /** The error's message, at most 200 characters. */
  message: string;
}

export interface CheckResult {
  findings: Finding[];
  score: Score;
  /** Present only when at least one rule failed, in the order the rules were run. */
  failures?: RuleFailure[];
}

/** The JSON Schema of a rule-set file, for editors (`"$schema"`) and `tone-coach schema`. */
export function ruleSetJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(RuleSet, { io: 'input', unrepresentable: 'any' }),
    $id: 'https://tone-coach.dev/schema/rule-set-v1.json',
    title: 'Tone Coach rule set',
  };
}
