import { firefoxCoachSuite } from '../suite';

const APPLY =
  "Firefox: Apply leaves the text unchanged, the editor does not take the adapter's synthetic paste (see docs/testing.md, Firefox)";

firefoxCoachSuite({
  name: 'Draft.js',
  fixture: 'draftjs',
  url: 'https://x.com/compose/post',
  known: {
    'apply from the card: exact text, caret after, next key lands there': APPLY,
    'undo restores the original in one step, redo re-applies': APPLY,
  },
});
