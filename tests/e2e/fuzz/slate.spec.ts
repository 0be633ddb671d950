import { fuzzSuite } from '../helpers/fuzz';

fuzzSuite({ name: 'Slate', fixture: 'slate', url: 'https://app.frontapp.com/open/cnv_1' });
