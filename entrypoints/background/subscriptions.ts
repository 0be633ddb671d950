// Keeps subscribed rule sets (the user's and the policy's) fresh: an alarm every REFRESH_MINUTES, and at once when
// the browser starts or the policy changes. A failed refresh keeps the last good copy (utils/subscriptions.ts).
import { browser } from 'wxt/browser';
import { loadPolicy } from '../../utils/policy';
import { REFRESH_MINUTES, refreshAll } from '../../utils/subscriptions';

const ALARM = 'tc-refresh-subscriptions';

async function refresh(): Promise<void> {
  const policy = await loadPolicy();
  await refreshAll(policy.subscriptions);
}

export function keepSubscriptionsFresh(): void {
  void browser.alarms.create(ALARM, { periodInMinutes: REFRESH_MINUTES, delayInMinutes: 1 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void refresh();
  });
  browser.runtime.onStartup.addListener(() => void refresh());
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void refresh();
  });
}
