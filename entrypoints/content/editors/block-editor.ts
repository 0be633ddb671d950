// Shared machinery for the rich-editor adapters (Draft.js, Lexical, ProseMirror/TipTap, CKEditor 5, Quill,
// Slate, Froala). Each of those editors renders its model as block elements with text nodes inside and keeps
// its own model: we only READ the DOM and WRITE through input events the editor itself handles.
//
// Written by the editors work while the shared dom-text.ts / input-path.ts were not in the tree yet; once they
// land, the core owners may fold this into them (same ideas: offset <-> DOM mapping, select, input path,
// verify, roll back).

import type { EditorAdapter, EditorText, ReplaceResult } from './types';

/** Characters editors put in the DOM that are not in their model (caret guards, fillers). */
const ZERO_WIDTH = /[\u200B\uFEFF\u2060]/;
const BLOCK_TAGS = new Set([
  'P',
  'DIV',
  'LI',
  'UL',
  'OL',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'PRE',
  'TABLE',
  'TR',
  'TD',
  'TH',
  'FIGURE',
  'FIGCAPTION',
  'SECTION',
  'ARTICLE',
  'HR',
]);

type Point = [Node, number];

export interface MappedText extends EditorText {
  /** Text offset of a DOM boundary point (e.g. the caret), counting characters wholly before it. */
  offsetOf(node: Node, offset: number): number;
}

export interface ReadOptions {
  /** Extra elements whose whole subtree is not text (widgets, editor chrome). */
  skip?: string;
}

function isSkipped(el: Element, extra: string | undefined): boolean {
  if (el.tagName === 'STYLE' || el.tagName === 'SCRIPT' || el.tagName === 'TEMPLATE') return true;
  if (el.getAttribute('contenteditable') === 'false') return true;
  return extra !== undefined && el.matches(extra);
}

/** A <br> that only keeps an empty or trailing line open (editors add one); it is not a line break in the model. */
function isPlaceholderBr(br: Element, root: HTMLElement): boolean {
  let block: Element | null = br.parentElement;
  while (block && block !== root && !BLOCK_TAGS.has(block.tagName)) block = block.parentElement;
  if (!block) return true;
  const walker = br.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  walker.currentNode = br;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === Node.TEXT_NODE) {
      if ([...(n.nodeValue ?? '')].some((c) => !ZERO_WIDTH.test(c))) return false;
    } else if ((n as Element).tagName === 'BR') return false;
  }
  return true;
}

/**
 * Reads a block-structured contenteditable: blocks are joined by "\n", a <br> inside a block is "\n" unless it is
 * a placeholder, zero-width guards are dropped and no-break spaces read as spaces (same length, so offsets hold).
 */
