// What the agent does with a finding from the card or the panel: Apply its first suggestion through the editor's
// own input path (verified, rolled back when the editor refuses), Ignore this occurrence, or turn its rule off here
// or everywhere. A refused apply is counted for the debug view and told to the agent in plain words.
import type { EditorAdapter } from '../editors/types';
import { ask } from '../../../utils/messaging';
import { countFailure } from '../debug-report';
import { ruleId, type LiveFindings } from './live-findings';

export interface FixDeps {
  root: HTMLElement;
  adapter: EditorAdapter;
  live: LiveFindings;
  /** Brings the live findings up to the editor's text. */
  sync(): void;
  /** Host name for per-site settings. */
  siteHost: string;
  alive(): boolean;
  /** Shows a notice to the agent (null clears it). */
  say(notice: string | null): void;
  /** Something the agent sees changed (findings, notice). */
  changed(): void;
  /** Checks the box now (after an apply). */
  checkNow(): void;
  /** Forgets cached results and checks again (settings changed). */
  recheck(): void;
}

export async function applyFix(d: FixDeps, key: string): Promise<void> {
  d.sync();
  const f = d.live.find(key);
  const s = f?.suggestions[0];
  if (!f || !s) return;
  const expected = d.live.text.slice(s.start, s.end);
  const result = await d.adapter.replace(d.root, s.start, s.end, s.replacement, expected);
  if (!d.alive()) return;
  if (result.ok) d.say(null);
  else {
    const reason = result.reason ?? 'The change could not be applied; nothing was replaced.';
    countFailure('applies', `${d.adapter.id}: ${reason}`);
    d.say(reason);
  }
  d.checkNow();
}

export function ignoreFix(d: FixDeps, key: string): void {
  d.sync();
  const f = d.live.find(key);
  if (f) d.live.ignore(f);
  d.changed();
}

/** Turns the finding's rule off; its findings go at once, and the box is checked again with the new settings. */
export async function disableRule(d: FixDeps, key: string, scope: 'site' | 'everywhere'): Promise<void> {
  d.sync();
  const f = d.live.find(key);
  if (!f) return;
  const id = ruleId(f);
  d.live.dropRule(id);
  d.changed();
  await ask({ type: 'tc:disable-rule', rule: id, scope, site: d.siteHost });
  d.recheck();
}
