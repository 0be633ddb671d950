// CKEditor 5 (Zendesk).
import { blockEditorAdapter } from './block-editor';

export const ckeditor5Adapter = blockEditorAdapter('ckeditor5', '.ck-editor__editable, .ck-content', {
  paths: ['beforeinput-replacement'],
  multilinePaths: ['paste', 'beforeinput-replacement'],
});
