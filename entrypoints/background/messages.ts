// The messages between the content script and the background worker. The page never runs the engine: the
// content script sends the draft and its context, the worker answers the findings (see README "Live coaching").
import type { CheckResult, ContextInput } from '../../rules/schema';

export interface CheckRequest {
  type: 'tc:check';
  text: string;
  context: ContextInput;
  /** Host name of the page (of the top page for an about:blank composer frame), for per-site settings. */
  site: string;
}

/** "Turn off this rule": `rule` is "setId/ruleId"; `site` is the page's host name when scope is 'site'. */
export interface DisableRuleRequest {
  type: 'tc:disable-rule';
  rule: string;
  scope: 'site' | 'everywhere';
  site: string;
}

/** The agent sent `text` (the box emptied right after Enter or a click on a button): only its fingerprint is kept. */
export interface SentRequest {
  type: 'tc:sent';
  text: string;
}

export type Request = CheckRequest | DisableRuleRequest | SentRequest;

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

export interface ReplyTo {
  'tc:check': CheckResult;
  'tc:disable-rule': null;
  'tc:sent': null;
}
