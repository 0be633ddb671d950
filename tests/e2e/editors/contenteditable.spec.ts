import { coachSuite } from '../helpers/coach';

coachSuite({
  name: 'Plain contenteditable',
  fixture: 'contenteditable',
  url: 'https://mail.google.com/mail/u/0/#inbox/1',
});
