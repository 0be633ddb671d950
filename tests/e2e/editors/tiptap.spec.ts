import { adapterSuite } from './adapter-harness';

adapterSuite('TipTap', { fixture: 'tiptap', adapter: 'prosemirror', url: 'https://app.intercom.com/a/inbox/acme/inbox/conversation/2' });
