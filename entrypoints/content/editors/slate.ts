// Slate.
import { blockEditorAdapter } from './block-editor';

export const slateAdapter = blockEditorAdapter('slate', '[data-slate-editor="true"]', {
  paths: ['beforeinput-replacement'],
});
