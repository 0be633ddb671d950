// Presentation mode for a room and a projector: full screen, large type, a clean light theme, one step at a time:
// the customer, the bad reply, each of its findings on its own, the good reply, the difference. Keyboard: → Space
// PageDown next, ← Shift+Space PageUp back, Home and End, Escape leaves.
import { useEffect, useRef, useState } from 'react';
import { HighlightedReply } from '../../components/HighlightedReply';
import { FindingCard } from '../../components/FindingCard';
import { ScoreBreakdown } from '../../components/ScoreBreakdown';
import type { Scenario } from '../../utils/scenario';
import { pointFor, type Lesson } from './lesson';
import { CHANNEL_LABEL, byImportance } from '../../components/labels';

type Step =
  { kind: 'customer' } | { kind: 'bad' } | { kind: 'finding'; key: string } | { kind: 'good' } | { kind: 'summary' };

export function steps(lesson: Lesson): Step[] {
  return [
    { kind: 'customer' },
    { kind: 'bad' },
    ...byImportance(lesson.bad.views).map((f): Step => ({ kind: 'finding', key: f.key })),
    { kind: 'good' },
    { kind: 'summary' },
  ];
}

export function Presentation(props: { scenario: Scenario; lesson: Lesson; onClose(): void }) {
  const { scenario, lesson, onClose } = props;
  const root = useRef<HTMLDivElement>(null);
  const list = steps(lesson);
  const [at, setAt] = useState(0);
  const step = list[Math.min(at, list.length - 1)]!;

  useEffect(() => {
    const el = root.current;
    el?.focus();
    // Full screen where the browser allows it (it needs the click that opened the mode); the layout is full-window anyway.
    el?.requestFullscreen?.().catch(() => undefined);
    return () => {
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, []);

  const onKey = (e: React.KeyboardEvent): void => {
    const next = ['ArrowRight', 'ArrowDown', 'PageDown'].includes(e.key) || (e.key === ' ' && !e.shiftKey);
    const back = ['ArrowLeft', 'ArrowUp', 'PageUp'].includes(e.key) || (e.key === ' ' && e.shiftKey);
    if (next) setAt((i) => Math.min(list.length - 1, i + 1));
    else if (back) setAt((i) => Math.max(0, i - 1));
    else if (e.key === 'Home') setAt(0);
    else if (e.key === 'End') setAt(list.length - 1);
    else if (e.key === 'Escape') onClose();
    else return;
    e.preventDefault();
  };

  const finding = step.kind === 'finding' ? lesson.bad.views.find((f) => f.key === step.key) : undefined;
  const nFinding = step.kind === 'finding' ? list.filter((s) => s.kind === 'finding').indexOf(step) + 1 : 0;
  const nFindings = lesson.bad.views.length;

  return (
    <div
      ref={root}
      className="presentation tcx"
      data-tc="presentation"
      role="dialog"
      aria-modal="true"
      aria-label={`Presentation: ${scenario.title}`}
      tabIndex={-1}
      onKeyDown={onKey}
    >
      <header>
        <span>
          {scenario.title} · {CHANNEL_LABEL[scenario.channel]}, {scenario.audience}
        </span>
        <span data-tc="slide-count" aria-live="polite">
          {at + 1} / {list.length}
        </span>
        <button type="button" data-tc="present-close" onClick={onClose}>
          Close (Esc)
        </button>
      </header>
      <div className="slide" data-tc="slide" data-step={at} data-kind={step.kind} data-rule={finding?.ruleId}>
        {step.kind === 'customer' && (
          <>
            <p className="label">
              {scenario.customer.name} {scenario.customer.handle ?? ''} · {scenario.customer.mood}
            </p>
            <blockquote className="huge">{scenario.customer.message}</blockquote>
            {scenario.situation && <p className="situation">{scenario.situation}</p>}
          </>
        )}
        {step.kind === 'bad' && (
          <>
            <p className="label">The bad reply · score {lesson.bad.result.score.total}</p>
            <div className="huge">
              <HighlightedReply text={lesson.bad.text} findings={lesson.bad.views} />
            </div>
            <p className="situation">
              {nFindings} finding{nFindings === 1 ? '' : 's'}: press → to go through them.
            </p>
          </>
        )}
        {finding && (
          <>
            <p className="label">
              Finding {nFinding} of {nFindings}
            </p>
            <div className="big">
              <HighlightedReply text={lesson.bad.text} findings={[finding]} active={finding.key} />
            </div>
            <div className="card-big">
              <FindingCard finding={finding} whyOpen />
            </div>
            {pointFor(scenario, finding.ruleId) && (
              <p className="point" data-tc="slide-point">
                {pointFor(scenario, finding.ruleId)!.point}
              </p>
            )}
          </>
        )}
        {step.kind === 'good' && (
          <>
            <p className="label">The good reply · score {lesson.good.result.score.total}</p>
            <div className="huge">
              <HighlightedReply text={lesson.good.text} findings={lesson.good.views} />
            </div>
          </>
        )}
        {step.kind === 'summary' && (
          <>
            <p className="label">The difference</p>
            <p className="huge">
              {lesson.bad.result.score.total} → {lesson.good.result.score.total}{' '}
              <strong>
                ({lesson.difference >= 0 ? '+' : ''}
                {lesson.difference})
              </strong>
            </p>
            <div className="scores">
              <ScoreBreakdown
                score={lesson.bad.result.score.total}
                byCategory={lesson.bad.result.score.byCategory}
                notEnglish={lesson.bad.result.score.notEnglish}
              />
            </div>
            <ol className="big">
              {scenario.talkingPoints.map((t, i) => (
                <li key={i}>{t.point}</li>
              ))}
            </ol>
          </>
        )}
      </div>
      <footer>← → or Space to step · Home, End · Esc to leave</footer>
    </div>
  );
}
