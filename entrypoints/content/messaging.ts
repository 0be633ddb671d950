// Talking to the background worker without ever throwing into the page. MV3 stops an idle worker; a message
// wakes it (the first answer after a wake takes longer). After an extension update or reload this script is
// orphaned ("Extension context invalidated"): we report it once and the caller tears everything down quietly.
import type { Reply, ReplyTo, Request } from '../background/messages';

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

export async function ask<R extends Request>(msg: R): Promise<ReplyTo[R['type']]> {
  for (let attempt = 0; ; attempt++) {
    if (!extensionAlive()) throw new ExtensionGone('extension reloaded');
    let reply: Reply<ReplyTo[R['type']]> | undefined;
    try {
      reply = (await browser.runtime.sendMessage(msg)) as Reply<ReplyTo[R['type']]> | undefined;
    } catch (e) {
      const text = e instanceof Error ? e.message : String(e);
      if (GONE.test(text) || !extensionAlive()) throw new ExtensionGone(text);
      if (TRANSIENT.test(text) && attempt === 0) continue;
      throw e;
    }
    if (reply === undefined) {
      if (attempt === 0) continue; // the worker went away before answering
      throw new Error('No answer from the Tone Coach worker.');
    }
    if (!reply.ok) throw new Error(reply.error);
    return reply.value;
  }
}
