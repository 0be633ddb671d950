// Talking to the background worker without ever throwing (the content script and the extension pages). MV3 stops
// an idle worker; a message wakes it (the first answer after a wake takes longer). After an extension update or
// reload a content script is orphaned ("Extension context invalidated"): we report it once and the caller tears
// everything down quietly.
// Every answer is parsed against the protocol (utils/protocol.ts) before it is used.
import { Envelope, WORKER_REPLIES, type ReplyTo, type WorkerRequest } from './protocol';

/** Thrown (to our own code only) when this content script can no longer reach its extension. */
export class ExtensionGone extends Error {}

const GONE = /context invalidated|Extension context|runtime\.id/i;
/** The worker was stopping or starting while we sent: one retry is enough. */
const TRANSIENT = /message port closed|Receiving end does not exist|Could not establish connection/i;

export function extensionAlive(): boolean {
  try {
    return browser.runtime?.id != null;
  } catch {
    return false;
  }
}

export async function ask<R extends WorkerRequest>(msg: R): Promise<ReplyTo[R['type']]> {
  for (let attempt = 0; ; attempt++) {
    if (!extensionAlive()) throw new ExtensionGone('extension reloaded');
    let raw: unknown;
    try {
      raw = await browser.runtime.sendMessage(msg);
    } catch (e) {
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
