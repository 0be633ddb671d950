// Draft.js (X/Twitter, HubSpot).
import type { EditorAdapter } from './types';
import { closestEditable, readBlocks, replaceInBlocks, type BlockEditorSpec } from './block-editor';

const SELECTOR = '.public-DraftEditor-content, [data-contents="true"]';
const SPEC: BlockEditorSpec = { paths: ['paste'] };

export const draftjsAdapter: EditorAdapter = {
  id: 'draftjs',
  priority: 50,
  find: (el) => closestEditable(el, SELECTOR),
  read: (root) => readBlocks(root, SPEC.read),
  replace: (root, start, end, replacement, expected) => replaceInBlocks(root, start, end, replacement, expected, SPEC),
};
