// What the overlay shows for a box is a pure function of the session's state (session/view-model.ts), and the
// shared components' view of a finding (components/finding-view.ts) is what every page shows too.
import { describe, expect, it } from 'vitest';
import { check } from '../../rules/engine';
import { BUILTIN_PACKS } from '../../rules/packs';
import { findingView, marks, occurrenceKey } from '../../components/finding-view';
import { mergeByRule } from '../../rules/merge';
import { boxView, type BoxState } from '../../entrypoints/content/session/view-model';
import { LiveFindings } from '../../entrypoints/content/session/live-findings';

const TEXT = 'Hi Jane, we are sorry for any inconvenience caused by the delay.\nPlease call our 800 number.';
const result = check(TEXT, BUILTIN_PACKS, { channel: 'x', customerName: 'Jane Doe' });

function state(over: Partial<BoxState> = {}): BoxState {
  return {
    id: 1,
    label: 'Post text',
    rect: { top: 10, left: 10, width: 300, height: 80 },
    badgeAt: { top: 70, left: 280 },
    theme: 'light',
    text: TEXT,
    findings: result.findings,
    score: result.score,
    fieldRects: null,
    site: 'x',
    reading: { context: { channel: 'x', audience: 'public', customerName: 'Jane Doe' }, debug: { kind: 'reply' } },
    debug: null,
    ...over,
  };
}

describe('finding view', () => {
  it('shows the fix as before/after within the line, cut at words', () => {
    const canned = result.findings.find((f) => f.suggestions.length > 0 && f.text.includes('inconvenience'))!;
    const v = findingView(canned, TEXT);
    const s = canned.suggestions[0]!;
    expect(v.replaced).toBe(TEXT.slice(s.start, s.end));
    expect(v.suggestion?.replacement).toBe(s.replacement);
    const shown = `${v.contextBefore}${v.replaced}${v.contextAfter}`.replace(/^…/, '').replace(/…$/, '');
    expect(TEXT.split('\n')[0]).toContain(shown); // the words around the fix, from the same line
    expect(shown.length).toBeLessThanOrEqual(v.replaced.length + 2 * 24);
    expect(v.contextAfter).not.toContain('\n');
    expect(v.key).toBe(`${canned.ruleSet}/${canned.rule}@${canned.start}-${canned.end}`);
  });

  it('a finding without a suggestion has no before/after', () => {
    const f = { ...result.findings[0]!, suggestions: [] };
    expect(findingView(f, TEXT).suggestion).toBeUndefined();
  });
});

describe('box view', () => {
  it('carries the score with its per-category breakdown and every finding', () => {
    const v = boxView(state());
    expect(v.score).toBe(result.score.total);
    expect(v.byCategory).toEqual(result.score.byCategory);
    expect(v.findings.map((f) => f.key)).toEqual(
      result.findings.map((f) => `${f.ruleSet}/${f.rule}@${f.start}-${f.end}`),
    );
  });

  it('says the reply was not read when it is not in English, and only then', () => {
    expect(boxView(state()).notEnglish).toBeUndefined();
    const german = 'Hallo! Das sollte nicht passieren. Schreib uns bitte eine Nachricht mit deiner Bestellnummer.';
    const r = check(german, BUILTIN_PACKS, { channel: 'x' });
    expect(boxView(state({ text: german, findings: r.findings, score: r.score })).notEnglish).toBe(true);
  });

  it("draws underlines itself only for form fields (rich editors use the page's highlights)", () => {
    expect(boxView(state()).underlines).toEqual([]);
    const rects = result.findings.map((_, i) => [{ top: i, left: 0, width: 10, height: 16 }]);
    const v = boxView(state({ fieldRects: rects }));
    expect(v.underlines.map((u) => u.rects[0]!.top)).toEqual(result.findings.map((_, i) => i));
    expect(v.underlines.map((u) => u.severity)).toEqual(result.findings.map((f) => f.severity));
  });

  it('keeps the raw read-out and the failure counts for the debug view only', () => {
    const off = boxView(state());
    expect(off.context).toMatchObject({ site: 'x', channel: 'x', audience: 'public', customerName: 'Jane Doe' });
    expect(off.context?.debug).toBeUndefined();
    expect(off.failures).toBeUndefined();
    const counts = { rules: 1, siteReads: 0, applies: 2, checks: 0, last: 'textarea: refused' };
    const on = boxView(state({ debug: counts }));
    expect(on.context?.debug).toEqual({ kind: 'reply' });
    expect(on.failures).toEqual(counts);
  });

  it('underlines every occurrence of a merged finding, and never advice about the whole reply: a marker instead', () => {
    const text = 'Hi there, we checked it!! It ships today!! Thanks!!';
    const checked = check(text, BUILTIN_PACKS, { channel: 'x', mood: 'upset' });
    const findings = mergeByRule(text, checked.findings);
    const ack = findings.find((f) => f.rule === 'acknowledge')!;
    const bangs = findings.find((f) => f.rule === 'exclamations')!;
    expect(bangs.count).toBe(3);
    expect(marks(ack)).toEqual([]);
    expect(marks(bangs)).toHaveLength(3);
    const caret = { top: 5, left: 60, width: 0, height: 16 };
    const v = boxView(
      state({
        text,
        findings,
        fieldRects: findings.map(marks).map((m) => m.map((_, i) => ({ top: i, left: 0, width: 8, height: 16 }))),
        markerRects: findings.map((f) => (f.scope ? caret : null)),
      }),
    );
    // The badge and the panel count one finding per rule, the whole-reply advice among them.
    expect(v.findings.map((f) => f.rule).filter((r) => r === 'exclamations')).toHaveLength(1);
    expect(v.findings.find((f) => f.rule === 'exclamations')?.count).toBe(3);
    expect(v.findings.find((f) => f.rule === 'acknowledge')?.at).toBe(text.indexOf('we checked'));
    expect(v.underlines.find((u) => u.key.includes('/exclamations@'))?.rects).toHaveLength(3);
    expect(v.underlines.find((u) => u.key.includes('/acknowledge@'))?.rects).toEqual([]);
    expect(v.markers).toEqual(
      findings
        .filter((f) => f.scope)
        .map((f) => ({ key: occurrenceKey(f), severity: f.severity, label: f.message, rect: caret })),
    );
    expect(v.markers.map((m) => m.key)).toContain(occurrenceKey(ack));
  });

  it('before the first check: no score, no context', () => {
    const v = boxView(state({ score: null, findings: [], reading: null }));
    expect(v.score).toBeNull();
    expect(v.byCategory).toEqual({});
    expect(v.context).toBeUndefined();
  });
});

