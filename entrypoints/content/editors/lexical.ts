// Lexical (Facebook, Messenger). Its history merges changes within `delay` (300 ms in the React HistoryPlugin)
// when they look like continued typing: the apply waits that long after the agent's last edit.
import { blockEditorAdapter } from './block-editor';

export const lexicalAdapter = blockEditorAdapter('lexical', '[data-lexical-editor="true"]', {
  paths: ['beforeinput-replacement'],
  historyGroupMs: 300,
});
