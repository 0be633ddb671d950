// Create or edit one of the trainer's own scenarios: a form for every field, talking points added and removed, and
// every problem listed in plain words on Save (nothing invalid is stored). Built-in scenarios are duplicated first.
import { CHANNEL_LABEL } from '../../components/labels';
import { useState } from 'react';
import {
  SCENARIO_CHANNELS,
  SCENARIO_VERSION,
  Scenario,
  type ScenarioChannel,
  type TalkingPoint,
} from '../../utils/scenario';

type Mood = Scenario['customer']['mood'];
const MOODS: Mood[] = ['angry', 'upset', 'neutral', 'happy'];

export function blankScenario(): Scenario {
  return {
    id: '',
    version: SCENARIO_VERSION,
    title: '',
    channel: 'x',
    audience: 'public',
    customer: { name: '', mood: 'upset', message: '' },
    badReply: '',
    goodReply: '',
    talkingPoints: [{ rules: [], point: '' }],
  };
}

interface PointDraft {
  rules: string;
  point: string;
  example: string;
}

export function ScenarioEditor(props: {
  initial: Scenario;
  /** Ids already taken by other scenarios (built-in or own). */
  takenIds: ReadonlySet<string>;
  onSave(s: Scenario): Promise<void>;
  onCancel(): void;
}) {
  const { initial, takenIds } = props;
  const [s, setS] = useState(initial);
  const [points, setPoints] = useState<PointDraft[]>(
    initial.talkingPoints.map((t) => ({ rules: t.rules.join(', '), point: t.point, example: t.example ?? '' })),
  );
  const [problems, setProblems] = useState<string[]>([]);
  const set = <K extends keyof Scenario>(k: K, v: Scenario[K]): void => setS({ ...s, [k]: v });
  const setCustomer = <K extends keyof Scenario['customer']>(k: K, v: Scenario['customer'][K]): void =>
    setS({ ...s, customer: { ...s.customer, [k]: v } });

  const save = async (): Promise<void> => {
    const talkingPoints: TalkingPoint[] = points.map((p) => ({
      rules: p.rules
        .split(/[\s,]+/)
        .map((r) => r.trim())
        .filter(Boolean),
      point: p.point.trim(),
      ...(p.example.trim() ? { example: p.example.trim() } : {}),
    }));
    const candidate = {
      ...s,
      situation: s.situation?.trim() || undefined,
      customer: { ...s.customer, handle: s.customer.handle?.trim() || undefined },
      talkingPoints,
    };
    const r = Scenario.safeParse(candidate);
    const list = r.success ? [] : r.error.issues.map((i) => `${i.path.join('.') || 'scenario'}: ${i.message}`);
    if (takenIds.has(candidate.id)) list.unshift(`id: "${candidate.id}" is taken by another scenario`);
    setProblems(list);
    if (list.length === 0 && r.success) {
      try {
        await props.onSave(r.data);
      } catch (e) {
        setProblems([`Not saved: ${e instanceof Error ? e.message : String(e)}`]);
      }
    }
  };

  const field = (id: string, label: string, input: React.ReactNode) => (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {input}
    </div>
  );

  return (
    <form
      className="editor"
      data-tc="scenario-editor"
      data-tone-coach="off"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h2>{initial.id ? `Edit “${initial.title}”` : 'New scenario'}</h2>
      <div className="grid2">
        {field(
          'sc-id',
          'Id (lower-case letters, digits, - . _)',
          <input id="sc-id" data-tc="sc-id" value={s.id} onChange={(e) => set('id', e.currentTarget.value)} />,
        )}
        {field(
          'sc-title',
          'Title',
          <input
            id="sc-title"
            data-tc="sc-title"
            value={s.title}
            onChange={(e) => set('title', e.currentTarget.value)}
          />,
        )}
        {field(
          'sc-channel',
          'Channel',
          <select
            id="sc-channel"
            value={s.channel}
            onChange={(e) => set('channel', e.currentTarget.value as ScenarioChannel)}
          >
            {SCENARIO_CHANNELS.map((c) => (
              <option key={c} value={c}>
                {CHANNEL_LABEL[c]}
              </option>
            ))}
          </select>,
        )}
        {field(
          'sc-audience',
          'Public or private',
          <select
            id="sc-audience"
            value={s.audience}
            onChange={(e) => set('audience', e.currentTarget.value as 'public' | 'private')}
          >
            <option value="public">Public (others can see it)</option>
            <option value="private">Private (only the customer)</option>
          </select>,
        )}
        {field(
          'sc-name',
          'Customer’s name',
          <input id="sc-name" value={s.customer.name} onChange={(e) => setCustomer('name', e.currentTarget.value)} />,
        )}
        {field(
          'sc-handle',
          'Customer’s handle (optional)',
          <input
            id="sc-handle"
            value={s.customer.handle ?? ''}
            onChange={(e) => setCustomer('handle', e.currentTarget.value)}
          />,
        )}
        {field(
          'sc-mood',
          'Customer’s mood',
          <select
            id="sc-mood"
            value={s.customer.mood}
            onChange={(e) => setCustomer('mood', e.currentTarget.value as Mood)}
          >
            {MOODS.map((m) => (
              <option key={m}>{m}</option>
            ))}
          </select>,
        )}
      </div>
      {field(
        'sc-situation',
        'Situation (optional)',
        <input id="sc-situation" value={s.situation ?? ''} onChange={(e) => set('situation', e.currentTarget.value)} />,
      )}
      {field(
        'sc-message',
        'Customer’s message',
        <textarea
          id="sc-message"
          rows={3}
          value={s.customer.message}
          onChange={(e) => setCustomer('message', e.currentTarget.value)}
        />,
      )}
      <div className="grid2">
        {field(
          'sc-bad',
          'Bad reply',
          <textarea
            id="sc-bad"
            data-tc="sc-bad"
            rows={5}
            value={s.badReply}
            onChange={(e) => set('badReply', e.currentTarget.value)}
          />,
        )}
        {field(
          'sc-good',
          'Good reply',
          <textarea
            id="sc-good"
            data-tc="sc-good"
            rows={5}
            value={s.goodReply}
            onChange={(e) => set('goodReply', e.currentTarget.value)}
          />,
        )}
      </div>
      <fieldset>
        <legend>Talking points</legend>
        {points.map((p, i) => (
          <div className="point-edit" key={i}>
            {field(
              `sc-rules-${i}`,
              'Rules it is about ("setId/ruleId", comma-separated)',
              <input
                id={`sc-rules-${i}`}
                value={p.rules}
                placeholder="social-care/bare-dm"
                onChange={(e) =>
                  setPoints(points.map((x, j) => (j === i ? { ...x, rules: e.currentTarget.value } : x)))
                }
              />,
            )}
            {field(
              `sc-point-${i}`,
              'What to say about it',
              <textarea
                id={`sc-point-${i}`}
                rows={2}
                value={p.point}
                onChange={(e) =>
                  setPoints(points.map((x, j) => (j === i ? { ...x, point: e.currentTarget.value } : x)))
                }
              />,
            )}
            {field(
              `sc-example-${i}`,
              'Better wording for this customer (shown as the “Why” example)',
              <input
                id={`sc-example-${i}`}
                value={p.example}
                onChange={(e) =>
                  setPoints(points.map((x, j) => (j === i ? { ...x, example: e.currentTarget.value } : x)))
                }
              />,
            )}
            <button type="button" onClick={() => setPoints(points.filter((_, j) => j !== i))}>
              Remove this point
            </button>
          </div>
        ))}
        <button type="button" onClick={() => setPoints([...points, { rules: '', point: '', example: '' }])}>
          Add a talking point
        </button>
      </fieldset>
      {problems.length > 0 && (
        <div role="alert" className="problems" data-tc="scenario-problems">
          <p>Not saved. Fix {problems.length === 1 ? 'this problem' : `these ${problems.length} problems`}:</p>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="buttons">
        <button type="submit" className="primary" data-tc="scenario-save">
          Save
        </button>
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
