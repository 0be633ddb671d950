import { coachSuite } from '../helpers/coach';

coachSuite({ name: 'Slate', fixture: 'slate', url: 'https://app.frontapp.com/open/cnv_1' });
