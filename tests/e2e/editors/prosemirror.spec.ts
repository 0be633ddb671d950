import { coachSuite } from '../helpers/coach';

coachSuite({
  name: 'ProseMirror',
  fixture: 'prosemirror',
  url: 'https://app.intercom.com/a/inbox/acme/inbox/conversation/1',
});
