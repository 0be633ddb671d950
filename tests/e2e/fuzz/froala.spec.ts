import { fuzzSuite } from '../helpers/fuzz';

fuzzSuite({
  name: 'Froala',
  fixture: 'froala',
  url: 'https://acme.freshdesk.com/a/tickets/1',
  // As in froala.spec.ts: Ctrl+Z does nothing in the unlicensed fixture build, even for typed text.
  undoViaApi: 'Ctrl+Z does nothing in the unlicensed fixture build',
  // Froala's typingTimer option (500 ms by default): it saves an undo step when the keys stop for that long.
  historyTimerMs: 500,
});
