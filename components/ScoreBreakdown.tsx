// The reply's score (0-100) and, for each category that lost points, how much is left of its 100.
import { CATEGORIES, type Category } from '../rules/types.ts';
import { CATEGORY_LABEL } from './labels';

export interface ScoreBreakdownProps {
  /** 0-100; null while the first check is running. */
  score: number | null;
  byCategory?: Partial<Record<Category, number>>;
}

/** The band a score falls in, for its colour and its word. */
function scoreBand(score: number): 'good' | 'fair' | 'poor' {
  return score >= 85 ? 'good' : score >= 60 ? 'fair' : 'poor';
}

export function ScoreBreakdown(props: ScoreBreakdownProps) {
  const { score, byCategory = {} } = props;
  const hurt = CATEGORIES.filter((c) => (byCategory[c] ?? 100) < 100);
  return (
    <div className="score" data-tc="score" data-score={score ?? ''}>
      <span className={`total ${score === null ? '' : scoreBand(score)}`}>
        Score <strong>{score ?? '…'}</strong>
      </span>
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
    </div>
  );
}
