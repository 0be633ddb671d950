// The editor registry: every adapter in this folder, most specific first. The first whose find() answers wins,
// so adding an editor is one file plus one line here (a unit test checks every file is registered).
import type { EditorAdapter } from './types';
import { ckeditor5Adapter } from './ckeditor5';
import { contenteditableAdapter } from './contenteditable';
import { draftjsAdapter } from './draftjs';
import { froalaAdapter } from './froala';
import { lexicalAdapter } from './lexical';
import { prosemirrorAdapter } from './prosemirror';
import { quillAdapter } from './quill';
import { slateAdapter } from './slate';
import { textareaAdapter } from './textarea';

export const EDITOR_ADAPTERS: readonly EditorAdapter[] = [
  ckeditor5Adapter,
  contenteditableAdapter,
  draftjsAdapter,
  froalaAdapter,
  lexicalAdapter,
  prosemirrorAdapter,
  quillAdapter,
  slateAdapter,
  textareaAdapter,
].sort((a, b) => b.priority - a.priority);

export interface EditorMatch {
  adapter: EditorAdapter;
  root: HTMLElement;
}

/** The editor an element belongs to, or null when it is not inside anything editable we know. */
export function editorFor(el: Element): EditorMatch | null {
  for (const adapter of EDITOR_ADAPTERS) {
    const root = adapter.find(el);
    if (root) return { adapter, root };
  }
  return null;
}
