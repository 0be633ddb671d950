import { coachSuite } from '../helpers/coach';

// No adapter names TinyMCE: its iframe body is a plain contenteditable, coached by the generic adapter.
coachSuite({
  name: 'TinyMCE',
  fixture: 'tinymce',
  url: 'https://acme.zendesk.com/agent/tickets/7',
  frame: 'iframe.tox-edit-area__iframe',
  // CI on 2026-11-26 (quiet machine): no finding ever showed in the editor's srcdoc frame ("canned" never appeared
  // within 5 s; the worker answered the check in an earlier manual run). Not coached yet: see docs/editors.md.
  knownAll: 'no finding shows in the TinyMCE frame yet',
});
