import { coachSuite } from '../helpers/coach';

coachSuite({
  name: 'Froala',
  fixture: 'froala',
  url: 'https://acme.freshdesk.com/a/tickets/1',
  // In this unlicensed froala-editor 5 build, Ctrl+Z undoes nothing, not even plain typed text, with or without the
  // extension (the Z keydown never reaches Froala's undo command); Froala's own undo.run()/redo(), which its
  // toolbar buttons call, undo and redo the apply as one step.
  undoViaApi: 'Ctrl+Z does nothing in the unlicensed fixture build, even for typed text',
});
