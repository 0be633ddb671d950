// One interface for every editor adapter (one file per editor in this folder, registered in index.ts).
// The adapter is the only code that reads or writes an editor; it never sets textContent/innerHTML.

export interface EditorText {
  /** The text the engine checks, with paragraphs joined by "\n". */
  text: string;
  /** DOM Range for the text offsets [start, end), or null when unmappable (e.g. a textarea). */
  rangeOf(start: number, end: number): Range | null;
  /** Text offset of the collapsed caret when it is inside this editor, else null. */
  caret(): number | null;
}

export interface ReplaceResult {
  ok: boolean;
  /** Plain-words reason shown to the user when ok is false (the edit was rolled back). */
  reason?: string;
}

export interface EditorAdapter {
  /** Same as the file name, e.g. 'draftjs'. */
  id: string;
  /** Higher is tried first; generic adapters use 0. */
  priority: number;
  /** The editable root this adapter serves for an element inside it, or null if it is not this editor. */
  find(el: Element): HTMLElement | null;
  read(root: HTMLElement): EditorText;
  /**
   * Replace [start, end) with `replacement` through the editor's own input path, then verify
   * (text, caret after the replacement). On failed verification, roll back and return ok: false.
   * `expected` is the text of the span at check time; if it changed, refuse without editing.
   */
  replace(root: HTMLElement, start: number, end: number, replacement: string, expected: string): Promise<ReplaceResult>;
}
