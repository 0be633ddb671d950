// Results kept per draft and context, so undo and retyping get their findings back without a round trip. The key is
// the text AND the context it was read with: the same words in an internal note and in a reply to the customer are
// two different checks (an e-mail-only finding must not follow the draft into a note).
import type { CheckResult } from '../../../rules/schema';
import type { SiteReading } from '../../../utils/protocol';

/** Everything the site adapter read, as a key (its reading is built in the same order each time). */
export function contextKey(context: SiteReading['context']): string {
  return JSON.stringify(context);
}

/** The identity of a check: the text and everything the site adapter read for it. */
export function checkKey(text: string, context: SiteReading['context']): string {
  return `${contextKey(context)}\u0000${text}`;
}

export class ResultCache {
  private entries = new Map<string, CheckResult>();

  constructor(private readonly size = 8) {}

  get(key: string): CheckResult | undefined {
    return this.entries.get(key);
  }

  set(key: string, result: CheckResult): void {
    this.entries.delete(key);
    this.entries.set(key, result);
    if (this.entries.size > this.size) this.entries.delete(this.entries.keys().next().value!);
  }

  clear(): void {
    this.entries.clear();
  }
}
