// Answers the content script: runs the engine on a draft in the worker, where the page's typing is not affected
// and the NLP code is loaded once instead of in every frame of every page.
import { check } from '../../rules/engine';
import { mergeByRule } from '../../rules/merge';
import { isOurs, WorkerRequest, type Envelope, type ReplyTo } from '../../utils/protocol';
import { recentFingerprints, rememberSent } from './recent-replies';
import { currentLibrary, enabledRuleSets } from './rule-sets';
import { countStats } from './stats';
import { activeEntries } from '../../utils/rule-library';
import { agentItem, brandDomainsItem, disableRule, disabledRulesFor, enableRule } from '../../utils/settings';
import { saving } from '../../utils/storage-full';

/** Hard cap on a draft sent for checking: longer text is checked up to here (a reply is never this long). */
export const MAX_CHECK_CHARS = 50_000;

async function answer(
  msg: WorkerRequest,
  sender: Browser.runtime.MessageSender,
): Promise<ReplyTo[WorkerRequest['type']]> {
  switch (msg.type) {
    case 'tc:check': {
      const [ruleSets, disabledRules, recent, agent, brandDomains] = await Promise.all([
        enabledRuleSets({ site: msg.site, channel: msg.context.channel }),
        disabledRulesFor(msg.site),
        recentFingerprints(),
        agentItem.getValue(),
        brandDomainsItem.getValue(),
      ]);
      const text = msg.text.slice(0, MAX_CHECK_CHARS);
      const result = check(text, ruleSets, {
        ...(agent.signOff ? { signOff: agent.signOff } : {}),
        ...(brandDomains.length ? { brandDomains } : {}),
        ...msg.context,
        disabledRules: [...(msg.context.disabledRules ?? []), ...disabledRules],
        recentFingerprints: [...(msg.context.recentFingerprints ?? []), ...recent],
      });
      // The agent reads one finding per rule, with a count ("5 exclamation marks"), not five.
      return { ...result, findings: mergeByRule(text, result.findings) };
    }
    case 'tc:disable-rule':
      await saving(disableRule(msg.rule, msg.scope, msg.site));
      return null;
    case 'tc:enable-rule':
      await saving(enableRule(msg.rule, msg.scope, msg.site));
      return null;
    case 'tc:active-sets': {
      const lib = await currentLibrary();
      const entries = activeEntries(lib.entries, { site: msg.site, channel: msg.channel });
      const rules: ReplyTo['tc:active-sets']['rules'] = {};
      for (const key of msg.describe) {
        const [setId, ruleId = ''] = key.split('/');
        const set = lib.entries.find((e) => e.ruleSet?.id === setId)?.ruleSet;
        // A family ("setId/family:name") is described by its first rule, and says how many rules it holds.
        const family = ruleId.startsWith('family:') ? ruleId.slice('family:'.length) : null;
        const members = set?.rules.filter((r) => (family ? r.family === family : r.id === ruleId)) ?? [];
        const rule = members[0];
        if (rule)
          rules[key] = {
            message: ruleTitle(rule),
            category: rule.category,
            ...(family ? { family: { name: family, rules: members.length } } : {}),
          };
      }
      return {
        sets: entries.map((e) => ({
          id: e.ruleSet!.id,
          name: e.ruleSet!.name,
          origin: e.origin,
          rules: e.ruleSet!.rules.length,
        })),
        rules,
      };
    }
    case 'tc:sent':
      await rememberSent(msg.text.slice(0, MAX_CHECK_CHARS));
      return null;
    case 'tc:load-readability': {
      const tabId = sender.tab?.id;
      if (tabId === undefined) throw new Error('Readability is only loaded into a tab.');
      await browser.scripting.executeScript({
        target: { tabId, frameIds: [sender.frameId ?? 0] },
        files: ['/readability.js'],
      });
      return null;
    }
  }
}

/**
 * A rule as a person would name it: its message when that reads on its own, else its id in words ("any-inconvenience"
 * -> "Any inconvenience"), never a template with {placeholders}.
 */
export function ruleTitle(rule: { id: string; message: string }): string {
  if (!rule.message.includes('{')) return rule.message;
  const words = rule.id.replace(/[-_.]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function listenForChecks(): void {
  browser.runtime.onMessage.addListener((msg: unknown, sender, sendResponse: (r: Envelope<unknown>) => void) => {
    if (!isOurs(msg) || sender.id !== browser.runtime.id) return false;
    // Parsed where it arrives: a message of another version or a page's forgery is refused in plain words.
    const request = WorkerRequest.safeParse(msg);
    if (!request.success) {
      sendResponse({
        ok: false,
        error: `Tone Coach could not read a ${String((msg as { type: unknown }).type)} message.`,
      });
      return false;
    }
    answer(request.data, sender)
      .then((value) => countStats(request.data, value, sender)) // the trainer's counts (stats.ts); never throws
      .then(
        (value) => sendResponse({ ok: true, value }),
        (e: unknown) => sendResponse({ ok: false, error: e instanceof Error ? e.message : String(e) }),
      );
    return true; // the answer is asynchronous
  });
}
