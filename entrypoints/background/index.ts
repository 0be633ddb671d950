import { listenForChecks } from './checker';
import { watchSites } from './sites';

export default defineBackground(() => {
  listenForChecks();
  watchSites();
});
