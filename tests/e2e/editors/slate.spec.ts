import { adapterSuite } from './adapter-harness';

adapterSuite('Slate', { fixture: 'slate', adapter: 'slate', url: 'https://app.frontapp.com/open/cnv_1' });
