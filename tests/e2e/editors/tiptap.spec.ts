import { coachSuite } from '../helpers/coach';

coachSuite({ name: 'TipTap', fixture: 'tiptap', url: 'https://app.intercom.com/a/inbox/acme/inbox/conversation/2' });
