// Quill.
import type { EditorAdapter } from './types';
import { closestEditable, readBlocks, replaceInBlocks, type BlockEditorSpec } from './block-editor';

const SELECTOR = '.ql-editor';
const SPEC: BlockEditorSpec = { paths: ['beforeinput-replacement'] };

export const quillAdapter: EditorAdapter = {
  id: 'quill',
  priority: 50,
  find: (el) => closestEditable(el, SELECTOR),
  read: (root) => readBlocks(root, SPEC.read),
  replace: (root, start, end, replacement, expected) => replaceInBlocks(root, start, end, replacement, expected, SPEC),
};