describe('the card of a word', () => {
  it('never shows advice about the whole reply, however the words it sits on are reached', () => {
    const text = 'Hi there, we checked your order. It ships today!!! Enjoy!!!';
    const checked = check(text, BUILTIN_PACKS, { channel: 'x', mood: 'upset' });
    const live = new LiveFindings();
    live.follow(text);
    live.accept(text, { ...checked, findings: mergeByRule(text, checked.findings) });
    const ack = live.visible().find((f) => f.rule === 'acknowledge')!;
    expect(ack).toBeDefined();
    for (let i = 0; i <= text.length; i++) expect(live.at(i)?.rule, `at ${i}`).not.toBe('acknowledge');
    // Either "!!!" opens the one exclamations finding.
    expect(live.at(text.indexOf('!!!') + 1)?.count).toBe(2);
    expect(live.at(text.lastIndexOf('!!!') + 1)?.count).toBe(2);
  });

  it('typing moves every occurrence and the insertion point along', () => {
    const text = 'Hi there, we checked it!! Thanks!!';
    const checked = check(text, BUILTIN_PACKS, { channel: 'x', mood: 'upset' });
    const live = new LiveFindings();
    live.follow(text);
    live.accept(text, { ...checked, findings: mergeByRule(text, checked.findings) });
    live.follow(`Oh. ${text}`);
    const bangs = live.visible().find((f) => f.rule === 'exclamations')!;
    expect(bangs.spans!.map((s) => `Oh. ${text}`.slice(s.start, s.end))).toEqual(['!!', '!!']);
    expect(live.visible().find((f) => f.rule === 'acknowledge')?.at).toBe(text.indexOf('we checked') + 4);
  });
});

describe('highlighted reply', () => {
  it('splits the reply at its findings, the more important finding keeping overlapping words', async () => {
    const { pieces } = await import('../../components/HighlightedReply');
    const views = result.findings.map((f) => findingView(f, TEXT));
    const parts = pieces(TEXT, views);
    expect(parts.map((p) => p.text).join('')).toBe(TEXT);
    for (const p of parts.filter((x) => x.finding))
      expect(TEXT.slice(p.finding!.start, p.finding!.end)).toContain(p.text);
    const warn = { ...views[0]!, key: 'w', severity: 'warning' as const, start: 0, end: 8 };
    const err = { ...views[0]!, key: 'e', severity: 'error' as const, start: 3, end: 5 };
    expect(pieces('Hi Jane, hello', [warn, err]).map((p) => [p.text, p.finding?.key])).toEqual([
      ['Hi ', 'w'],
      ['Ja', 'e'],
      ['ne,', 'w'],
      [' hello', undefined],
    ]);
  });
});
