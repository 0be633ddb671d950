// What the agent does with a finding from the card or the panel: Apply its first suggestion through the editor's
// own input path (verified, rolled back when the editor refuses), Ignore this occurrence, or turn its rule off here
// or everywhere. A refused apply is counted for the debug view and told to the agent in plain words.
import type { EditorAdapter } from '../editors/types';
import { ask } from '../../../utils/messaging';
import { countFailure } from '../debug-report';
import { isSafeFix, offKey } from '../../../components/finding-view';
import type { Suggestion } from '../../../rules/schema';
import type { LiveFindings } from './live-findings';

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

export async function applyFix(d: FixDeps, key: string, index = 0): Promise<void> {
  d.sync();
  const f = d.live.find(key);
  const s = f?.suggestions[index];
  if (!f || !s) return;
  const expected = d.live.text.slice(s.start, s.end);
  const result = await d.adapter.replace(d.root, s.start, s.end, s.replacement, expected);
  if (!d.alive()) return;
  refused(d, result.ok ? undefined : (result.reason ?? 'The change could not be applied; nothing was replaced.'));
  d.checkNow();
}

function refused(d: FixDeps, reason: string | undefined): void {
  if (reason === undefined) return d.say(null);
  countFailure('applies', `${d.adapter.id}: ${reason}`);
  d.say(reason);
}

/** The safe fixes of the findings shown (plain replacements), in reading order, none overlapping another. */
export function safeFixes(findings: readonly Parameters<typeof isSafeFix>[0][]): Suggestion[] {
  const all = findings
    .filter(isSafeFix)
    .map((f) => f.suggestions[0]!)
    .sort((a, b) => a.start - b.start);
  const out: Suggestion[] = [];
  for (const s of all) if (s.start >= (out[out.length - 1]?.end ?? 0)) out.push(s);
  return out;
}

/**
 * "Fix all safe ones": every plain replacement at once, verified like a single Apply. Within one paragraph they go in
 * as one edit of the span they cover (one undo step); across paragraphs, one edit per fix from the last to the first
 * (one undo step each: replacing paragraph breaks could lose the editor's formatting). Returns what to tell the agent.
 */
export async function fixAll(d: FixDeps): Promise<string | null> {
  d.sync();
  const fixes = safeFixes(d.live.visible());
  if (fixes.length === 0) return null;
  const text = d.live.text;
  const from = fixes[0]!.start;
  const to = fixes[fixes.length - 1]!.end;
  const span = text.slice(from, to);
  let done = 0;
  let reason: string | undefined;
  if (!span.includes('\n')) {
    let out = '';
    let at = from;
    for (const s of fixes) {
      out += text.slice(at, s.start) + s.replacement;
      at = s.end;
    }
    const result = await d.adapter.replace(d.root, from, to, out, span);
    if (result.ok) done = fixes.length;
    else reason = result.reason ?? 'The changes could not be applied; nothing was replaced.';
  } else {
    for (const s of [...fixes].reverse()) {
      const result = await d.adapter.replace(d.root, s.start, s.end, s.replacement, text.slice(s.start, s.end));
      if (!d.alive()) return null;
      if (!result.ok) {
        reason = result.reason ?? 'A change could not be applied; the ones before it stay.';
        break;
      }
      done++;
    }
  }
  if (!d.alive()) return null;
  refused(d, reason);
  d.checkNow();
  if (done === 0) return null;
  const undo = span.includes('\n')
    ? `one undo step each (Ctrl+Z ${done} times to take them back)`
    : 'one Ctrl+Z undoes them all';
  return `Applied ${done} fix${done === 1 ? '' : 'es'}: ${undo}.`;
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
  const id = offKey(f);
  d.live.dropRule(id);
  d.changed();
  await ask({ type: 'tc:disable-rule', rule: id, scope, site: d.siteHost });
  d.recheck();
}
