import { fuzzSuite } from '../helpers/fuzz';

fuzzSuite({ name: 'TipTap', fixture: 'tiptap', url: 'https://app.intercom.com/a/inbox/acme/inbox/conversation/2' });
