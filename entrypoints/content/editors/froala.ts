// Froala (Freshdesk). Froala ignores synthetic paste and beforeinput; native execCommand insertText is followed by
// its mutation handling and lands as one step on its own undo stack. Froala records typing as an undo step only
// `typingTimer` (500 ms by default) after the last key: the apply waits that long after the agent's last edit.
import type { EditorAdapter } from './types';
import { clockEdits, closestEditable, readBlocks, replaceInBlocks, type BlockEditorSpec } from './block-editor';

const SELECTOR = '.fr-element.fr-view';
const SPEC: BlockEditorSpec = { paths: ['execcommand'], historyGroupMs: 500 };

export const froalaAdapter: EditorAdapter = {
  id: 'froala',
  priority: 50,
  find: (el) => {
    const root = closestEditable(el, SELECTOR);
    if (root) clockEdits(root);
    return root;
  },
  read: (root) => readBlocks(root, SPEC.read),
  replace: (root, start, end, replacement, expected) => replaceInBlocks(root, start, end, replacement, expected, SPEC),
};
