import { coachSuite } from '../helpers/coach';

coachSuite({
  name: 'Froala',
  fixture: 'froala',
  url: 'https://acme.freshdesk.com/a/tickets/1',
  // In this unlicensed froala-editor 5 build, Ctrl+Z undoes nothing, not even plain typed text, with or without the
  // extension (the Z keydown never reaches Froala's undo command); Froala's own undo.run()/redo(), which its
  // toolbar buttons call, undo and redo the apply as one step.
  undoViaApi: 'Ctrl+Z does nothing in the unlicensed fixture build, even for typed text',
  known: {
    // CI on 2026-11-26: undo.run() restored the draft; redo() then left it undone (the redo step is new in the
    // shared checks; not investigated yet).
    'undo restores the original in one step, redo re-applies':
      "Froala's redo() after the undo of an Apply does not re-apply",
  },
});
