import { listenForChecks } from './checker';
import { watchSites } from '../../utils/site-registration';
import { keepSubscriptionsFresh } from './subscriptions';

export default defineBackground(() => {
  listenForChecks();
  watchSites();
  keepSubscriptionsFresh();
});
