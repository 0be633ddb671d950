import { coachSuite } from '../helpers/coach';

// No adapter names TinyMCE: its iframe body is a plain contenteditable, coached by the generic adapter.
coachSuite({
  name: 'TinyMCE',
  fixture: 'tinymce',
  url: 'https://acme.zendesk.com/agent/tickets/7',
  frame: 'iframe.tox-edit-area__iframe',
});
