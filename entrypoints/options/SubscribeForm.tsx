// Subscribe to a rule set by URL: a static file on any web host or CDN that a brand keeps up to date for its team.
// The browser is asked for permission to read that one site, from the click itself (it only asks on a user gesture).
import { useState } from 'react';
import { browser } from 'wxt/browser';
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
          // Without the permission the file can still be read when its host allows it (CORS): try either way.
          await browser.permissions.request({ origins: [originPattern(href)] }).catch(() => false);
          const set = await subscribe(href);
          setUrl('');
          return void set;
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
