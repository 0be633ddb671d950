import { firefoxCoachSuite } from '../suite';

const APPLY =
  "Firefox: Apply goes through the adapter's synthetic paste, the path the other editors do not take in Firefox; not confirmed for this editor (runs timed out on a loaded machine) (see docs/testing.md, Firefox)";

firefoxCoachSuite({
  name: 'ProseMirror',
  fixture: 'prosemirror',
  url: 'https://app.intercom.com/a/inbox/acme/inbox/conversation/1',
  known: {
    'apply from the card: exact text, caret after, next key lands there': APPLY,
    'undo restores the original in one step, redo re-applies': APPLY,
  },
});
