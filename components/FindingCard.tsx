// One finding: what is wrong, the before/after of its fix, and what the agent can do about it. Presentational:
// props in, callbacks out. A missing callback hides its button (the popup and the trainer show findings read-only).
import type { MouseEvent } from 'react';
import { CATEGORY_LABEL } from './labels';
import type { FindingView } from './finding-view';

export interface FindingActions {
  onApply?(key: string): void;
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
}

/**
 * Keeps focus and the editor's selection where they are when a button is clicked with the mouse (in a reply box,
 * the caret must not move to the overlay); keyboard use is unaffected.
 */
const keepFocus = (e: MouseEvent): void => e.preventDefault();

function FindingHead(props: { finding: FindingView; onClose?: () => void }) {
  const f = props.finding;
  return (
    <div className="head">
      <span className={`sev ${f.severity}`} aria-hidden="true" />
      <span>
        {CATEGORY_LABEL[f.category] ?? f.category} · {f.severity}
      </span>
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
            title="Turn off this rule on this site"
          >
            Turn off here
          </button>
          <button
            type="button"
            data-tc="disable-everywhere"
            onMouseDown={keepFocus}
            onClick={() => onDisable(f.key, 'everywhere')}
            title="Turn off this rule on every site"
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
      <FindingHead finding={f} onClose={props.onClose} />
      <p className="message" data-tc="message">
        {f.message}
      </p>
      <FindingDiff finding={f} />
      <Actions {...props} />
      {props.whyOpen && <FindingWhy finding={f} />}
    </>
  );
}
