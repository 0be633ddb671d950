import { fuzzSuite } from '../helpers/fuzz';

fuzzSuite({
  name: 'ProseMirror',
  fixture: 'prosemirror',
  url: 'https://app.intercom.com/a/inbox/acme/inbox/conversation/1',
});
