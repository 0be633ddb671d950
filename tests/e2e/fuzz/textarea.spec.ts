import { fuzzSuite } from '../helpers/fuzz';

fuzzSuite({ name: 'Textarea', fixture: 'textarea', url: 'https://secure.helpscout.net/conversation/2/1' });
