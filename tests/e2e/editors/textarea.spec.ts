import { coachSuite } from '../helpers/coach';

coachSuite({ name: 'Textarea', fixture: 'textarea', url: 'https://secure.helpscout.net/conversation/2/1' });
