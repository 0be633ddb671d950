import { listenForChecks } from './checker';

export default defineBackground(() => {
  listenForChecks();
});
