import { coachSuite } from '../helpers/coach';

coachSuite({ name: 'Draft.js', fixture: 'draftjs', url: 'https://x.com/compose/post' });
