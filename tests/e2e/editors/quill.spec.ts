import { adapterSuite } from './adapter-harness';

adapterSuite('Quill', { fixture: 'quill', adapter: 'quill', url: 'https://secure.helpscout.net/conversation/1/1' });
