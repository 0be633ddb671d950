import { fuzzSuite } from '../helpers/fuzz';

fuzzSuite({ name: 'Lexical', fixture: 'lexical', url: 'https://www.facebook.com/messages/t/100000000000001' });
