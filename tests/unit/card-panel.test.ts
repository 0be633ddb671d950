// The pure parts of issue 11's card and panel: where the panel docks, the plain line for what the site adapter read,
// the safe fixes "Fix all" applies, one finding per family on the same words, what would raise the score, the
// severity names and the panel's grouping.
import { describe, expect, it } from 'vitest';
import { check } from '../../rules/engine';
import { BUILTIN_PACKS } from '../../rules/packs';
import type { Finding } from '../../rules/schema';
import { findingView, isSafeFix, offKey, pointsOf } from '../../components/finding-view';
import { byCategory, SEVERITY_LABEL } from '../../components/labels';
import { raiseText } from '../../components/ScoreBreakdown';
import { badgeLabel, dockPanel } from '../../entrypoints/content/overlay/App';
import { safeFixes } from '../../entrypoints/content/session/fixes';
import { isIgnored, oneOfAFamily } from '../../entrypoints/content/session/live-findings';
import { contextLine } from '../../entrypoints/content/session/view-model';

const f = (over: Partial<Finding>): Finding => ({
  rule: 'r',
  ruleSet: 's',
  category: 'canned',
  severity: 'warning',
  start: 0,
  end: 4,
  text: 'abcd',
  message: 'm',
  suggestions: [],
  ...over,
});

describe('the panel docks beside the box', () => {
  const vw = 1100;
  const vh = 800;
  const overlaps = (
    p: { top: number; left: number; width: number },
    b: { top: number; left: number; width: number; height: number },
  ) => p.left < b.left + b.width && b.left < p.left + p.width && p.top < b.top + b.height;
  it('to the right when there is room, else the left, never over the box', () => {
    const box = { top: 100, left: 24, width: 600, height: 150 };
    const right = dockPanel(box, vw, vh);
    expect(right.left).toBeGreaterThanOrEqual(box.left + box.width);
    expect(overlaps(right, box)).toBe(false);
    const onRight = { top: 100, left: 500, width: 580, height: 150 };
    const left = dockPanel(onRight, vw, vh);
    expect(left.left + left.width).toBeLessThanOrEqual(onRight.left);
  });
  it('below a full-width box, else at the viewport edge', () => {
    const wide = { top: 80, left: 8, width: 1084, height: 40 };
    const below = dockPanel(wide, vw, vh);
    expect(below.top).toBeGreaterThanOrEqual(wide.top + wide.height);
    const tall = { top: 8, left: 8, width: 1084, height: 784 };
    const edge = dockPanel(tall, vw, vh);
    expect(edge.left + edge.width).toBeLessThanOrEqual(vw - 8);
    expect(edge.maxHeight).toBeLessThanOrEqual(vh - 16);
  });
});

describe('what the site adapter read, in one line', () => {
  it('says where, how and to whom', () => {
    const base = { site: 'x', siteName: 'X' };
    expect(contextLine({ ...base, channel: 'x', audience: 'public', customerName: 'Jane Doe' })).toBe(
      'Replying in public on X to Jane Doe',
    );
    expect(contextLine({ site: 'zendesk', siteName: 'Zendesk', channel: 'email', audience: 'private' })).toBe(
      'Replying privately on Zendesk by e-mail',
    );
    expect(contextLine({ site: 'zendesk', siteName: 'Zendesk', channel: 'ticket', audience: 'private' })).toBe(
      'Writing an internal note on Zendesk',
    );
    expect(contextLine({ ...base, customerHandle: '@jane' })).toBe('Replying on X to @jane');
  });
});

