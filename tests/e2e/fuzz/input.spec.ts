import { fuzzSuite } from '../helpers/fuzz';

fuzzSuite({ name: 'Text input', fixture: 'input', url: 'https://app.frontapp.com/open/cnv_2', singleLine: true });
