import { firefoxCoachSuite } from '../suite';

firefoxCoachSuite({
  name: 'ProseMirror',
  fixture: 'prosemirror',
  url: 'https://app.intercom.com/a/inbox/acme/inbox/conversation/1',
});
