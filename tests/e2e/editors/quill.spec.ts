import { coachSuite } from '../helpers/coach';

coachSuite({ name: 'Quill', fixture: 'quill', url: 'https://secure.helpscout.net/conversation/1/1' });
