// Draft.js (X/Twitter, HubSpot).
import { blockEditorAdapter } from './block-editor';

export const draftjsAdapter = blockEditorAdapter('draftjs', '.public-DraftEditor-content, [data-contents="true"]', {
  paths: ['paste'],
});
