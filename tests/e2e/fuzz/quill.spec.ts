import { fuzzSuite } from '../helpers/fuzz';

fuzzSuite({ name: 'Quill', fixture: 'quill', url: 'https://secure.helpscout.net/conversation/1/1' });
