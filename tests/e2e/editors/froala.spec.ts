import { coachSuite } from '../helpers/coach';

coachSuite({ name: 'Froala', fixture: 'froala', url: 'https://acme.freshdesk.com/a/tickets/1' });
