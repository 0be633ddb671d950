import { firefoxCoachSuite } from '../suite';

const APPLY =
  "Firefox: Apply goes through the adapter's synthetic beforeinput, the path the other editors do not take in Firefox; not confirmed for this editor (runs timed out on a loaded machine) (see docs/testing.md, Firefox)";

firefoxCoachSuite({
  name: 'Slate',
  fixture: 'slate',
  url: 'https://app.frontapp.com/open/cnv_1',
  known: {
    'apply from the card: exact text, caret after, next key lands there': APPLY,
    'undo restores the original in one step, redo re-applies': APPLY,
  },
});
