// ProseMirror and TipTap (Intercom). prosemirror-history groups adjacent changes made within newGroupDelay
// (500 ms by default) into one undo step: the apply waits that long after the agent's last edit.
import { blockEditorAdapter } from './block-editor';

export const prosemirrorAdapter = blockEditorAdapter('prosemirror', '.ProseMirror', {
  paths: ['paste'],
  historyGroupMs: 500,
});
