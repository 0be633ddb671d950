// Every message between the content script, the background worker and the extension's pages, in one place: each
// is a zod schema (zod/mini: about 6 KB in the page, where full zod would cost 26 KB), its TypeScript type is
// inferred from it, and the receiving side parses what arrives instead of trusting a cast.
//
//   content script -> worker   tc:check, tc:disable-rule, tc:sent       (runtime.sendMessage; reply: Envelope)
//   popup          -> worker   tc:enable-rule, tc:active-sets           (runtime.sendMessage; reply: Envelope)
//   page (popup)   -> content  tc:site-reading                          (tabs.sendMessage; reply: LastReading)
//
// A unit test checks that these shapes equal the engine's own types (rules/schema.ts), so the two cannot drift.
import * as z from 'zod/mini';
import { AUDIENCES, CATEGORIES, CHANNELS, MOODS, SEVERITIES } from '../rules/types.ts';

const Context = z.strictObject({
  channel: z.optional(z.enum(CHANNELS)),
  audience: z.optional(z.enum(AUDIENCES)),
  customerName: z.optional(z.string()),
  customerHandle: z.optional(z.string()),
  customerMessage: z.optional(z.string()),
  mood: z.optional(z.enum(MOODS)),
  signOff: z.optional(z.string()),
  recentFingerprints: z.optional(z.array(z.string())),
  disabledRules: z.optional(z.array(z.string())),
  brandDomains: z.optional(z.array(z.string())),
});

const offset = z.number().check(z.int(), z.nonnegative());

const Suggestion = z.object({ replacement: z.string(), start: offset, end: offset, label: z.optional(z.string()) });

const Finding = z.object({
  rule: z.string(),
  ruleSet: z.string(),
  category: z.enum(CATEGORIES),
  severity: z.enum(SEVERITIES),
  start: offset,
  end: offset,
  text: z.string(),
  message: z.string(),
  suggestions: z.array(Suggestion),
  why: z.optional(z.string()),
  link: z.optional(z.string()),
  example: z.optional(z.string()),
  family: z.optional(z.string()),
  count: z.optional(z.number().check(z.int(), z.minimum(2))),
  spans: z.optional(z.array(z.object({ start: offset, end: offset }))),
  scope: z.optional(z.literal('reply')),
  at: z.optional(offset),
});

const Failure = z.object({
  ruleSet: z.string(),
  rule: z.string(),
  stage: z.enum(['compile', 'check']),
  message: z.string(),
});

export const CheckResult = z.object({
  findings: z.array(Finding),
  score: z.object({
    total: z.number(),
    byCategory: z.record(z.enum(CATEGORIES), z.number()),
    notEnglish: z.optional(z.literal(true)),
  }),
  failures: z.optional(z.array(Failure)),
});

// ---- content script -> worker --------------------------------------------------------------------------------

const CheckRequest = z.object({
  type: z.literal('tc:check'),
  text: z.string(),
  context: Context,
  /** Host name of the page (of the top page for an about:blank composer frame), for per-site settings. */
  site: z.string(),
});

/** "Turn off this rule": `rule` is "setId/ruleId"; `site` is the page's host name when scope is 'site'. */
const DisableRuleRequest = z.object({
  type: z.literal('tc:disable-rule'),
  rule: z.string(),
  scope: z.enum(['site', 'everywhere']),
  site: z.string(),
});

/** "Turn back on" (popup): `scope` 'all' removes the rule from every list it is in. */
const EnableRuleRequest = z.object({
  type: z.literal('tc:enable-rule'),
  rule: z.string(),
  scope: z.enum(['site', 'everywhere', 'all']),
  site: z.string(),
});

