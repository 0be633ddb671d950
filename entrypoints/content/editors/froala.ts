// Froala (Freshdesk). Froala ignores synthetic paste and beforeinput; native execCommand insertText is followed by
// its mutation handling and lands as one step on its own undo stack. Froala records typing as an undo step only
// `typingTimer` (500 ms by default) after the last key: the apply waits that long after the agent's last edit.
import { blockEditorAdapter } from './block-editor';

export const froalaAdapter = blockEditorAdapter('froala', '.fr-element.fr-view', {
  paths: ['execcommand'],
  historyGroupMs: 500,
});
