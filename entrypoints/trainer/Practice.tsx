// Practice: the agent answers the scenario's customer in a real reply box, coached live by the same overlay as on a
// site (coach.ts), then compares the attempt with the good reply and tries again. Attempts and scores are kept in
// extension storage (utils/scenario-store.ts).
import { useEffect, useRef, useState } from 'react';
import { CHANNEL_LABEL, notEnglishSuffix } from '../../components/labels';
import type { RuleSet } from '../../rules/schema';
import type { Scenario } from '../../utils/scenario';
import { loadAttempts, recordAttempt, type Attempt } from '../../utils/scenario-store';
import { destinationWords, startLiveCoach } from './coach';
import { checkReply, type CheckedReply } from './lesson';
import { ReplyColumn } from './SideBySide';

export function Practice(props: { scenario: Scenario; sets: readonly RuleSet[] }) {
  const { scenario, sets } = props;
  const box = useRef<HTMLTextAreaElement>(null);
  const [round, setRound] = useState(0);
  const [attempt, setAttempt] = useState<CheckedReply | null>(null);
  const [attempts, setAttempts] = useState<Attempt[]>([]);
  const [empty, setEmpty] = useState(false);

  useEffect(() => startLiveCoach(), []);
  useEffect(() => {
    setAttempt(null);
    let live = true;
    void loadAttempts(scenario.id).then((list) => live && setAttempts(list));
    return () => {
      live = false;
    };
  }, [scenario.id]);

  const compare = async (): Promise<void> => {
    const text = box.current?.value ?? '';
    if (!text.trim()) {
      setEmpty(true);
      return;
    }
    setEmpty(false);
    const checked = checkReply(scenario, text, sets);
    setAttempt(checked);
    setAttempts(
      await recordAttempt(scenario.id, {
        at: Date.now(),
        score: checked.result.score.total,
        findings: checked.result.findings.length,
        text,
        ...(checked.result.score.notEnglish ? { notEnglish: true } : {}),
      }),
    );
  };
  const again = (): void => {
    setAttempt(null);
    setRound(round + 1);
    setTimeout(() => box.current?.focus(), 0);
  };
  const good = checkReply(scenario, scenario.goodReply, sets);
  const words = destinationWords(scenario.channel, scenario.audience);

  return (
    <section className="practice" data-tc="practice" aria-labelledby="practice-heading">
      <h3 id="practice-heading">Your turn</h3>
      <p className="muted">
        Answer {scenario.customer.name} as you would at work. Tone Coach coaches the box as it does on{' '}
        {CHANNEL_LABEL[scenario.channel]}: the badge, the underlines and the cards.
      </p>
      <div className="composer">
        <blockquote className="customer-message" cite="">
          <strong>{scenario.customer.name}</strong> {scenario.customer.handle ?? ''}
          <br />
          {scenario.customer.message}
        </blockquote>
        <div role="tablist" aria-label="Reply as" className="destination">
          <span role="tab" aria-selected="true" data-channel={words}>
            {words}
          </span>
        </div>
        <textarea
          key={`${scenario.id}:${round}`}
          ref={box}
          data-tc="practice-box"
          aria-label={`Your reply to ${scenario.customer.name}`}
          rows={6}
          defaultValue=""
        />
        {empty && (
          <p className="error" role="alert">
            Write a reply first.
          </p>
        )}
        <div className="buttons">
          <button type="button" className="primary" data-tc="practice-compare" onClick={() => void compare()}>
            Compare with the good reply
          </button>
          <button type="button" data-tc="practice-again" onClick={again}>
            Try again
          </button>
        </div>
      </div>
      {attempt && (
        <div className="side-by-side" data-tc="practice-result">
          <ReplyColumn kind="attempt" title="Your reply" reply={attempt} />
          <ReplyColumn kind="good" hook="practice-good" title="Good reply" reply={good} />
        </div>
      )}
      {attempts.length > 0 && (
        <section aria-label="Your attempts" className="attempts">
          <h3>Your attempts</h3>
          <ol>
            {attempts.map((a, i) => (
              <li key={a.at + ':' + i} data-tc="attempt" data-score={a.score}>
                <strong>{a.score}</strong>
                {notEnglishSuffix(a.notEnglish)} · {a.findings} finding{a.findings === 1 ? '' : 's'} ·{' '}
                <time dateTime={new Date(a.at).toISOString()}>{new Date(a.at).toLocaleString()}</time>
              </li>
            ))}
          </ol>
        </section>
      )}
    </section>
  );
}
