import { fuzzSuite } from '../helpers/fuzz';

fuzzSuite({ name: 'Draft.js', fixture: 'draftjs', url: 'https://x.com/compose/post' });
