// When a box is checked: after a pause in typing, at once when the context it was checked in changed (a reply
// switched to a note, another ticket), and again after settings change. Each check reads the site first; a check
// whose text and context match the last one is skipped, and one seen recently comes from the cache. Only the newest
// check's answer is used.
import type { CheckResult } from '../../../rules/schema';
import type { SiteReading } from '../../../utils/protocol';
import { checkKey, contextKey, ResultCache } from './result-cache';

export interface CheckDeps {
  /** Brings the live findings up to the editor's text, and returns it. */
  currentText(): string;
  readSite(): SiteReading;
  /** Asks the worker. */
  check(text: string, reading: SiteReading): Promise<CheckResult>;
  /** A result for `forText`, checked in `reading`'s context. `fresh` when it came from the worker, not the cache. */
  accept(forText: string, result: CheckResult, reading: SiteReading | null, fresh: boolean): void;
  /** The worker could not answer the newest check. */
  failed(error: unknown): void;
  /** The newest check has waited SLOW_MS for the worker (its answer is still used when it comes). */
  slow(): void;
  alive(): boolean;
  /** A check came to an end (answered, failed, skipped as unchanged): `busy` may have changed. */
  settled(): void;
  /** The pause in typing before a check, in milliseconds. */
  delayMs: number;
}

/** After this long without an answer the agent is told (a check takes milliseconds; a woken worker 0.3 s). */
export const SLOW_MS = 5000;

/** The result of an empty reply: nothing found. */
export const EMPTY: CheckResult = {
  findings: [],
  score: { total: 100, byCategory: {} as CheckResult['score']['byCategory'] },
};

export class Checks {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private seq = 0;
  /** The seq of the check waiting for the worker, or 0. */
  private asking = 0;
  private checkedKey: string | null = null;
  /** The context the last check used (its key), to tell whether a look at the page found another one. */
  private checkedContext: string | null = null;
  private cache = new ResultCache();

  constructor(private deps: CheckDeps) {}

  /** A check is due (the agent typed) or waits for the worker: the findings shown may not be the text's yet. */
  get busy(): boolean {
    return this.timer !== undefined || this.asking !== 0;
  }

  /** The agent typed: check after the pause. */
  soon(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.now(), this.deps.delayMs);
  }

  private clearTimer(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Checks now, unless the text and the context are those of the last check. */
  async now(): Promise<void> {
    this.clearTimer();
    const { deps } = this;
    if (!deps.alive()) return;
    const text = deps.currentText();
    if (text.trim() === '') {
      this.seq++;
      this.checkedKey = checkKey(text, {});
      deps.accept(text, EMPTY, null, false);
      return;
    }
    const reading = deps.readSite();
    const key = checkKey(text, reading.context);
    if (key === this.checkedKey) return deps.settled();
    this.checkedContext = contextKey(reading.context);
    const cached = this.cache.get(key);
    if (cached) {
      this.seq++;
      this.checkedKey = key;
      deps.accept(text, cached, reading, false);
      return;
    }
    const seq = ++this.seq;
    this.asking = seq;
    let result: CheckResult;
    const slow = setTimeout(() => seq === this.seq && deps.alive() && deps.slow(), SLOW_MS);
    try {
      result = await deps.check(text, reading);
    } catch (e) {
      if (seq === this.seq && deps.alive()) {
        this.asking = 0;
        deps.failed(e);
        deps.settled();
      }
      return;
    } finally {
      clearTimeout(slow);
    }
    if (seq !== this.seq || !deps.alive()) return; // a newer check (or none) is current
    this.asking = 0;
    this.cache.set(key, result);
    this.checkedKey = key;
    deps.accept(text, result, reading, true);
  }

  /**
   * The page may have changed the context (a click elsewhere, the address changed): re-checks at once if the site
   * now reads another context than the last check's. While the agent is typing, the check after the pause will
   * read it anyway; a look never checks a half-typed draft.
   */
  contextMaybeChanged(): void {
    if (this.timer !== undefined || this.checkedContext === null || !this.deps.alive()) return;
    if (contextKey(this.deps.readSite().context) !== this.checkedContext) void this.now();
  }

  /** Settings changed (a rule turned off here or elsewhere): forget every result and check again. */
  invalidate(): void {
    this.cache.clear();
    this.checkedKey = null;
    void this.now();
  }

  /** The box is gone: no answer is used any more. */
  stop(): void {
    this.seq++;
    this.asking = 0;
    this.clearTimer();
  }
}