describe('Fix all safe ones', () => {
  it('takes plain replacements only: no insertion, no deletion, no choice of alternatives', () => {
    const replace = f({ suggestions: [{ start: 0, end: 4, replacement: 'efgh' }] });
    expect(isSafeFix(replace)).toBe(true);
    expect(isSafeFix(f({ suggestions: [{ start: 4, end: 4, replacement: ' Hi' }] }))).toBe(false);
    expect(isSafeFix(f({ suggestions: [{ start: 0, end: 4, replacement: '' }] }))).toBe(false);
    expect(
      isSafeFix(
        f({
          suggestions: [
            { start: 0, end: 4, replacement: 'a' },
            { start: 0, end: 4, replacement: 'b' },
          ],
        }),
      ),
    ).toBe(false);
  });
  it('in reading order, skipping overlapping ones', () => {
    const a = f({ start: 10, end: 14, suggestions: [{ start: 10, end: 14, replacement: 'x' }] });
    const b = f({ start: 0, end: 4, suggestions: [{ start: 0, end: 4, replacement: 'y' }] });
    const c = f({ start: 12, end: 16, suggestions: [{ start: 12, end: 16, replacement: 'z' }] });
    expect(safeFixes([a, b, c]).map((s) => s.replacement)).toEqual(['y', 'x']);
  });
  it('finds the two canned phrases of a real reply', () => {
    const text = 'We apologize for any inconvenience. Your feedback is important to us.';
    const found = check(text, BUILTIN_PACKS, { channel: 'email', audience: 'private' }).findings;
    expect(safeFixes(found)).toHaveLength(2);
  });
});

describe('alternatives', () => {
  it('the first suggestion is Apply, the others are offered after it', () => {
    const two = f({
      suggestions: [
        { start: 0, end: 4, replacement: 'one' },
        { start: 0, end: 4, replacement: 'two' },
      ],
    });
    const v = findingView(two, 'abcd');
    expect(v.suggestion?.replacement).toBe('one');
    expect(v.alternatives).toEqual([{ index: 1, replacement: 'two' }]);
    expect(v.safe).toBe(false);
  });
});

describe('families', () => {
  const a = f({ rule: 'a', family: 'phone', severity: 'error', start: 0, end: 10 });
  const b = f({ rule: 'b', family: 'phone', severity: 'warning', start: 5, end: 15 });
  const other = f({ rule: 'c', start: 5, end: 15 });
  it('one finding of a family on the same words, the most serious', () => {
    expect(oneOfAFamily([b, a, other]).map((x) => x.rule)).toEqual(['a', 'c']);
    expect(oneOfAFamily([a, f({ rule: 'b', family: 'phone', start: 20, end: 25 })])).toHaveLength(2);
  });
  it('Ignore hides the family on those words; Turn off stores the family', () => {
    const ignored = [{ rule: 's/a', family: 's/phone', text: 'x', start: 0, end: 10 }];
    expect(isIgnored(b, ignored)).toBe(true);
    expect(isIgnored(other, ignored)).toBe(false);
    expect(offKey(a)).toBe('s/family:phone');
    expect(offKey(other)).toBe('s/c');
  });
});

describe('words for a coach', () => {
  it('severity names, the score to reach, the badge name, groups in a fixed order', () => {
    expect(Object.values(SEVERITY_LABEL)).toEqual(['Must fix', 'Should fix', 'Tip']);
    const found = [
      f({ severity: 'error' }),
      f({ severity: 'warning', rule: 'w' }),
      f({ severity: 'warning', rule: 'w', start: 6, end: 8 }),
    ];
    const points = pointsOf(found);
    expect(points).toEqual([45, 12, 6]);
    const views = found.map((x, i) => findingView(x, 'abcd efgh', points[i]));
    expect(raiseText(37, views)).toBe('Fix the Must fix one (+45) and the 2 Should fix ones (+18) to reach 100.');
    expect(badgeLabel(80, 3)).toBe('Tone Coach: score 80, 3 suggestions');
    expect(badgeLabel(null, 0)).toBe('Tone Coach: checking');
    expect(badgeLabel(100, 0, true)).toBe('Tone Coach: score 100 (not in English: tone not read), 0 suggestions');
    const groups = byCategory([
      f({ category: 'tone' }),
      f({ category: 'canned' }),
      f({ category: 'tone', severity: 'error' }),
    ]);
    expect(groups.map((g) => g.category)).toEqual(['canned', 'tone']);
    expect(groups[1]!.findings[0]!.severity).toBe('error');
  });
});