export function readBlocks(root: HTMLElement, opts: ReadOptions = {}): MappedText {
  let text = '';
  const before: Point[] = [];
  const after: Point[] = [];
  let hasPrev = false; // a block or text was emitted already
  let justOpened = false; // a separator was emitted and nothing since (nested blocks share it)
  let lastPoint: Point = [root, 0];

  const emit = (ch: string, b: Point, a: Point): void => {
    text += ch;
    before.push(b);
    after.push(a);
    lastPoint = a;
  };

  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      const v = node.nodeValue ?? '';
      for (let i = 0; i < v.length; i++) {
        const c = v[i]!;
        if (ZERO_WIDTH.test(c)) continue;
        emit(c === '\u00A0' ? ' ' : c, [node, i], [node, i + 1]);
        hasPrev = true;
        justOpened = false;
      }
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const el = node as Element;
    if (el !== root && isSkipped(el, opts.skip)) return;
    if (el.tagName === 'BR') {
      if (!isPlaceholderBr(el, root)) {
        const parent = el.parentNode!;
        const idx = Array.prototype.indexOf.call(parent.childNodes, el) as number;
        emit('\n', [parent, idx], [parent, idx + 1]);
        hasPrev = true;
        justOpened = false;
      }
      return;
    }
    const block = el !== root && BLOCK_TAGS.has(el.tagName);
    if (block) {
      if (hasPrev && !justOpened) emit('\n', lastPoint, [el, 0]);
      hasPrev = true;
      justOpened = true; // nested blocks opening right here share this line
    }
    for (const child of Array.from(el.childNodes)) walk(child);
    if (block) {
      justOpened = false;
      lastPoint = [el, el.childNodes.length];
    }
  };
  walk(root);

  const doc = root.ownerDocument;
  const rangeOf = (start: number, end: number): Range | null => {
    if (start < 0 || end < start || end > text.length) return null;
    const r = doc.createRange();
    const s: Point = start < text.length ? before[start]! : (after[start - 1] ?? [root, 0]);
    const e: Point = end > start ? after[end - 1]! : s;
    r.setStart(s[0], s[1]);
    r.setEnd(e[0], e[1]);
    return r;
  };
  const offsetOf = (node: Node, offset: number): number => {
    const probe = doc.createRange();
    probe.setStart(node, offset);
    // Characters are in document order, so "starts before the point" is monotone: binary search.
    let lo = 0;
    let hi = text.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const [n, o] = before[mid]!;
      if (probe.comparePoint(n, o) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const mapped: MappedText = { text, rangeOf, offsetOf, caret: () => caretOffset(root, mapped) };
  return mapped;
}

export const nextFrame = (): Promise<void> =>
  new Promise((resolve) => {
    // rAF does not run in background tabs; the timeout keeps us moving there.
    let done = false;
    const finish = (): void => {
      if (!done) {
        done = true;
        setTimeout(resolve, 0);
      }
    };
    requestAnimationFrame(finish);
    setTimeout(finish, 50);
  });

/** Puts the DOM selection on `range` inside the focused editor and lets the editor see the selectionchange. */
export async function selectRange(root: HTMLElement, range: Range): Promise<void> {
  if (root.ownerDocument.activeElement !== root && !root.contains(root.ownerDocument.activeElement)) {
    root.focus({ preventScroll: true });
    await nextFrame();
  }
  const sel = root.ownerDocument.getSelection();
  sel?.setBaseAndExtent(range.startContainer, range.startOffset, range.endContainer, range.endOffset);
  // selectionchange is dispatched as a task; editors (Draft, Lexical, CKEditor, Slate) sync their model there.
  await nextFrame();
}

export type InputPath = 'beforeinput-replacement' | 'beforeinput-text' | 'paste' | 'execcommand';

/**
 * Where the events are built. Firefox runs content scripts in an isolated world, and the data a content script puts
 * in a DataTransfer carries the extension's principal: the page's own scripts (the editor) read it as "". Built
 * through the page's own constructors (`wrappedJSObject`, with the init dictionary cloned into the page by
 * `cloneInto`), the data is the page's. Chromium has neither: there the content script's own constructors serve.
 */
function pageWorld(root: HTMLElement): { w: typeof globalThis; init: <T extends object>(o: T) => T } {
  const view = root.ownerDocument.defaultView as (Window & { wrappedJSObject?: typeof globalThis }) | null;
  const clone = (globalThis as { cloneInto?: (o: object, into: object, opts: object) => object }).cloneInto;
  if (!view?.wrappedJSObject || !clone) return { w: globalThis, init: (o) => o };
  return { w: view.wrappedJSObject, init: (o) => clone(o, view, { wrapReflectors: true }) as typeof o };
}

function dataTransferOf(w: typeof globalThis, text: string): DataTransfer {
  const dt = new w.DataTransfer();
  dt.setData('text/plain', text);
  return dt;
}

/**
 * Fires one input path over the current selection. Returns false when the editor did not take it (a synthetic
 * event that nobody cancels changes nothing, so the next path can be tried safely).
 */
export function fireInput(root: HTMLElement, path: InputPath, text: string, range: Range): boolean {
  // Browsers dispatch input events at the editing host; editors listen there or above.
  const target = root;
  const { w, init } = pageWorld(root);
  switch (path) {
    case 'beforeinput-replacement':
    case 'beforeinput-text': {
      const replacement = path === 'beforeinput-replacement';
      const ev = new w.InputEvent(
        'beforeinput',
        init({
          inputType: replacement ? 'insertReplacementText' : 'insertText',
          data: replacement ? null : text,
          dataTransfer: replacement ? dataTransferOf(w, text) : null,
          targetRanges: [new StaticRange(range)],
          bubbles: true,
          cancelable: true,
          composed: true,
        }),
      );
      target.dispatchEvent(ev);
      return ev.defaultPrevented;
    }
    case 'paste': {
      // Firefox's ClipboardEvent takes the text as `dataType` and `data` and ignores `clipboardData`; Chromium the
      // other way round (a dictionary's unknown members are ignored).
      const ev = new w.ClipboardEvent(
        'paste',
        init({
          clipboardData: dataTransferOf(w, text),
          dataType: 'text/plain',
          data: text,
          bubbles: true,
          cancelable: true,
          composed: true,
        }),
      );
      target.dispatchEvent(ev);
      return ev.defaultPrevented;
    }
    case 'execcommand':
      // Native editing: the browser changes the DOM as if typed; editors that observe mutations follow it.
      return root.ownerDocument.execCommand('insertText', false, text);
  }
}

const isMac = (): boolean => /Mac|iPhone|iPad/.test(navigator.platform);

/** Asks the editor to undo its last step, the way a user would (keyboard first, then the input event). */
export async function undoOnce(root: HTMLElement): Promise<void> {
  const init: KeyboardEventInit = {
    key: 'z',
    code: 'KeyZ',
    keyCode: 90,
    which: 90,
    bubbles: true,
    cancelable: true,
    composed: true,
    ctrlKey: !isMac(),
    metaKey: isMac(),
  } as KeyboardEventInit;
  const down = new KeyboardEvent('keydown', init);
  root.dispatchEvent(down);
  root.dispatchEvent(new KeyboardEvent('keyup', init));
  if (!down.defaultPrevented) {
    const ev = new InputEvent('beforeinput', { inputType: 'historyUndo', bubbles: true, cancelable: true });
    root.dispatchEvent(ev);
    if (!ev.defaultPrevented) root.ownerDocument.execCommand('undo');
  }
  await nextFrame();
}

export interface BlockEditorSpec {
  /** Input paths to try, most faithful first. */
  paths: InputPath[];
  /** Paths for a replacement that holds line breaks, where the editor's text input path drops them. */
  multilinePaths?: InputPath[];
  read?: ReadOptions;
  /**
   * The editor's undo history merges changes made within this many milliseconds of each other (ProseMirror's
   * newGroupDelay, Quill's delay): the apply waits until that long after the agent's last edit, so one Ctrl+Z
   * undoes the apply alone and not the words typed just before it.
   */
  historyGroupMs?: number;
  /**
   * After a native insertText, also tell the page it was a replacement (an `input` of type insertReplacementText,
   * what the browser's own spelling fix sends). An editor that keeps its own history (TinyMCE) records that as an
   * undo step of its own; a native insertText with no key pressed reads to it as more typing.
   */
  announceReplacement?: boolean;
}

const lastEdit = new WeakMap<HTMLElement, number>();
const clocked = new WeakSet<HTMLElement>();

/** Starts noting the time of the agent's edits in `root` (called by adapters whose history groups by time). */
export function clockEdits(root: HTMLElement): void {
  if (clocked.has(root)) return;
  clocked.add(root);
  root.addEventListener('input', () => lastEdit.set(root, performance.now()), { capture: true, passive: true });
}

async function waitOutHistoryGroup(root: HTMLElement, ms: number | undefined): Promise<void> {
  if (!ms) return;
  const since = performance.now() - (lastEdit.get(root) ?? -Infinity);
  // A small margin for the time between the input event and the editor recording it.
  if (since < ms + 50) await new Promise((r) => setTimeout(r, ms + 50 - since));
}

/**
 * The whole replace protocol: check the span is still what was checked, select it, try each input path until the
 * editor takes one, verify text and caret, and undo through the editor if the result is wrong.
 */
export async function replaceInBlocks(
  root: HTMLElement,
  start: number,
  end: number,
  replacement: string,
  expected: string,
  spec: BlockEditorSpec,
): Promise<ReplaceResult & { path?: InputPath }> {
  await waitOutHistoryGroup(root, spec.historyGroupMs);
  await nextFrame(); // let the editor flush the keystroke that is still rendering
  let current = readBlocks(root, spec.read);
  if (current.text.slice(start, end) !== expected) {
    return { ok: false, reason: 'The text changed since it was checked; nothing was replaced.' };
  }
  const original = current.text;
  const want = original.slice(0, start) + replacement + original.slice(end);
  const caretWant = start + replacement.length;

  const paths = replacement.includes('\n') && spec.multilinePaths ? spec.multilinePaths : spec.paths;
  for (const path of paths) {
    const range = current.rangeOf(start, end);
    if (!range) return { ok: false, reason: 'Could not locate the text in the editor; nothing was replaced.' };
    await selectRange(root, range);
    const taken = fireInput(root, path, replacement, range);
    await nextFrame();
    const after = readBlocks(root, spec.read);
    if (after.text === original) {
      if (taken) continue; // cancelled but ignored: try the next path
      continue;
    }
    // The agent may already be typing after the fix (a slow frame): that is the fix plus their words, not a failure.
    if (after.text !== want && keptTyping(after.text, original, start, end, replacement)) return { ok: true, path };
    if (after.text !== want && !sameBlocks(after.text, want, replacement)) {
      await undoOnce(root);
      const back = readBlocks(root, spec.read).text;
      return {
        ok: false,
        reason:
          back === original
            ? 'The editor did not accept the change cleanly, so it was undone.'
            : 'The editor did not accept the change cleanly and could not be fully undone; press Ctrl+Z to check.',
      };
    }
    // Where the editor turned a blank line into one paragraph break, the caret goes after what it inserted.
    await ensureCaret(
      root,
      after,
      after.text === want ? caretWant : after.text.length - (original.length - end),
      spec.read,
    );
    if (spec.announceReplacement && path === 'execcommand') announceReplacement(root, replacement);
    return { ok: true, path };
  }
  current = readBlocks(root, spec.read);
  return current.text === original
    ? { ok: false, reason: 'This editor did not accept the change; nothing was replaced.' }
    : { ok: false, reason: 'The editor changed unexpectedly; press Ctrl+Z to check.' };
}

/** The `input` event the browser sends after its own spelling replacement (built in the page's world). */
function announceReplacement(root: HTMLElement, text: string): void {
  const { w, init } = pageWorld(root);
  const dataTransfer = dataTransferOf(w, text);
  root.dispatchEvent(
    new w.InputEvent(
      'input',
      init({ inputType: 'insertReplacementText', dataTransfer, bubbles: true, composed: true }),
    ),
  );
}

/**
 * A replacement with line breaks pasted into a block editor becomes paragraphs, and editors differ on blank lines
 * ("Hello,\n\n" before a paragraph is one paragraph break in CKEditor 5). Same words, same order, line breaks where
 * asked: that is the change the agent chose.
 */
function sameBlocks(got: string, want: string, replacement: string): boolean {
  if (!replacement.includes('\n')) return false;
  const collapse = (t: string): string => t.replace(/\n{2,}/g, '\n');
  return collapse(got) === collapse(want);
}

/**
 * The text is the fix with more typed right after it: the agent kept typing while the editor was still rendering
 * the change. Undoing then would undo their words (and, where the editor groups them, the fix too).
 */
export function keptTyping(text: string, original: string, start: number, end: number, replacement: string): boolean {
  const head = original.slice(0, start) + replacement;
  const tail = original.slice(end);
  return text.length > head.length + tail.length && text.startsWith(head) && text.endsWith(tail);
}

/** Caret after the replacement; if the editor left it elsewhere, move it there (a selection, not an edit). */
async function ensureCaret(root: HTMLElement, mapped: MappedText, want: number, read?: ReadOptions): Promise<void> {
  const caret = caretOffset(root, mapped);
  if (caret === want) return;
  const fresh = readBlocks(root, read);
  const r = fresh.rangeOf(want, want);
  if (r) await selectRange(root, r);
}

export function caretOffset(root: HTMLElement, mapped: MappedText): number | null {
  const sel = root.ownerDocument.getSelection();
  if (!sel || sel.rangeCount === 0 || !sel.isCollapsed || !sel.anchorNode || !root.contains(sel.anchorNode))
    return null;
  return mapped.offsetOf(sel.anchorNode, sel.anchorOffset);
}

/** find() helper: the closest element matching `selector` that is editable. */
export function closestEditable(el: Element, selector: string): HTMLElement | null {
  const hit = el.closest(selector);
  return hit instanceof HTMLElement && hit.isContentEditable ? hit : null;
}

/**
 * The adapter of a block editor recognised by its editable root's selector. Editors differ only in how they are
 * found and in their spec (input paths, history grouping); the reading and the replace protocol are the same. An
 * editor whose history groups edits by time has its edits clocked from the moment it is found.
 */
export function blockEditorAdapter(id: string, selector: string, spec: BlockEditorSpec, priority = 50): EditorAdapter {
  return {
    id,
    priority,
    find: (el) => {
      const root = closestEditable(el, selector);
      if (root && spec.historyGroupMs) clockEdits(root);
      return root;
    },
    read: (root) => readBlocks(root, spec.read),
    replace: (root, start, end, replacement, expected) =>
      replaceInBlocks(root, start, end, replacement, expected, spec),
  };
}
