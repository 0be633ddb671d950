// Any other contenteditable (Gmail, LinkedIn, a site's own box): the browser's native editing is the model.
// A page script may own beforeinput (then it applies the change itself); otherwise the browser's own
// execCommand('insertText') edits the DOM like typing and records one undo step in the browser's history; it is
// then announced as a replacement, so that editors with their own history (TinyMCE) record it as a step too.
import type { EditorAdapter } from './types';
import { readBlocks, replaceInBlocks, type BlockEditorSpec } from './block-editor';

const SPEC: BlockEditorSpec = { paths: ['beforeinput-replacement', 'execcommand'], announceReplacement: true };

/** The outermost editing host around `el` (nested contenteditables edit as one box). */
function editingHost(el: Element): HTMLElement | null {
  let host: HTMLElement | null = null;
  for (let n: Element | null = el; n; n = n.parentElement) {
    if (n instanceof HTMLElement && n.isContentEditable) host = n;
    else if (host) break;
  }
  return host;
}

export const contenteditableAdapter: EditorAdapter = {
  id: 'contenteditable',
  priority: 0,
  find: editingHost,
  read: (root) => readBlocks(root, SPEC.read),
  replace: (root, start, end, replacement, expected) => replaceInBlocks(root, start, end, replacement, expected, SPEC),
};
