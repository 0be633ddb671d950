import { fuzzSuite } from '../helpers/fuzz';

fuzzSuite({
  name: 'Plain contenteditable',
  fixture: 'contenteditable',
  url: 'https://mail.google.com/mail/u/0/#inbox/1',
});
