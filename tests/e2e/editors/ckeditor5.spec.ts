import { adapterSuite } from './adapter-harness';

adapterSuite('CKEditor 5', { fixture: 'ckeditor5', adapter: 'ckeditor5', url: 'https://acme.zendesk.com/agent/tickets/1' });
