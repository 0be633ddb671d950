// What this frame can tell about itself, for the debug view and the popup: the failures counted here (a rule that
// threw, a site read that failed, an apply that was refused, a check the worker could not answer), what the site
// adapter last read and the last check's result. Failures are counted, never written to the page's console. The
// popup asks with a runtime message (utils/protocol.ts); only frames that have read something answer.
import { browser } from 'wxt/browser';
import type { CheckResult } from '../../rules/schema';
import { SiteReadingRequest, type FailureCounts, type LastReading, type SiteReading } from '../../utils/protocol';

const counts: FailureCounts = { rules: 0, siteReads: 0, applies: 0, checks: 0 };

export type FailureKind = Exclude<keyof FailureCounts, 'last'>;

/** Counts one failure of `kind`; `problem` says what happened, in plain words. */
export function countFailure(kind: FailureKind, problem: string, times = 1): void {
  counts[kind] += times;
  counts.last = problem.slice(0, 300);
}

export function failureCounts(): FailureCounts {
  return { ...counts };
}

/** The worker reported rules that threw or did not compile while checking a draft. */
export function countRuleFailures(result: CheckResult): void {
  const failed = result.failures ?? [];
  const first = failed[0];
  if (first)
    countFailure(
      'rules',
      `rule ${first.ruleSet}/${first.rule} failed (${first.stage}): ${first.message}`,
      failed.length,
    );
}

let last: Omit<LastReading, 'failures' | 'check'> | undefined;
let lastCheck: { text: string; result: CheckResult } | undefined;
let listening = false;

export function recordReading(entry: { site: string; siteName: string; url: string; reading: SiteReading }): void {
  last = { ...entry, at: Date.now() };
  listen();
}

export function recordCheck(text: string, result: CheckResult): void {
  lastCheck = { text, result };
}

function listen(): void {
  if (listening) return;
  listening = true;
  const onMessage = browser?.runtime?.onMessage;
  if (!onMessage) return; // outside an extension (tests that drive the adapters directly)
  onMessage.addListener((message: unknown, _sender: unknown, sendResponse: (r: LastReading) => void) => {
    if (!SiteReadingRequest.safeParse(message).success || !last) return undefined;
    sendResponse({ ...last, ...(lastCheck ? { check: lastCheck } : {}), failures: failureCounts() });
    return undefined;
  });
}
