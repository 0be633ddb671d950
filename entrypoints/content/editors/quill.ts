// Quill (Help Scout and many helpdesks). Its history merges changes made within `delay` (1 s by default) into
// one undo step: the apply waits that long after the agent's last edit (see historyGroupMs).
import type { EditorAdapter } from './types';
import { clockEdits, closestEditable, readBlocks, replaceInBlocks, type BlockEditorSpec } from './block-editor';

const SELECTOR = '.ql-editor';
const SPEC: BlockEditorSpec = { paths: ['beforeinput-replacement'], multilinePaths: ['paste', 'beforeinput-replacement'], historyGroupMs: 1000 };

export const quillAdapter: EditorAdapter = {
  id: 'quill',
  priority: 50,
  find: (el) => {
    const root = closestEditable(el, SELECTOR);
    if (root) clockEdits(root);
    return root;
  },
  read: (root) => readBlocks(root, SPEC.read),
  replace: (root, start, end, replacement, expected) => replaceInBlocks(root, start, end, replacement, expected, SPEC),
};
