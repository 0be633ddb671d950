// CKEditor 5 (Zendesk).
import type { EditorAdapter } from './types';
import { closestEditable, readBlocks, replaceInBlocks, type BlockEditorSpec } from './block-editor';

const SELECTOR = '.ck-editor__editable, .ck-content';
const SPEC: BlockEditorSpec = { paths: ['beforeinput-replacement'], multilinePaths: ['paste', 'beforeinput-replacement'] };

export const ckeditor5Adapter: EditorAdapter = {
  id: 'ckeditor5',
  priority: 50,
  find: (el) => closestEditable(el, SELECTOR),
  read: (root) => readBlocks(root, SPEC.read),
  replace: (root, start, end, replacement, expected) => replaceInBlocks(root, start, end, replacement, expected, SPEC),
};
