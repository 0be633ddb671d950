// The findings a box shows between two checks: the engine's findings moved along with the agent's edits, minus the
// occurrences the agent ignored. Pure (no DOM): the session feeds it the editor's text after each change.
import type { CheckResult, Finding } from '../../../rules/schema';
import { SEVERITY_RANK } from '../../../rules/types';
import { marks, occurrenceKey, offKey, ruleId } from '../../../components/finding-view';
import { editBetween, mapSpan, type Edit, type Span } from './tracking';

export { occurrenceKey, ruleId };

/**
 * A finding moved through an edit; null when the edit touched its span, one of its occurrences or its insertion point.
 * Suggestions the edit touched are dropped.
 */
export function moveFinding(f: Finding, edit: Edit): Finding | null {
  const moved = mapSpan(f, edit);
  const spans = f.spans?.map((s) => mapSpan(s, edit));
  const at = f.at === undefined ? undefined : mapSpan({ start: f.at, end: f.at }, edit)?.start;
  if (!moved || spans?.includes(null) || (f.at !== undefined && at === undefined)) return null;
  const suggestions = f.suggestions.flatMap((s) => {
    const m = mapSpan(s, edit);
    return m ? [m] : [];
  });
  const out = { ...moved, suggestions };
  if (spans) out.spans = spans as Span[];
  if (at !== undefined) out.at = at;
  return out;
}

/**
 * An occurrence the agent chose to ignore: hidden as long as the same rule flags the same words there; with a family,
 * any rule of the family flagging any of those words is hidden too (the same advice for the same words).
 */
export interface Ignored {
  rule: string;
  /** "setId/family" when the rule has a family. */
  family?: string;
  text: string;
  start: number;
  end: number;
}

const familyOf = (f: Finding): string | undefined => (f.family ? `${f.ruleSet}/${f.family}` : undefined);
const overlap = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

export function isIgnored(f: Finding, ignored: readonly Ignored[]): boolean {
  const id = ruleId(f);
  const family = familyOf(f);
  return ignored.some(
    (i) =>
      (i.rule === id && i.start === f.start && i.end === f.end && i.text === f.text) ||
      (family !== undefined && i.family === family && overlap(i, f)),
  );
}

/** Of a family's findings on the same words, only the most important is shown (they give the same advice). */
export function oneOfAFamily(findings: readonly Finding[]): Finding[] {
  if (!findings.some((f) => f.family)) return [...findings]; // the common case, on every paint: nothing to sort
  const kept: Finding[] = [];
  const ranked = [...findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
  const drop = new Set<Finding>();
  for (const f of ranked) {
    const family = familyOf(f);
    if (family && kept.some((k) => familyOf(k) === family && overlap(k, f))) drop.add(f);
    else kept.push(f);
  }
  return drop.size ? findings.filter((f) => !drop.has(f)) : [...findings];
}

/** Of findings under the pointer or caret, the one the agent most likely means: most severe, then narrowest. */
export function mostSpecific(hits: Finding[]): Finding | undefined {
  return hits.sort(
    (a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.end - a.start - (b.end - b.start),
  )[0];
}

export class LiveFindings {
  private current = '';
  private findings: Finding[] = [];
  private ignored: Ignored[] = [];

  get text(): string {
    return this.current;
  }

  /** Anything on screen that edits must move (findings or ignored spans)? */
  get tracking(): boolean {
    return this.findings.length > 0 || this.ignored.length > 0;
  }

  /** The editor's text is now `now`: findings and ignored spans follow the edit; a touched one is dropped. */
  follow(now: string): void {
    const before = this.current;
    if (now === before) return;
    this.current = now;
    const edit = editBetween(before, now);
    if (!edit) return;
    this.findings = this.findings.flatMap((f) => {
      const m = moveFinding(f, edit);
      return m && now.slice(m.start, m.end) === m.text ? [m] : [];
    });
    this.ignored = this.ignored.flatMap((i) => {
      const m = mapSpan(i, edit);
      return m ? [m] : [];
    });
  }

  /** Takes a result checked on `forText`, carried over the edits made since (while the worker was answering). */
  accept(forText: string, result: CheckResult): void {
    const edit = editBetween(forText, this.current);
    this.findings = result.findings.flatMap((f) => {
      const m = edit ? moveFinding(f, edit) : f;
      return m && this.current.slice(m.start, m.end) === m.text ? [m] : [];
    });
  }

  /** What the agent sees: the findings not ignored. */
  visible(): Finding[] {
    return oneOfAFamily(this.findings.filter((f) => !isIgnored(f, this.ignored)));
  }

  find(key: string): Finding | undefined {
    return this.visible().find((f) => occurrenceKey(f) === key);
  }

  /** The finding whose words are at a text offset (caret), the most specific one when several cover it. */
  at(offset: number): Finding | undefined {
    return mostSpecific(
      this.visible().filter((f) => marks(f).some((s) => s.start <= offset && offset <= s.end && s.end > s.start)),
    );
  }

  ignore(f: Finding): void {
    const family = familyOf(f);
    this.ignored.push({ rule: ruleId(f), ...(family ? { family } : {}), text: f.text, start: f.start, end: f.end });
  }

  /** A rule (or family, "setId/family:name") was turned off: its findings go at once, before the re-check. */
  dropRule(key: string): void {
    this.findings = this.findings.filter((f) => offKey(f) !== key && ruleId(f) !== key);
  }
}
