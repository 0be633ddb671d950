// Answers the content script: runs the engine on a draft in the worker, where the page's typing is not affected
// and the NLP code is loaded once instead of in every frame of every page.
import { check } from '../../rules/engine';
import type { Reply, ReplyTo, Request } from './messages';
import { recentFingerprints, rememberSent } from './recent-replies';
import { enabledRuleSets } from './rule-sets';
import { disableRule, disabledRulesFor } from './settings';

/** Hard cap on a draft sent for checking: longer text is checked up to here (a reply is never this long). */
export const MAX_CHECK_CHARS = 50_000;

async function answer(msg: Request): Promise<ReplyTo[Request['type']]> {
  switch (msg.type) {
    case 'tc:check': {
      const [ruleSets, disabledRules, recent] = await Promise.all([enabledRuleSets(), disabledRulesFor(msg.site), recentFingerprints()]);
      const text = msg.text.slice(0, MAX_CHECK_CHARS);
      return check(text, ruleSets, {
        ...msg.context,
        disabledRules: [...(msg.context.disabledRules ?? []), ...disabledRules],
        recentFingerprints: [...(msg.context.recentFingerprints ?? []), ...recent],
      });
    }
    case 'tc:disable-rule':
      await disableRule(msg.rule, msg.scope, msg.site);
      return null;
    case 'tc:sent':
      await rememberSent(msg.text.slice(0, MAX_CHECK_CHARS));
      return null;
  }
}

function isRequest(msg: unknown): msg is Request {
  return typeof msg === 'object' && msg !== null && typeof (msg as { type?: unknown }).type === 'string' &&
    (msg as { type: string }).type.startsWith('tc:');
}

export function listenForChecks(): void {
  browser.runtime.onMessage.addListener((msg: unknown, sender, sendResponse: (r: Reply<unknown>) => void) => {
    if (!isRequest(msg) || sender.id !== browser.runtime.id) return false;
    answer(msg).then(
      (value) => sendResponse({ ok: true, value }),
      (e: unknown) => sendResponse({ ok: false, error: e instanceof Error ? e.message : String(e) }),
    );
    return true; // the answer is asynchronous
  });
}
