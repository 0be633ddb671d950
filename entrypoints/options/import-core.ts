// Import's pure parts: a file's text read into rule sets (every problem listed, nothing half-read), what importing
// them would change in plain words, and the address of a file to download. No DOM, no storage: ImportPanel.tsx shows
// it and the unit tests run it.
import type { RuleSet } from '../../rules/schema';
import { planImport, readRuleSetFile, type ImportPlanItem } from '../../utils/rule-set-files';

export type ImportPreview = { ok: true; plan: ImportPlanItem[] } | { ok: false; problems: string[] };

/** The sets in `text` and what importing them over the user's own sets would do; any problem refuses them all. */
export function previewImport(text: string, existing: readonly RuleSet[]): ImportPreview {
  if (!text.trim()) return { ok: false, problems: ['there is nothing to import: the text is empty'] };
  const read = readRuleSetFile(text);
  if (!read.ok) return { ok: false, problems: read.problems };
  return { ok: true, plan: planImport(read.ruleSets, existing) };
}

const plural = (n: number, one: string, many = `${one}s`): string =>
  `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** Rule ids as a short list: the first few, then how many more. */
export function idList(ids: readonly string[], max = 8): string {
  const shown = ids.slice(0, max).join(', ');
  return ids.length > max ? `${shown} and ${ids.length - max} more` : shown;
}

/** One line per set: what it is and what happens to it. */
export function describePlanItem(item: ImportPlanItem, existing: readonly RuleSet[]): string {
  const set = item.ruleSet;
  if (item.action === 'add')
    return `Add "${set.name}" (${set.id}), a new rule set with ${plural(set.rules.length, 'rule')}.`;
  const old = existing.find((e) => e.id === set.id);
  const { added, changed, removed } = item.rules;
  const name = old && old.name !== set.name ? `your "${old.name}" with "${set.name}"` : `your "${set.name}"`;
  const same = added.length + changed.length + removed.length === 0;
  return `Replace ${name} (${set.id}): ${same ? 'its rules stay the same' : 'rules change as listed below'}.`;
}

/** The rule changes of a replaced set, one line per kind of change, in plain words. */
export function ruleChangeLines(item: ImportPlanItem): { kind: 'added' | 'changed' | 'removed'; text: string }[] {
  if (item.action === 'add') return [];
  const out: { kind: 'added' | 'changed' | 'removed'; text: string }[] = [];
  const { added, changed, removed } = item.rules;
  if (added.length) out.push({ kind: 'added', text: `${plural(added.length, 'rule')} added: ${idList(added)}` });
  if (changed.length)
    out.push({ kind: 'changed', text: `${plural(changed.length, 'rule')} changed: ${idList(changed)}` });
  if (removed.length)
    out.push({ kind: 'removed', text: `${plural(removed.length, 'rule')} removed: ${idList(removed)}` });
  return out;
}

/** An address a rule set can be downloaded from (https only), or why not. */
export function importUrl(text: string): { ok: true; url: URL } | { ok: false; problem: string } {
  const trimmed = text.trim();
  if (!trimmed) return { ok: false, problem: 'Type the address of the rule-set file first.' };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { ok: false, problem: `"${trimmed}" is not a web address; it should start with https://` };
  }
  if (url.protocol !== 'https:')
    return {
      ok: false,
      problem: `Only secure addresses (https://) can be imported; "${trimmed}" starts with ${url.protocol}//`,
    };
  return { ok: true, url };
}
