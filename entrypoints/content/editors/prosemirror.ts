// ProseMirror and TipTap (Intercom). prosemirror-history groups adjacent changes made within newGroupDelay
// (500 ms by default) into one undo step: the apply waits that long after the agent's last edit.
import type { EditorAdapter } from './types';
import { clockEdits, closestEditable, readBlocks, replaceInBlocks, type BlockEditorSpec } from './block-editor';

const SELECTOR = '.ProseMirror';
const SPEC: BlockEditorSpec = { paths: ['paste'], historyGroupMs: 500 };

export const prosemirrorAdapter: EditorAdapter = {
  id: 'prosemirror',
  priority: 50,
  find: (el) => {
    const root = closestEditable(el, SELECTOR);
    if (root) clockEdits(root);
    return root;
  },
  read: (root) => readBlocks(root, SPEC.read),
  replace: (root, start, end, replacement, expected) => replaceInBlocks(root, start, end, replacement, expected, SPEC),
};
