import { firefoxCoachSuite } from '../suite';

const APPLY =
  "Firefox: Apply leaves the text unchanged, the editor does not take the adapter's synthetic beforeinput (see docs/testing.md, Firefox)";

firefoxCoachSuite({
  name: 'Lexical',
  fixture: 'lexical',
  url: 'https://www.facebook.com/messages/t/100000000000001',
  known: {
    'apply from the card: exact text, caret after, next key lands there': APPLY,
    'undo restores the original in one step, redo re-applies': APPLY,
  },
});
