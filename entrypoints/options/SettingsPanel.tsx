// Settings every agent of a brand shares: the pause before checking, categories on or off, the agent's name and
// sign-off, and the brand's own domains (its addresses and links are not a customer's personal data).
import { useEffect, useState } from 'react';
import { CATEGORIES } from '../../rules/types';
import { CATEGORY_LABEL } from '../../components/labels';
import { agentItem, brandDomainsItem, checkDelayItem, disabledCategoriesItem } from '../../utils/settings';
import { countStatsItem } from '../../utils/stats';
import { readSites } from './RuleSetList';
import type { Run } from './App';

export function SettingsPanel(props: { run: Run }) {
  const [delay, setDelay] = useState(200);
  const [off, setOff] = useState<string[]>([]);
  const [name, setName] = useState('');
  const [signOff, setSignOff] = useState('');
  const [domains, setDomains] = useState('');
  const [count, setCount] = useState(true);
  useEffect(() => {
    void checkDelayItem.getValue().then(setDelay);
    void disabledCategoriesItem.getValue().then(setOff);
    void agentItem.getValue().then((a) => (setName(a.name ?? ''), setSignOff(a.signOff ?? '')));
    void brandDomainsItem.getValue().then((d) => setDomains(d.join(', ')));
    void countStatsItem.getValue().then((c) => setCount(c !== false));
  }, []);
  return (
    <form
      className="settings"
      data-tc="settings"
      onSubmit={(e) => {
        e.preventDefault();
        void props.run(async () => {
          await Promise.all([
            checkDelayItem.setValue(Math.min(2000, Math.max(0, Math.round(delay)))),
            disabledCategoriesItem.setValue(off),
            agentItem.setValue({
              ...(name.trim() ? { name: name.trim() } : {}),
              ...(signOff.trim() ? { signOff: signOff.trim() } : {}),
            }),
            brandDomainsItem.setValue(readSites(domains)),
            countStatsItem.setValue(count),
          ]);
        }, 'Settings saved.');
      }}
    >
      <label>
        Pause in typing before a check (milliseconds)
        <input
          type="number"
          min={0}
          max={2000}
          step={50}
          data-tc="setting-delay"
          value={delay}
          onInput={(e) => setDelay(Number(e.currentTarget.value))}
        />
      </label>
      <fieldset>
        <legend>Categories Tone Coach comments on</legend>
        {CATEGORIES.map((c) => (
          <label key={c} className="check">
            <input
              type="checkbox"
              data-tc="setting-category"
              value={c}
              checked={!off.includes(c)}
              onChange={(e) => setOff(e.currentTarget.checked ? off.filter((x) => x !== c) : [...off, c])}
            />
            {CATEGORY_LABEL[c]}
          </label>
        ))}
      </fieldset>
      <label>
        Your name
        <input data-tc="setting-name" value={name} onInput={(e) => setName(e.currentTarget.value)} />
      </label>
      <label>
        Your sign-off (how you end a reply, e.g. "^JS" or "-Ann")
        <input data-tc="setting-sign-off" value={signOff} onInput={(e) => setSignOff(e.currentTarget.value)} />
      </label>
      <label>
        Your brand's own domains (its addresses are not personal data)
        <input
          data-tc="setting-domains"
          placeholder="acme.com, acme-support.com"
          value={domains}
          onInput={(e) => setDomains(e.currentTarget.value)}
        />
      </label>
      <label className="check">
        <input
          type="checkbox"
          data-tc="setting-count-stats"
          checked={count}
          onChange={(e) => setCount(e.currentTarget.checked)}
        />
        Count checks, findings and fixes in this browser for the trainer's numbers (never the text of a reply)
      </label>
      <button className="primary" type="submit" data-tc="settings-save">
        Save settings
      </button>
    </form>
  );
}