/** The popup: which rule sets run on `site`, and what the listed rules ("setId/ruleId") say. */
const ActiveSetsRequest = z.object({
  type: z.literal('tc:active-sets'),
  site: z.string(),
  channel: z.optional(z.enum(CHANNELS)),
  describe: z.array(z.string()),
});
export const ActiveSets = z.object({
  sets: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      origin: z.enum(['policy', 'subscription', 'user', 'builtin']),
      rules: z.number(),
    }),
  ),
  /** "setId/ruleId" -> the rule's message and category, for the rules asked about that still exist. */
  rules: z.record(
    z.string(),
    z.object({
      message: z.string(),
      category: z.enum(CATEGORIES),
      /** For a family ("setId/family:name"): its name and how many rules it holds. */
      family: z.optional(z.object({ name: z.string(), rules: z.number() })),
    }),
  ),
});
export type ActiveSets = z.infer<typeof ActiveSets>;

/** The agent sent `text` (the box emptied right after Enter or a click on a button): only its fingerprint is kept. */
const SentRequest = z.object({ type: z.literal('tc:sent'), text: z.string() });

/** The generic reader needs Readability in the asking frame: the worker injects /readability.js there. */
const LoadReadabilityRequest = z.object({ type: z.literal('tc:load-readability') });

export const WorkerRequest = z.discriminatedUnion('type', [
  CheckRequest,
  LoadReadabilityRequest,
  DisableRuleRequest,
  EnableRuleRequest,
  ActiveSetsRequest,
  SentRequest,
]);
export type WorkerRequest = z.infer<typeof WorkerRequest>;
export type WorkerRequestType = WorkerRequest['type'];

/** What each request is answered with (inside the Envelope). */
export const WORKER_REPLIES = {
  'tc:check': CheckResult,
  'tc:disable-rule': z.null(),
  'tc:enable-rule': z.null(),
  'tc:active-sets': ActiveSets,
  'tc:sent': z.null(),
  'tc:load-readability': z.null(),
} as const satisfies Record<WorkerRequestType, z.ZodMiniType>;
export type ReplyTo = { [K in WorkerRequestType]: z.infer<(typeof WORKER_REPLIES)[K]> };

/** Every worker answer: the value, or an error in plain words. */
export const Envelope = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: string };

/** Whether a message is addressed to Tone Coach at all (then a malformed one is answered with an error). */
export function isOurs(msg: unknown): boolean {
  return typeof msg === 'object' && msg !== null && String((msg as { type?: unknown }).type).startsWith('tc:');
}

// ---- page -> content script ------------------------------------------------------------------------------------

export const SITE_READING = 'tc:site-reading';
export const SiteReadingRequest = z.object({ type: z.literal(SITE_READING) });

/** Things that went wrong in a frame, counted for the debug view instead of being logged to the page's console. */
export const FailureCounts = z.object({
  /** Rules that threw or did not compile, as the worker reported them. */
  rules: z.number(),
  /** Site reads that threw (the generic reading was used instead). */
  siteReads: z.number(),
  /** Applies the editor refused or that were rolled back. */
  applies: z.number(),
  /** Checks the worker could not answer. */
  checks: z.number(),
  /** The last problem, in plain words. */
  last: z.optional(z.string()),
});
export type FailureCounts = z.infer<typeof FailureCounts>;

export const SiteReading = z.object({
  context: Context,
  /**
   * What was read and from where, in plain words, for the debug view (panel and popup). Keys are short ('reply
   * to', 'name', 'message'...); a value starting with 'fallback:' means the site's own markers were missing.
   */
  debug: z.record(z.string(), z.string()),
});
export type SiteReading = z.infer<typeof SiteReading>;

/** What the content script in a frame last read and found, for the popup. */
export const LastReading = z.object({
  site: z.string(),
  siteName: z.string(),
  url: z.string(),
  /** Date.now() when it was read. */
  at: z.number(),
  reading: SiteReading,
  /** The last draft checked in this frame and its result (it stays inside the extension: the popup shows it). */
  check: z.optional(z.object({ text: z.string(), result: CheckResult })),
  failures: FailureCounts,
});
export type LastReading = z.infer<typeof LastReading>;
