import { firefoxCoachSuite } from '../suite';

const APPLY =
  "Firefox: Apply leaves the text unchanged, the editor does not take the adapter's synthetic beforeinput (see docs/testing.md, Firefox)";

firefoxCoachSuite({
  name: 'Quill',
  fixture: 'quill',
  url: 'https://secure.helpscout.net/conversation/1/1',
  known: {
    'apply from the card: exact text, caret after, next key lands there': APPLY,
    'undo restores the original in one step, redo re-applies': APPLY,
  },
});
