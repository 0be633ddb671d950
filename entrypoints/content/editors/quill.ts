// Quill (Help Scout and many helpdesks). Its history merges changes made within `delay` (1 s by default) into
// one undo step: the apply waits that long after the agent's last edit (see historyGroupMs).
import { blockEditorAdapter } from './block-editor';

export const quillAdapter = blockEditorAdapter('quill', '.ql-editor', {
  paths: ['beforeinput-replacement'],
  multilinePaths: ['paste', 'beforeinput-replacement'],
  historyGroupMs: 1000,
});
