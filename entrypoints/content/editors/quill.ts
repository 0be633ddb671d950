// Quill (Help Scout and many helpdesks). Quill's history merges every change made within `delay` (1 s by
// default) of the previous one into one undo step, so an Apply right after typing would be undone together with
// the typing. The adapter waits until that window has passed since the agent's last edit; no API is needed.
import type { EditorAdapter } from './types';
import { closestEditable, readBlocks, replaceInBlocks, type BlockEditorSpec } from './block-editor';

const SELECTOR = '.ql-editor';
const SPEC: BlockEditorSpec = { paths: ['beforeinput-replacement'] };
/** Quill's default history delay, plus a margin for the time between the input event and Quill's record. */
const HISTORY_DELAY_MS = 1000 + 50;

const lastEdit = new WeakMap<HTMLElement, number>();
const watched = new WeakSet<HTMLElement>();

function watch(root: HTMLElement): void {
  if (watched.has(root)) return;
  watched.add(root);
  root.addEventListener('input', () => lastEdit.set(root, performance.now()), { capture: true, passive: true });
}

export const quillAdapter: EditorAdapter = {
  id: 'quill',
  priority: 50,
  find: (el) => {
    const root = closestEditable(el, SELECTOR);
    if (root) watch(root);
    return root;
  },
  read: (root) => readBlocks(root, SPEC.read),
  replace: async (root, start, end, replacement, expected) => {
    const since = performance.now() - (lastEdit.get(root) ?? -Infinity);
    if (since < HISTORY_DELAY_MS) await new Promise((r) => setTimeout(r, HISTORY_DELAY_MS - since));
    return replaceInBlocks(root, start, end, replacement, expected, SPEC);
  },
};
