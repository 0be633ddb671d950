// Froala (Freshdesk). Froala ignores synthetic paste and beforeinput; native execCommand insertText is
// followed by its mutation handling and lands as one step on its own undo stack.
import type { EditorAdapter } from './types';
import { closestEditable, readBlocks, replaceInBlocks, type BlockEditorSpec } from './block-editor';

const SELECTOR = '.fr-element.fr-view';
const SPEC: BlockEditorSpec = { paths: ['execcommand'] };

export const froalaAdapter: EditorAdapter = {
  id: 'froala',
  priority: 50,
  find: (el) => closestEditable(el, SELECTOR),
  read: (root) => readBlocks(root, SPEC.read),
  replace: (root, start, end, replacement, expected) => replaceInBlocks(root, start, end, replacement, expected, SPEC),
};
