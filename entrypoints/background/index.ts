import { listenForChecks } from './checker';
import { watchSites } from '../../utils/site-registration';
import { keepSubscriptionsFresh } from './subscriptions';
import { welcomeOnInstall } from './welcome';

export default defineBackground(() => {
  listenForChecks();
  watchSites();
  keepSubscriptionsFresh();
  welcomeOnInstall();
});
