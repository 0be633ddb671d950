import { adapterSuite } from './adapter-harness';

adapterSuite('Draft.js', { fixture: 'draftjs', adapter: 'draftjs', url: 'https://x.com/compose/post' });
