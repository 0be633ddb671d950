import { coachSuite } from '../helpers/coach';

coachSuite({ name: 'Text input', fixture: 'input', url: 'https://app.frontapp.com/open/cnv_2', singleLine: true });
