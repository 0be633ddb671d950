// The contract between the engine and each rule kind (rules/kinds/<kind>.ts, one file each).
import type * as z from 'zod';
import type { AnalysedText } from './text.ts';
import type { Audience, Channel, Mood, Span, Suggestion } from './types.ts';

/** The context after defaults and estimates: what a kind's check reads. */
export interface ResolvedContext {
  channel: Channel;
  audience: Audience;
  customerName?: string;
  /** First name taken from customerName ("Jacob" from "Jacob Smith"), when it looks like a name. */
  firstName?: string;
  /** Handle with its "@". */
  customerHandle?: string;
  customerMessage?: string;
  mood?: Mood;
  /** Whether the customer's message reports something that went wrong (mood.ts `reportsProblem`); unknown without it. */
  complaint?: boolean;
  signOff?: string;
  recentFingerprints: readonly string[];
  /** The brand's own domains, lower case, without a scheme, "www." or "@" ("example.com"). */
  brandDomains: readonly string[];
  disabledRules: ReadonlySet<string>;
}

/** What a kind reports; the engine adds the rule's id, category, severity and message. */
export interface RawFinding extends Span {
  suggestions?: Suggestion[];
  /** Overrides the kind's `exclusive` for this finding (a limit on length is about the reply, not a span). */
  exclusive?: boolean;
  /** Values for the message template besides {match}, e.g. { count: 312, max: 280 }. */
  vars?: Record<string, string | number>;
  /**
   * Advice about the whole reply (something it lacks): where what is missing would go. The engine makes it a finding
   * of scope 'reply', shown at this point and never as an underline over the span (the words it is judged on).
   */
  at?: number;
}

export interface CompiledRule {
  /** Lower-case words of which one must be in the text for this rule to find anything; null: always run. */
  triggers: readonly string[] | null;
  check(doc: AnalysedText, ctx: ResolvedContext): RawFinding[];
}

export interface Problem {
  /** Path below the rule, e.g. "regex" or "swap.utilise". */
  path: string;
  message: string;
}

/** Checks validation lends to kinds, kept out of the engine's bundle (see rules/regex-safety.ts). */
interface ValidationTools {
  /** Why a regex can backtrack catastrophically, or null. */
  backtracking(source: string, flags: string): string | null;
}

export interface Kind<S extends z.ZodObject = z.ZodObject> {
  schema: S;
  /**
   * Exclusive findings flag a span to rewrite and compete when they overlap (the stronger wins). Findings about the
   * whole reply (a missing next step, its length) are not exclusive: they coexist with span findings.
   */
  exclusive: boolean;
  /**
   * What zod cannot check (a phrase's syntax, a regex's safety), in plain words. `tools` are lent by validation
   * (parseRuleSet); without them a kind checks only what it can alone (a regex's syntax, not its safety).
   */
  problems?(rule: z.infer<S>, tools?: ValidationTools): Problem[];
  compile(rule: z.infer<S>): CompiledRule;
}

export function defineKind<S extends z.ZodObject>(kind: Kind<S>): Kind<S> {
  return kind;
}
