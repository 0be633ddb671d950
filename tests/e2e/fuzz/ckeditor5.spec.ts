import { fuzzSuite } from '../helpers/fuzz';

fuzzSuite({ name: 'CKEditor 5', fixture: 'ckeditor5', url: 'https://acme.zendesk.com/agent/tickets/1' });
