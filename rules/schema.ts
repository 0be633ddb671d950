// Contracts shared by the engine, the content script, the CLI and the pages.
// Pure TypeScript + zod: no DOM, no browser APIs.
import * as z from 'zod';

export const CATEGORIES = ['canned', 'empathy', 'blame', 'tone', 'brand', 'clarity', 'privacy', 'channel'] as const;
export const Category = z.enum(CATEGORIES);
export type Category = z.infer<typeof Category>;

export const SEVERITIES = ['error', 'warning', 'suggestion'] as const;
export const Severity = z.enum(SEVERITIES);
export type Severity = z.infer<typeof Severity>;

export const CHANNELS = ['x', 'facebook', 'instagram', 'messenger', 'email', 'chat', 'ticket', 'other'] as const;
export const Channel = z.enum(CHANNELS);
export type Channel = z.infer<typeof Channel>;

export const MOODS = ['angry', 'upset', 'neutral', 'happy'] as const;
export const Mood = z.enum(MOODS);
export type Mood = z.infer<typeof Mood>;

/** What the engine knows about the reply being written. Everything is optional but channel and audience. */
export const Context = z.object({
  channel: Channel.default('x'),
  audience: z.enum(['public', 'private']).default('public'),
  customerName: z.string().optional(),
  customerHandle: z.string().optional(),
  /** The customer's message being answered; mood is estimated from it when `mood` is absent. */
  customerMessage: z.string().optional(),
  mood: Mood.optional(),
  /** The agent's sign-off convention read from the page or settings, e.g. "^JS" or "-Ann". */
  signOff: z.string().optional(),
  /** Fingerprints of the agent's recent replies (never their text), for the repetition kind. */
  recentFingerprints: z.array(z.string()).optional(),
});
export type ContextInput = z.input<typeof Context>;
export type Context = z.infer<typeof Context>;

/** A concrete fix: replace [start,end) of the text with `replacement` (start === end is an insertion). */
export interface Suggestion {
  replacement: string;
  start: number;
  end: number;
  /** Short label for the card, e.g. 'Replace with "sorry"'. */
  label?: string;
}

/** Offsets are UTF-16 code units into the text exactly as the caller passed it. */
export interface Finding {
  rule: string;
  ruleSet: string;
  category: Category;
  severity: Severity;
  start: number;
  end: number;
  text: string;
  message: string;
  suggestions: Suggestion[];
  why?: string;
  link?: string;
}

export interface Score {
  /** 0-100, 100 = nothing to improve. */
  total: number;
  byCategory: Record<Category, number>;
}

export interface CheckResult {
  findings: Finding[];
  score: Score;
}
