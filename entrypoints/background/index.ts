import { listenForChecks } from './checker';
import { watchSites } from '../../utils/site-registration';

export default defineBackground(() => {
  listenForChecks();
  watchSites();
});
