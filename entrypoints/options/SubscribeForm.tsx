// Subscribe to a rule set by URL: a static file on any web host or CDN that a brand keeps up to date for its team.
// The browser is asked for permission to read that one site, from the click itself (it only asks on a user gesture).
import { useState } from 'react';
import { browser } from 'wxt/browser';
import { RuleStoreError } from '../../utils/rule-store';
import { originPattern, refreshAll, subscribe, subscriptionUrl } from '../../utils/subscriptions';
import type { Run } from './App';

export function SubscribeForm(props: { disabled: boolean; run: Run }) {
  const [url, setUrl] = useState('');
  return (
    <form
      className="subscribe"
      data-tc="subscribe"
      onSubmit={(e) => {
        e.preventDefault();
        void props.run(async () => {
          const href = subscriptionUrl(url);
          // Asked from the click itself (the browser only asks on a user gesture), but not waited for: a file whose
          // host allows it (CORS, as CDNs and GitHub do) is read at once; otherwise the answer is awaited and the
          // fetch tried again. Asked synchronously: Firefox refuses a request made after an await or a .then, even
          // in the click's handler; a permission already held is answered true without asking.
          const granted = browser.permissions.request({ origins: [originPattern(href)] }).catch(() => false);
          try {
            await subscribe(href);
          } catch (e) {
            if (!(e instanceof RuleStoreError) || !/could not be fetched/.test(e.message) || !(await granted)) throw e;
            await subscribe(href);
          }
          setUrl('');
        }, 'Subscribed. The file is checked for changes every hour.');
      }}
    >
      <label>
        Subscribe to a rule set by its address
        <input
          type="url"
          data-tc="subscribe-url"
          placeholder="https://example.com/brand-voice.json"
          value={url}
          disabled={props.disabled}
          onInput={(e) => setUrl(e.currentTarget.value)}
          required
        />
      </label>
      <div className="row">
        <button className="primary" type="submit" data-tc="subscribe-add" disabled={props.disabled}>
          Subscribe
        </button>
        <button
          type="button"
          data-tc="refresh-subscriptions"
          onClick={() => void props.run(() => refreshAll(), 'Subscriptions checked.')}
        >
          Check subscriptions now
        </button>
      </div>
    </form>
  );
}
