// ProseMirror and TipTap (Intercom).
import type { EditorAdapter } from './types';
import { closestEditable, readBlocks, replaceInBlocks, type BlockEditorSpec } from './block-editor';

const SELECTOR = '.ProseMirror';
const SPEC: BlockEditorSpec = { paths: ['paste'] };

export const prosemirrorAdapter: EditorAdapter = {
  id: 'prosemirror',
  priority: 50,
  find: (el) => closestEditable(el, SELECTOR),
  read: (root) => readBlocks(root, SPEC.read),
  replace: (root, start, end, replacement, expected) => replaceInBlocks(root, start, end, replacement, expected, SPEC),
};
