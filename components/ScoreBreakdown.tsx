// The reply's score (0-100) said plainly, for each category that lost points how much is left of its 100, and
// (given the findings) what would raise it.
import { CATEGORIES, SEVERITIES, type Category } from '../rules/types.ts';
import { CATEGORY_LABEL, SEVERITY_LABEL } from './labels';
import type { FindingView } from './finding-view';

export interface ScoreBreakdownProps {
  /** 0-100; null while the first check is running. */
  score: number | null;
  byCategory?: Partial<Record<Category, number>>;
  /** The findings behind the score: the breakdown then says what fixing them would add. */
  findings?: readonly FindingView[];
  /** The reply is not in English: only the checks that need no English counted, so no band word is given. */
  notEnglish?: boolean;
}

/** Said instead of a band when the reply is not in English (the engine's `score.notEnglish`). */
export const NOT_ENGLISH_NOTE =
  'This reply is not in English. Tone Coach reads tone in English only: it checked only what needs no English (length, personal data, capitals, punctuation, emoji).';
/** What the findings list says when nothing was found in a reply not in English: not "Good reply". */
export const NOTHING_FOUND_NOT_ENGLISH = 'Nothing found in what could be checked.';

/** The band a score falls in, for its colour and its word. */
export function scoreBand(score: number): 'good' | 'fair' | 'poor' {
  return score >= 85 ? 'good' : score >= 60 ? 'fair' : 'poor';
}

export const BAND_LABEL = { good: 'Good', fair: 'Could be better', poor: 'Needs work' } as const;

/** "Fix the Must fix one (+45) and the 2 Should fix ones (+24) to reach 100." */
export function raiseText(score: number, findings: readonly FindingView[]): string | null {
  const parts = SEVERITIES.flatMap((s) => {
    const of = findings.filter((f) => f.severity === s);
    const pts = of.reduce((n, f) => n + f.points, 0);
    if (of.length === 0 || pts === 0) return [];
    const what = of.length === 1 ? `the ${SEVERITY_LABEL[s]} one` : `the ${of.length} ${SEVERITY_LABEL[s]} ones`;
    return [`${what} (+${Math.round(pts)})`];
  });
  if (parts.length === 0) return null;
  const gain = findings.reduce((n, f) => n + f.points, 0);
  const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
  return `Fix ${list} to reach ${Math.min(100, Math.round(score + gain))}.`;
}

export function ScoreBreakdown(props: ScoreBreakdownProps) {
  const { score, byCategory = {}, findings, notEnglish = false } = props;
  const hurt = CATEGORIES.filter((c) => (byCategory[c] ?? 100) < 100);
  // A reply the word rules could not read is not "Good", however high its score.
  const band = score === null || notEnglish ? null : scoreBand(score);
  const raise = score !== null && findings ? raiseText(score, findings) : null;
  return (
    <div className="score" data-tc="score" data-score={score ?? ''}>
      <span className={`total ${band ?? ''}`}>
        Score <strong>{score ?? '…'}</strong>
        {band && <span className="band"> · {BAND_LABEL[band]}</span>}
        {notEnglish && score !== null && <span className="band"> · tone not read</span>}
      </span>
      {notEnglish && score !== null && (
        <p className="not-english" data-tc="not-english">
          {NOT_ENGLISH_NOTE}
        </p>
      )}
      {hurt.length > 0 && (
        <ul className="breakdown" aria-label="Score by category">
          {hurt.map((c) => (
            <li key={c} data-tc="category-score" data-category={c} data-score={byCategory[c]}>
              <span className="name">{CATEGORY_LABEL[c]}</span>
              <span className="bar" aria-hidden="true">
                <span style={{ width: `${byCategory[c]}%` }} />
              </span>
              <span className="value">{byCategory[c]}</span>
            </li>
          ))}
        </ul>
      )}
      {raise && (
        <p className="raise" data-tc="raise">
          {raise}
        </p>
      )}
    </div>
  );
}
