import { firefoxCoachSuite } from '../suite';

firefoxCoachSuite({
  name: 'CKEditor 5',
  fixture: 'ckeditor5',
  url: 'https://acme.zendesk.com/agent/tickets/1',
});
