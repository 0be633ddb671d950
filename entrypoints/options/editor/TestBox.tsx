// Try the set being edited on any reply, in a context (channel, public or private, the customer's name and
// message): its findings highlighted as in a reply box, with the score, through the shared components.
import { useMemo, useState } from 'react';
import { FindingsList } from '../../../components/FindingsList';
import { HighlightedReply } from '../../../components/HighlightedReply';
import { NOTHING_FOUND_NOT_ENGLISH, ScoreBreakdown } from '../../../components/ScoreBreakdown';
import { findingView } from '../../../components/finding-view';
import { check } from '../../../rules/engine';
import type { RuleSet } from '../../../rules/schema';
import type { Channel } from '../../../rules/types';
import { CHANNEL_OPTIONS } from './kind-info';

export function TestBox(props: { ruleSet: RuleSet | null; stale: boolean }) {
  const [text, setText] = useState('');
  const [channel, setChannel] = useState<Channel>('x');
  const [audience, setAudience] = useState<'public' | 'private'>('public');
  const [customerName, setCustomerName] = useState('');
  const [customerMessage, setCustomerMessage] = useState('');
  const [why, setWhy] = useState<string | null>(null);
  const [active, setActive] = useState<string | null>(null);
  const set = props.ruleSet;
  const result = useMemo(
    () =>
      set && text.trim()
        ? check(text, [set], {
            channel,
            audience,
            ...(customerName.trim() ? { customerName } : {}),
            ...(customerMessage.trim() ? { customerMessage } : {}),
          })
        : null,
    [set, text, channel, audience, customerName, customerMessage],
  );
  const views = result ? result.findings.map((f) => findingView(f, text)) : [];
  const apply = (key: string): void => {
    const f = result?.findings.find((x) => findingView(x, text).key === key);
    const s = f?.suggestions[0];
    if (s) setText(text.slice(0, s.start) + s.replacement + text.slice(s.end));
  };
  return (
    <section className="rse-test" aria-labelledby="rse-test-heading">
      <h3 id="rse-test-heading">Try it on a reply</h3>
      <div className="rse-test-grid">
        <div className="rse-test-input">
          <label htmlFor="rse-test-reply">Reply</label>
          <textarea
            id="rse-test-reply"
            data-tc="test-reply"
            rows={5}
            value={text}
            placeholder="Paste or type a reply to see what these rules say about it."
            onChange={(e) => setText(e.currentTarget.value)}
          />
          <fieldset className="rse-test-context">
            <legend>Context</legend>
            <div className="rse-pair">
              <div className="rse-field">
                <label htmlFor="rse-test-channel">Channel</label>
                <select
                  id="rse-test-channel"
                  data-tc="test-channel"
                  value={channel}
                  onChange={(e) => setChannel(e.currentTarget.value as Channel)}
                >
                  {CHANNEL_OPTIONS.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
              </div>
              <div className="rse-field" role="radiogroup" aria-label="Audience">
                <span className="rse-label">Audience</span>
                <span className="rse-radios">
                  {(['public', 'private'] as const).map((a) => (
                    <label key={a}>
                      <input
                        type="radio"
                        name="rse-test-audience"
                        value={a}
                        checked={audience === a}
                        onChange={() => setAudience(a)}
                      />{' '}
                      {a === 'public' ? 'Public' : 'Private'}
                    </label>
                  ))}
                </span>
              </div>
            </div>
            <div className="rse-field">
              <label htmlFor="rse-test-name">Customer’s name</label>
              <input
                id="rse-test-name"
                type="text"
                value={customerName}
                placeholder="e.g. Jacob Smith"
                onChange={(e) => setCustomerName(e.currentTarget.value)}
              />
            </div>
            <div className="rse-field">
              <label htmlFor="rse-test-message">Customer’s message</label>
              <textarea
                id="rse-test-message"
                rows={2}
                value={customerMessage}
                placeholder="What the customer wrote (their mood is estimated from it)"
                onChange={(e) => setCustomerMessage(e.currentTarget.value)}
              />
            </div>
          </fieldset>
        </div>
        <div className="tcx rse-test-results" data-tc="test-results" aria-live="polite">
          {props.stale && set && (
            <p className="rse-note">The rules have problems: these are the findings of the last version without any.</p>
          )}
          {!set ? (
            <p className="rse-note">Fix the rules’ problems to try them.</p>
          ) : !result ? (
            <p className="empty">Type a reply to see its findings.</p>
          ) : (
            <>
              <ScoreBreakdown
                score={result.score.total}
                byCategory={result.score.byCategory}
                notEnglish={result.score.notEnglish}
              />
              <div className="rse-reply-box">
                <HighlightedReply
                  text={text}
                  findings={views}
                  active={active}
                  onSelect={(key) => {
                    setActive(key);
                    setWhy(key);
                  }}
                />
              </div>
              <FindingsList
                findings={views}
                whyOpen={why}
                onToggleWhy={(key) => setWhy(why === key ? null : key)}
                onApply={apply}
                empty={
                  result.score.notEnglish
                    ? NOTHING_FOUND_NOT_ENGLISH
                    : 'Nothing to improve: these rules find nothing in this reply.'
                }
              />
            </>
          )}
        </div>
      </div>
    </section>
  );
}
