// Lexical (Facebook, Messenger). Its history merges changes within `delay` (300 ms in the React HistoryPlugin)
// when they look like continued typing: the apply waits that long after the agent's last edit.
import type { EditorAdapter } from './types';
import { clockEdits, closestEditable, readBlocks, replaceInBlocks, type BlockEditorSpec } from './block-editor';

const SELECTOR = '[data-lexical-editor="true"]';
const SPEC: BlockEditorSpec = { paths: ['beforeinput-replacement'], historyGroupMs: 300 };

export const lexicalAdapter: EditorAdapter = {
  id: 'lexical',
  priority: 50,
  find: (el) => {
    const root = closestEditable(el, SELECTOR);
    if (root) clockEdits(root);
    return root;
  },
  read: (root) => readBlocks(root, SPEC.read),
  replace: (root, start, end, replacement, expected) => replaceInBlocks(root, start, end, replacement, expected, SPEC),
};
