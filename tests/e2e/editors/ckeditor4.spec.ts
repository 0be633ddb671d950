import { coachSuite } from '../helpers/coach';

// No adapter names CKEditor 4: its iframe body is a plain contenteditable, coached by the generic adapter.
coachSuite({
  name: 'CKEditor 4',
  fixture: 'ckeditor4',
  url: 'https://acme.freshdesk.com/a/tickets/8',
  frame: 'iframe.cke_wysiwyg_frame',
  redo: 'Control+y', // CKEditor 4's own redo key
  known: {
    // CKEditor 4's undo plugin counts an `input` event that no keydown started as pending typing and releases it at
    // the next keyup: the keyup of the Ctrl+Z that undoes the Apply, which starts a "typing" step and drops the redo
    // (undoManager.hasRedo = false; its stack then still holds the applied text). The browser's own spelling fix
    // (also an input without a key) behaves the same way. Not worked around: only a made-up keyup would do it.
    'undo restores the original in one step, redo re-applies':
      "redo after the undo of an Apply does not re-apply: CKEditor 4 counts the Apply's keyless input as typing at the Ctrl+Z keyup, which drops its redo",
  },
});
