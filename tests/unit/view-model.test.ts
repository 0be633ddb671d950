// What the overlay shows for a box is a pure function of the session's state (session/view-model.ts), and the
// shared components' view of a finding (components/finding-view.ts) is what every page shows too.
import { describe, expect, it } from 'vitest';
import { check } from '../../rules/engine';
import { BUILTIN_PACKS } from '../../rules/packs';
import { findingView } from '../../components/finding-view';
import { boxView, type BoxState } from '../../entrypoints/content/session/view-model';

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

  it('before the first check: no score, no context', () => {
    const v = boxView(state({ score: null, findings: [], reading: null }));
    expect(v.score).toBeNull();
    expect(v.byCategory).toEqual({});
    expect(v.context).toBeUndefined();
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
