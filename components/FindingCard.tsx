// One finding: what is wrong, the before/after of its fix, and what the agent can do about it. Presentational:
// props in, callbacks out. A missing callback hides its button (the popup and the trainer show findings read-only).
import type { MouseEvent } from 'react';
import { CATEGORY_LABEL, SEVERITY_ICON, SEVERITY_LABEL } from './labels';
import type { FindingView } from './finding-view';

export interface FindingActions {
  /** Applies the finding's suggestion `index` (0, the first, unless an alternative was chosen). */
  onApply?(key: string, index?: number): void;
  onIgnore?(key: string): void;
  /** "Turn off here" (scope 'site') and "Turn off everywhere". */
  onDisable?(key: string, scope: 'site' | 'everywhere'): void;
}

export interface FindingCardProps extends FindingActions {
  finding: FindingView;
  /** Whether the Why section is open, and how to toggle it; without onToggleWhy there is no Why button. */
  whyOpen?: boolean;
  onToggleWhy?(key: string): void;
  onClose?(): void;
  /** Shows what fixing it would add to the score (the panel). */
  showPoints?: boolean;
  /** The category is said around it (a group's heading). */
  hideCategory?: boolean;
}

/**
 * Keeps focus and the editor's selection where they are when a button is clicked with the mouse (in a reply box,
 * the caret must not move to the overlay); keyboard use is unaffected.
 */
const keepFocus = (e: MouseEvent): void => e.preventDefault();

/** The severity as a coach names it, with a shape and a colour (never colour alone). */
export function SeverityTag(props: { severity: FindingView['severity'] }) {
  return (
    <span className={`sevtag ${props.severity}`} data-tc="severity">
      <span className={`sev ${props.severity}`} aria-hidden="true">
        {SEVERITY_ICON[props.severity]}
      </span>
      {SEVERITY_LABEL[props.severity]}
    </span>
  );
}

function FindingHead(props: {
  finding: FindingView;
  onClose?: () => void;
  showPoints?: boolean;
  hideCategory?: boolean;
}) {
  const f = props.finding;
  return (
    <div className="head">
      <SeverityTag severity={f.severity} />
      {!props.hideCategory && <span className="cat">{CATEGORY_LABEL[f.category] ?? f.category}</span>}
      {f.at !== undefined && (
        <span className="cat" data-tc="scope">
          Whole reply
        </span>
      )}
      {f.count && (
        <span className="cat" data-tc="count">
          {f.count} times
        </span>
      )}
      {props.showPoints && f.points > 0 && (
        <span className="pts" data-tc="points" title="What fixing it adds to the score">
          +{f.points}
        </span>
      )}
      {props.onClose && (
        <button
          type="button"
          className="link close"
          data-tc="close"
          aria-label="Close"
          onMouseDown={keepFocus}
          onClick={props.onClose}
        >
          ✕
        </button>
      )}
    </div>
  );
}

/** The fix as a before/after of the words around it. */
function FindingDiff(props: { finding: FindingView }) {
  const f = props.finding;
  if (!f.suggestion) return null;
  return (
    <div className="diff">
      <div data-tc="before">
        <span className="lbl">Before</span>
        {f.contextBefore}
        <del>{f.replaced}</del>
        {f.contextAfter}
      </div>
      <div data-tc="after">
        <span className="lbl">After</span>
        {f.contextBefore}
        <ins>{f.suggestion.replacement}</ins>
        {f.contextAfter}
      </div>
    </div>
  );
}

function Actions(props: FindingCardProps) {
  const f = props.finding;
  const { onApply, onIgnore, onDisable, onToggleWhy } = props;
  const hasWhy = Boolean(f.why || f.goodExample || f.link);
  return (
    <div className="actions">
      {f.suggestion && onApply && (
        <button
          type="button"
          className="primary"
          data-tc="apply"
          onMouseDown={keepFocus}
          onClick={() => onApply(f.key)}
          aria-label={f.suggestion.label ?? `Replace "${f.replaced}" with "${f.suggestion.replacement}"`}
        >
          {f.suggestion.label ?? 'Apply'}
        </button>
      )}
      {onApply &&
        f.alternatives.map((a) => (
          <button
            type="button"
            key={a.index}
            data-tc="apply-alt"
            data-index={a.index}
            onMouseDown={keepFocus}
            onClick={() => onApply(f.key, a.index)}
            aria-label={`Replace "${f.replaced}" with "${a.replacement}"`}
          >
            Or “{a.replacement}”
          </button>
        ))}
      {onIgnore && (
        <button
          type="button"
          data-tc="ignore"
          onMouseDown={keepFocus}
          onClick={() => onIgnore(f.key)}
          aria-label={`Ignore this ${CATEGORY_LABEL[f.category]?.toLowerCase() ?? ''} finding here`}
        >
          Ignore
        </button>
      )}
      {onDisable && (
        <>
          <button
            type="button"
            data-tc="disable-here"
            onMouseDown={keepFocus}
            onClick={() => onDisable(f.key, 'site')}
            title={f.family ? 'Turn off this advice (all its rules) on this site' : 'Turn off this rule on this site'}
          >
            Turn off here
          </button>
          <button
            type="button"
            data-tc="disable-everywhere"
            onMouseDown={keepFocus}
            onClick={() => onDisable(f.key, 'everywhere')}
            title={f.family ? 'Turn off this advice (all its rules) on every site' : 'Turn off this rule on every site'}
          >
            Turn off everywhere
          </button>
        </>
      )}
      {hasWhy && onToggleWhy && (
        <button
          type="button"
          className="link"
          data-tc="why"
          aria-expanded={Boolean(props.whyOpen)}
          onMouseDown={keepFocus}
          onClick={() => onToggleWhy(f.key)}
        >
          Why?
        </button>
      )}
    </div>
  );
}

/** The rule's explanation, its good example and its link. */
function FindingWhy(props: { finding: FindingView }) {
  const f = props.finding;
  return (
    <div className="why" data-tc="why-text">
      {f.why && <p>{f.why}</p>}
      {f.goodExample && (
        <p data-tc="good-example">
          <strong>Better:</strong> “{f.goodExample}”
        </p>
      )}
      {f.link && (
        <p>
          <a href={f.link} target="_blank" rel="noreferrer noopener">
            Learn more
          </a>
        </p>
      )}
    </div>
  );
}

/** The card's content: head, message, before/after, actions and (when open) Why. */
export function FindingCard(props: FindingCardProps) {
  const f = props.finding;
  return (
    <>
      <FindingHead
        finding={f}
        onClose={props.onClose}
        showPoints={props.showPoints}
        hideCategory={props.hideCategory}
      />
      <p className="message" data-tc="message">
        {f.message}
      </p>
      <FindingDiff finding={f} />
      <Actions {...props} />
      {props.whyOpen && <FindingWhy finding={f} />}
    </>
  );
}
