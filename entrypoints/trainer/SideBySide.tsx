// The bad and the good reply side by side, each as a reply box shows it (underlines, cards, score with its
// per-category breakdown), then the difference in score and the findings that explain it, and the talking points.
import { useState } from 'react';
import { FindingsList } from '../../components/FindingsList';
import { HighlightedReply } from '../../components/HighlightedReply';
import { NOTHING_FOUND_NOT_ENGLISH, ScoreBreakdown } from '../../components/ScoreBreakdown';
import { CATEGORY_LABEL, SEVERITY_LABEL } from '../../components/labels';
import type { Scenario } from '../../utils/scenario';
import type { CheckedReply, Lesson } from './lesson';

export function ReplyColumn(props: {
  kind: 'bad' | 'good' | 'attempt';
  title: string;
  reply: CheckedReply;
  /** Its data-tc: "reply" in the side by side (the test contract), another name elsewhere on the page. */
  hook?: string;
}) {
  const { kind, title, reply } = props;
  const [why, setWhy] = useState<string | null>(null);
  const [active, setActive] = useState<string | null>(null);
  return (
    <section
      className={`reply-col ${kind}`}
      data-tc={props.hook ?? (kind === 'attempt' ? 'attempt-reply' : 'reply')}
      data-kind={kind}
      data-score={reply.result.score.total}
      aria-label={title}
    >
      <h3>{title}</h3>
      <div className="tcx">
        <div className="reply-box">
          <HighlightedReply
            text={reply.text}
            findings={reply.views}
            active={active}
            onSelect={(key) => {
              setActive(key);
              setWhy(key);
            }}
          />
        </div>
        <ScoreBreakdown
          score={reply.result.score.total}
          byCategory={reply.result.score.byCategory}
          findings={reply.views}
          notEnglish={reply.result.score.notEnglish}
        />
        <FindingsList
          findings={reply.views}
          whyOpen={why}
          onToggleWhy={(key) => setWhy(why === key ? null : key)}
          showPoints
          current={active}
          empty={
            reply.result.score.notEnglish
              ? NOTHING_FOUND_NOT_ENGLISH
              : 'Nothing to improve: the rules find nothing in this reply.'
          }
        />
      </div>
    </section>
  );
}

export function SideBySide(props: { scenario: Scenario; lesson: Lesson }) {
  const { scenario, lesson } = props;
  return (
    <>
      <div className="side-by-side" data-tc="compare">
        <ReplyColumn kind="bad" title="Bad reply" reply={lesson.bad} />
        <ReplyColumn kind="good" title="Good reply" reply={lesson.good} />
      </div>
      <Difference lesson={lesson} />
      <TalkingPoints scenario={scenario} lesson={lesson} />
    </>
  );
}

export function Difference(props: { lesson: Lesson }) {
  const { lesson } = props;
  const d = lesson.difference;
  return (
    <section className="difference" data-tc="difference" data-difference={d} aria-label="The difference">
      <h3>The difference</h3>
      <p className="big">
        {d > 0 ? (
          <>
            The good reply scores <strong>{d} points</strong> higher ({lesson.bad.result.score.total} →{' '}
            {lesson.good.result.score.total}).
          </>
        ) : d === 0 ? (
          <>Both replies score {lesson.good.result.score.total} with these rule sets.</>
        ) : (
          <>
            With these rule sets the bad reply scores {-d} points higher: the rule sets chosen miss what this scenario
            is about.
          </>
        )}
      </p>
      {lesson.explains.length > 0 && (
        <ul className="explains">
          {lesson.explains.map((f) => (
            <li key={f.key} data-tc="explains" data-rule={f.ruleId}>
              <span className="pts">−{f.points}</span> <strong>{SEVERITY_LABEL[f.severity]}</strong> ·{' '}
              {CATEGORY_LABEL[f.category]}: {f.message}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function TalkingPoints(props: { scenario: Scenario; lesson: Lesson }) {
  const found = new Set(props.lesson.bad.views.map((v) => v.ruleId));
  return (
    <section className="points" aria-label="Talking points">
      <h3>Talking points</h3>
      <ol>
        {props.scenario.talkingPoints.map((t, i) => (
          <li key={i} data-tc="talking-point" data-rules={t.rules.join(' ')}>
            <p>{t.point}</p>
            {t.example && (
              <p className="example">
                Better: <q>{t.example}</q>
              </p>
            )}
            <p className="muted small">
              {t.rules.map((r) => (
                <code key={r} className={found.has(r) ? 'hit' : 'miss'}>
                  {r}
                  {found.has(r) ? '' : ' (not running)'}
                </code>
              ))}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
