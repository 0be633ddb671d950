// The score judges the reply (rules/score.ts, docs/scoring.md): an error or a blame finding never leaves a reply in
// the top band, one rule firing often is one problem, polish alone keeps a reply "Good", and on clear cases the
// better reply scores higher. The bands are the UI's (components/ScoreBreakdown.tsx).
import { describe, expect, it } from 'vitest';
import { scoreBand } from '../../components/ScoreBreakdown';
import { check } from '../../rules/engine.ts';
import { BUILTIN_PACKS, builtinPack } from '../../rules/packs/index.ts';
import { findingPoints, score, TOP_BAND, type Scored } from '../../rules/score.ts';
import { CATEGORIES, SEVERITIES } from '../../rules/types.ts';

const f = (rule: string, severity: Scored['severity'], category: Scored['category'], count?: number): Scored => ({
  ruleSet: 'set',
  rule,
  severity,
  category,
  ...(count ? { count } : {}),
});

describe('score', () => {
  it('is 100 with nothing to improve, and the top band the UI calls Good starts where the engine says', () => {
    expect(score([]).total).toBe(100);
    expect(scoreBand(TOP_BAND)).toBe('good');
    expect(scoreBand(TOP_BAND - 1)).not.toBe('good');
  });

  it('never puts a reply with an error or a blame finding in the top band, whatever else it has', () => {
    const others = [f('x', 'suggestion', 'clarity'), f('y', 'warning', 'tone'), f('z', 'suggestion', 'empathy', 3)];
    for (const severity of SEVERITIES)
      for (const category of CATEGORIES) {
        if (severity !== 'error' && category !== 'blame') continue;
        for (let n = 0; n <= others.length; n++) {
          const findings = [...others.slice(0, n), f('bad', severity, category)];
          const s = score(findings);
          expect(s.total, `${severity} ${category} with ${n} others`).toBeLessThan(TOP_BAND);
          expect(scoreBand(s.total)).not.toBe('good');
        }
      }
    // An error alone is "Needs work".
    expect(scoreBand(score([f('e', 'error', 'privacy')]).total)).toBe('poor');
  });

  it('counts one rule firing often as one problem: half for each repeat, at most twice the first', () => {
    expect(score([f('w', 'warning', 'tone')]).total).toBe(88);
    expect(score([f('w', 'warning', 'tone'), f('w', 'warning', 'tone')]).total).toBe(82);
    expect(score(Array.from({ length: 5 }, () => f('w', 'warning', 'tone'))).total).toBe(76);
    // One merged finding with a count costs what its occurrences would.
    expect(score([f('w', 'warning', 'tone', 5)])).toEqual(
      score(Array.from({ length: 5 }, () => f('w', 'warning', 'tone'))),
    );
    // The same rule id in two sets is two rules.
    expect(score([f('w', 'warning', 'tone'), { ...f('w', 'warning', 'tone'), ruleSet: 'other' }]).total).toBe(76);
  });

  it('keeps a reply with only suggestions in the top band, however many', () => {
    const many = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => f(id, 'suggestion', 'clarity'));
    expect(score(many).total).toBe(88);
    expect(scoreBand(score(many).total)).toBe('good');
  });

  it('gives each finding the points fixing it would add back, adding up to what the reply lost', () => {
    const findings = [
      f('e', 'error', 'canned'),
      f('w', 'warning', 'tone', 2),
      f('b', 'warning', 'blame'),
      ...['s1', 's2', 's3', 's4'].map((id) => f(id, 'suggestion', 'clarity')),
    ];
    const points = findingPoints(findings);
    expect(points).toEqual([45, 18, 16, 4, 4, 4, 0]);
    expect(score(findings).total).toBe(Math.round(100 - points.reduce((a, b) => a + b, 0)));
    expect(score(findings).byCategory).toMatchObject({ canned: 55, tone: 82, blame: 84, clarity: 88, privacy: 100 });
  });

  it('never goes below 0, in total or per category', () => {
    const s = score(['a', 'b', 'c'].map((id) => f(id, 'error', 'privacy')));
    expect(s.total).toBe(0);
    expect(s.byCategory.privacy).toBe(0);
  });
});

describe('score of real replies (built-in sets, a public reply on X)', () => {
  const sets = ['social-care', 'plain-language'].map((id) => builtinPack(id)!);
  const upset = 'My order never arrived and no one is answering my emails. This is ridiculous.';
  const scoreOf = (reply: string, customerMessage = upset): number =>
    check(reply, sets, { channel: 'x', audience: 'public', customerMessage, customerName: 'Sam Jones' }).score.total;

  it('scores the better reply higher on clear cases', () => {
    const good = "Sorry your order hasn't arrived, Sam. DM us the order number and we'll chase it today. ^JS";
    for (const bad of [
      'Nothing I can do. ^JS',
      'Please call our 800 number. ^JS',
      'We apologise for any inconvenience this may have caused. ^JS',
      'Please DM us. ^JS',
    ])
      expect(scoreOf(good), bad).toBeGreaterThan(scoreOf(bad));
    expect(scoreBand(scoreOf(good))).toBe('good');
  });

  it('marks the score of a reply in another language, which the word rules cannot read, and only that', () => {
    for (const reply of [
      'Hola Ana! Por favor síguenos en Twitter para enviarte un mensaje directo con instrucciones.',
      'Bonjour, pouvez-vous nous indiquer le nom du transporteur de votre commande ?',
      'ご連絡ありがとうございます。確認いたします。',
    ])
      expect(check(reply, BUILTIN_PACKS, { customerMessage: upset }).score.notEnglish, reply).toBe(true);
    for (const reply of [
      'Ha! Well played. ^JS',
      "Sorry your order hasn't arrived, Sam. DM us the order number. ^JS",
      'OK',
    ])
      expect(check(reply, BUILTIN_PACKS, { customerMessage: upset }).score.notEnglish, reply).toBeUndefined();
  });

  it('keeps a dismissive or blaming reply out of the top band on every built-in set', () => {
    for (const reply of ["That's not our problem. ^JS", 'You need to read the terms. ^JS'])
      expect(scoreBand(check(reply, BUILTIN_PACKS, { customerMessage: upset }).score.total), reply).not.toBe('good');
  });
});
