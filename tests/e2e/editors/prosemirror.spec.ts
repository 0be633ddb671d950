import { adapterSuite } from './adapter-harness';

adapterSuite('ProseMirror', { fixture: 'prosemirror', adapter: 'prosemirror', url: 'https://app.intercom.com/a/inbox/acme/inbox/conversation/1' });
