import { adapterSuite } from './adapter-harness';

adapterSuite('Lexical', { fixture: 'lexical', adapter: 'lexical', url: 'https://www.facebook.com/messages/t/100000000000001' });
