// Talking to the background worker without ever throwing (the content script and the extension pages). MV3 stops
// an idle worker; a message wakes it (the first answer after a wake takes longer). After an extension update or
// reload a content script is orphaned ("Extension context invalidated"): we report it once and the caller tears
// pauses coaching and says so. A worker that does not answer within ANSWER_MS (stuck, or stopped and not coming
// back) is a NoAnswer, so no caller waits for ever (a check says it is slow much earlier: session/checks.ts).
// Every answer is parsed against the protocol (utils/protocol.ts) before it is used.
import { Envelope, WORKER_REPLIES, type ReplyTo, type WorkerRequest } from './protocol';

/** Thrown (to our own code only) when this content script can no longer reach its extension. */
export class ExtensionGone extends Error {}

/** Thrown when the worker did not answer in time. */
export class NoAnswer extends Error {}

/** Longest wait for an answer: a check takes milliseconds, a worker woken from idle about 0.3 s (seconds when the
 * machine is very busy). */
export const ANSWER_MS = 30_000;

const GONE = /context invalidated|Extension context|runtime\.id/i;
/** The worker was stopping or starting while we sent (or stopped before answering): one retry is enough. */
const TRANSIENT = /message (?:port|channel) closed|Receiving end does not exist|Could not establish connection/i;

export function extensionAlive(): boolean {
  try {
    return browser.runtime?.id != null;
  } catch {
    return false;
  }
}

/** `promise`, or a NoAnswer after `ms`. */
function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new NoAnswer('Tone Coach is not answering.')), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

export async function ask<R extends WorkerRequest>(msg: R, ms = ANSWER_MS): Promise<ReplyTo[R['type']]> {
  for (let attempt = 0; ; attempt++) {
    if (!extensionAlive()) throw new ExtensionGone('extension reloaded');
    let raw: unknown;
    try {
      raw = await within(browser.runtime.sendMessage(msg), ms);
    } catch (e) {
      if (e instanceof NoAnswer) throw e;
      const text = e instanceof Error ? e.message : String(e);
      if (GONE.test(text) || !extensionAlive()) throw new ExtensionGone(text);
      if (TRANSIENT.test(text) && attempt === 0) continue;
      throw e;
    }
    if (raw === undefined) {
      if (attempt === 0) continue; // the worker went away before answering
      throw new Error('No answer from the Tone Coach worker.');
    }
    const envelope = Envelope.safeParse(raw);
    if (!envelope.success) throw new Error('The Tone Coach worker answered in an unknown form.');
    if (!envelope.data.ok) throw new Error(envelope.data.error);
    const value = WORKER_REPLIES[msg.type].safeParse(envelope.data.value);
    if (!value.success) throw new Error(`The Tone Coach worker's answer to ${msg.type} was malformed.`);
    return value.data as ReplyTo[R['type']];
  }
}
