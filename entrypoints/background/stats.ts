// Counting for the trainer's stats view (utils/stats.ts): every check the worker answers and every reply sent is
// counted per day, site and channel: checks, each rule's findings as they appear in a draft (a finding that stays
// while the agent types on is counted once), fixes applied (a check whose text is the previous one with one of its
// suggestions applied), replies sent, and the score band of replies sent in public. Never the text: the last check of
// each box is kept in memory only, to compare the next one with, and forgotten when the worker stops.
import type { Browser } from 'wxt/browser';
import type { ReplyTo, WorkerRequest } from '../../utils/protocol';
import { addCounts, countStatsItem, dayOf, scoreBucket, statKey, statsItem, type Counters } from '../../utils/stats';
import { currentLibrary } from './rule-sets';

type Sender = Browser.runtime.MessageSender;
type CheckResult = ReplyTo['tc:check'];

interface LastCheck {
  text: string;
  site: string;
  channel: string;
  audience: string;
  result: CheckResult;
}

/** The last check of each frame (tab and frame id), at most MAX_FRAMES, the least recent dropped first. */
const last = new Map<string, LastCheck>();
const MAX_FRAMES = 50;

/** Counts not yet written, merged and written together a moment later (one storage write per burst of checks). */
let pending: Counters = {};
let flushTimer: ReturnType<typeof setTimeout> | null = null;
const FLUSH_MS = 400;
let writing: Promise<void> = Promise.resolve();

/** The trainer's own page (its practice box is coached by the content script it loads). */
export function isPractice(url: string | undefined): boolean {
  return /^(?:chrome|moz)-extension:\/\/[^/]+\/trainer\.html(?:[?#]|$)/.test(url ?? '');
}

function frameKey(sender: Sender): string {
  return `${sender.tab?.id ?? 'x'}:${sender.frameId ?? 0}:${sender.url ?? ''}`.replace(/#.*$/, '');
}

async function counting(): Promise<boolean> {
  const [mine, lib] = await Promise.all([countStatsItem.getValue().catch(() => true), currentLibrary()]);
  return mine !== false && lib.policy.countStats !== false;
}

function add(deltas: Counters, day: string, site: string, channel: string, metric: string, subject = ''): void {
  const key = statKey({ day, site, channel, metric: metric as never, subject });
  deltas[key] = (deltas[key] ?? 0) + 1;
}

function perRule(result: CheckResult): Map<string, { n: number; category: string }> {
  const m = new Map<string, { n: number; category: string }>();
  for (const f of result.findings) {
    const id = `${f.ruleSet}/${f.rule}`;
    const e = m.get(id) ?? { n: 0, category: f.category };
    e.n += f.count ?? 1; // a merged finding stands for each of its occurrences
    m.set(id, e);
  }
  return m;
}

/** The counts one check adds, given the frame's previous check (pure, for tests). */
export function checkDeltas(prev: LastCheck | undefined, now: LastCheck, at: number): Counters {
  const d: Counters = {};
  const day = dayOf(at);
  const { site, channel } = now;
  add(d, day, site, channel, 'checks');
  const before = prev ? perRule(prev.result) : new Map<string, { n: number; category: string }>();
  for (const [id, { n, category }] of perRule(now.result)) {
    const more = n - (before.get(id)?.n ?? 0);
    for (let i = 0; i < more; i++) {
      add(d, day, site, channel, 'finding', id);
      add(d, day, site, channel, 'category', category);
    }
  }
  if (prev && prev.text !== now.text) {
    const fixed = prev.result.findings.find((f) =>
      f.suggestions.some((s) => prev.text.slice(0, s.start) + s.replacement + prev.text.slice(s.end) === now.text),
    );
    if (fixed) add(d, day, site, channel, 'fix', `${fixed.ruleSet}/${fixed.rule}`);
  }
  return d;
}

/** The counts a sent reply adds: sent, and its score band when it went out in public and was checked as sent (pure). */
export function sentDeltas(check: LastCheck, at: number, scored = true): Counters {
  const d: Counters = {};
  const day = dayOf(at);
  add(d, day, check.site, check.channel, 'sent');
  // A reply not in English has no band: its tone was not read.
  if (scored && check.audience === 'public' && !check.result.score.notEnglish)
    add(d, day, check.site, check.channel, 'public-score', scoreBucket(check.result.score.total));
  return d;
}

function queue(deltas: Counters): void {
  for (const [k, v] of Object.entries(deltas)) pending[k] = (pending[k] ?? 0) + v;
  flushTimer ??= setTimeout(() => void flushStats(), FLUSH_MS);
}

/** Writes the counts waiting in memory (also called by tests through the timer). */
export function flushStats(): Promise<void> {
  if (flushTimer) clearTimeout(flushTimer);
  flushTimer = null;
  const deltas = pending;
  pending = {};
  if (Object.keys(deltas).length === 0) return writing;
  writing = writing
    .then(async () => statsItem.setValue(addCounts(await statsItem.getValue(), deltas)))
    .catch(() => undefined); // a full storage loses these counts, never a check
  return writing;
}

/**
 * Called with every answered request (checker.ts): counts checks and sent replies when counting is on. Returns the
 * answer unchanged and never throws, so counting can never break a check.
 */
export async function countStats<T>(request: WorkerRequest, answer: T, sender: Sender): Promise<T> {
  try {
    if (request.type !== 'tc:check' && request.type !== 'tc:sent') return answer;
    // Practice on the trainer page is not a reply to a customer: it is not counted.
    if (isPractice(sender.url)) return answer;
    if (!(await counting())) return answer;
    const key = frameKey(sender);
    const at = Date.now();
    if (request.type === 'tc:check') {
      if (request.text.trim() === '') return answer; // an emptied box: nothing to count
      const now: LastCheck = {
        text: request.text,
        site: request.site,
        channel: request.context.channel ?? 'other',
        audience: request.context.audience ?? 'public',
        result: answer as CheckResult,
      };
      queue(checkDeltas(last.get(key), now, at));
      last.delete(key);
      last.set(key, now);
      if (last.size > MAX_FRAMES) last.delete(last.keys().next().value!);
    } else {
      const check = last.get(key);
      // A reply is counted where its frame's last check was (site, channel); its score only when that check was of
      // the text sent (a last keystroke before Enter may not have been checked).
      if (check) {
        queue(sentDeltas(check, at, check.text.trim() === request.text.trim()));
        last.delete(key); // the next draft in this box starts from nothing
      }
    }
  } catch {
    // counting never gets in the way of an answer
  }
  return answer;
}
