// Tells a reply that was sent from a draft cleared by hand. A reply of some length that vanished right after Enter
// or a click on a button was sent (a chat box empties, a reply dialog closes): its fingerprint goes to the worker for
// the repetition rule ("you sent nearly this reply a moment ago"). The text itself is never kept.

/** How long after Enter or a button click an emptied box counts as sent. */
const SENT_WITHIN_MS = 2000;
/** Shorter replies are not worth remembering. */
const MIN_CHARS = 20;

export class SendDetector {
  private intentAt = 0;

  /** The agent pressed Enter in the box or clicked a button on the page: the page may be sending the reply. */
  intent(now = Date.now()): void {
    this.intentAt = now;
  }

  /** The box emptied (or went away) with `text` in it last: was it sent? Answers yes once per intent. */
  sent(text: string, now = Date.now()): boolean {
    if (text.trim().length < MIN_CHARS || now - this.intentAt > SENT_WITHIN_MS) return false;
    this.intentAt = 0;
    return true;
  }
}
