// The building blocks every rule kind shares: fixed categories, severities, channels, moods, the context a reply is
// checked in, `when` conditions and examples. Kinds import from here; `schema.ts` assembles the rule-set schema.
// Pure TypeScript + zod: no DOM, no browser APIs (this runs in Node, the service worker and the pages). The lists
// themselves live in types.ts (no zod), and are re-exported here.
import * as z from 'zod';
import { AUDIENCES, CATEGORIES, CHANNELS, MOODS, SEVERITIES } from './types.ts';

export { CATEGORIES, CHANNELS, MOODS, SEVERITIES } from './types.ts';

export const Category = z.enum(CATEGORIES, { error: `expected one of ${CATEGORIES.join(', ')}` });
export type Category = z.infer<typeof Category>;

export const Severity = z.enum(SEVERITIES, { error: `expected one of ${SEVERITIES.join(', ')}` });
export type Severity = z.infer<typeof Severity>;

/** Where the reply goes (see CHANNELS in types.ts). */
export const Channel = z.enum(CHANNELS, { error: `expected one of ${CHANNELS.join(', ')}` });
export type Channel = z.infer<typeof Channel>;

export const Audience = z.enum(AUDIENCES, { error: 'expected "public" or "private"' });
export type Audience = z.infer<typeof Audience>;

/** The customer's mood, estimated from their message (see mood.ts) unless the caller states it. */
export const Mood = z.enum(MOODS, { error: `expected one of ${MOODS.join(', ')}` });
export type Mood = z.infer<typeof Mood>;

/** What the engine knows about the reply being written. Everything is optional; defaults: a public reply on X. */
export const Context = z
  .object({
    channel: Channel.optional(),
    audience: Audience.optional(),
    /** The customer's display name ("Jacob Smith"); the first name is what a reply should use. */
    customerName: z.string().optional(),
    /** The customer's handle without or with "@" ("@Call_Me_Jacob"). */
    customerHandle: z.string().optional(),
    /** The customer's message being answered; `mood` is estimated from it when `mood` is absent. */
    customerMessage: z.string().optional(),
    mood: Mood.optional(),
    /** The agent's sign-off convention, e.g. "^JS" or "-Ann"; the sign-off rule only runs when it is known. */
    signOff: z.string().optional(),
    /** Fingerprints (rules/fingerprint.ts) of the agent's recent replies, never their text. */
    recentFingerprints: z.array(z.string()).optional(),
    /**
     * The brand's own domains ("example.com"): e-mail addresses and links at them or their subdomains are the
     * brand's, never the customer's personal data. The extension fills it from a setting.
     */
    brandDomains: z.array(z.string()).optional(),
    /** Rules switched off by the user: "ruleId" (in every set), "setId/ruleId" or a family, "setId/family:name". */
    disabledRules: z.array(z.string()).optional(),
  })
  .strict();
export type ContextInput = z.input<typeof Context>;

const RULE_ID = /^[a-z0-9][a-z0-9._-]{0,63}$/;
export const RuleId = z.string().regex(RULE_ID, {
  error: 'expected lower-case letters, digits, ".", "_" or "-" (at most 64, starting with a letter or digit)',
});

export const When = z
  .object({
    channel: z.array(Channel).min(1).optional(),
    audience: Audience.optional(),
    /** Runs only when the customer's mood is known and one of these. */
    mood: z.array(Mood).min(1).optional(),
    /**
     * Runs only when the customer's message reports something that went wrong, calm or upset (true), or reports
     * nothing wrong (false): never when that is unknown (no customer message, or one in another language; a stated
     * upset or angry mood counts as a complaint).
     */
    complaint: z.boolean().optional(),
    /** Held back when the customer's mood is known and one of these (runs when it is unknown). */
    unlessMood: z.array(Mood).min(1).optional(),
    /**
     * Runs only when the customer's message says one of these (phrase syntax, as in a phrase rule: "already",
     * "(emailed|called) you"): advice that depends on what they told us. Not when there is no customer message.
     */
    customerSays: z.array(z.string().min(1)).min(1).optional(),
    /**
     * Runs only when the customer's message says none of these (phrase syntax): a finding that is the answer when they
     * asked for it ("what's your phone number?" answered with the number). Runs as usual without a customer message.
     */
    unlessCustomerSays: z.array(z.string().min(1)).min(1).optional(),
    /**
     * Runs only on a short reply, of at most this many words (links, @handles and e-mail addresses are not words):
     * advice about a reply that gives little else ("a phone number and nothing more").
     */
    maxWords: z.number().int().min(1).max(10_000).optional(),
    /** Runs only if one of these rules (same rule set) found something in this reply. */
    ifRule: z.array(RuleId).min(1).optional(),
    /** Runs only if none of these rules (same rule set) found anything in this reply. */
    unlessRule: z.array(RuleId).min(1).optional(),
    /**
     * Runs as usual, but offers no automatic fix when one of these rules (same rule set) found something in this reply:
     * an apology inserted into a reply that blames the customer contradicts it; the reply needs rewriting first.
     */
    fixUnlessRule: z.array(RuleId).min(1).optional(),
  })
  .strict();
export type When = z.infer<typeof When>;

/**
 * A bad example: the flagged span is marked with [[ ]] (an empty [[]] marks an insertion point); `fix` is the whole
 * text after applying the finding's first suggestion.
 */
const BadExample = z
  .object({
    text: z.string().min(1),
    fix: z.string().optional(),
    context: Context.optional(),
    note: z.string().optional(),
  })
  .strict();
type BadExample = z.infer<typeof BadExample>;
const GoodExample = z.union(
  [
    z.string().min(1),
    z.object({ text: z.string().min(1), context: Context.optional(), note: z.string().optional() }).strict(),
  ],
  { error: 'expected a text, or an object with "text" (and optional "context", "note")' },
);
type GoodExample = z.infer<typeof GoodExample>;

const Examples = z.object({ bad: z.array(BadExample).default([]), good: z.array(GoodExample).default([]) }).strict();

/** Fields every rule has, whatever its kind. */
export const ruleBase = {
  id: RuleId,
  category: Category,
  severity: Severity,
  /** Plain text shown on the card; may use {match}, {name} and kind-specific values such as {count} and {max}. */
  message: z.string().min(1, { error: 'a rule needs a message that tells the agent what to change' }),
  /**
   * Rules that give the same advice about the same words (e.g. a phone number and "call our helpline") share a family:
   * Ignore and Turn off act on the whole family, so a sibling does not flag those words again for the same reason.
   */
  family: RuleId.optional(),
  /** Replacements for the flagged span (kind-specific use); "" deletes it. */
  suggestions: z.array(z.string()).optional(),
  when: When.optional(),
  /** The explanation shown under "Why" on the card and in the trainer. */
  why: z.string().optional(),
  link: z.url({ error: 'expected a full URL (https://...)' }).optional(),
  examples: Examples.optional(),
};
