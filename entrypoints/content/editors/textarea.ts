// <textarea> and single-line text <input> reply fields. The value is the text; offsets are value offsets.
// Writes go through execCommand('insertText') on the field's own selection, which keeps the browser's undo stack
// and fires the input events that frameworks (React, Vue) listen to.
import type { EditorAdapter, ReplaceResult } from './types';
import { nextFrame } from './block-editor';

export type TextField = HTMLTextAreaElement | HTMLInputElement;

/** Input types whose value is free text a person writes. */
const TEXT_INPUT_TYPES = new Set(['text', '']);

export function isTextField(el: Element): el is TextField {
  if (el instanceof HTMLTextAreaElement) return true;
  return el instanceof HTMLInputElement && TEXT_INPUT_TYPES.has(el.getAttribute('type')?.toLowerCase() ?? '');
}

async function replace(
  root: HTMLElement,
  start: number,
  end: number,
  suggested: string,
  expected: string,
): Promise<ReplaceResult> {
  const field = root as TextField;
  // A one-line field cannot hold line breaks (the browser would drop them): they become one space.
  const replacement = field instanceof HTMLInputElement ? suggested.replace(/[ \t]*\n+[ \t]*/g, ' ') : suggested;
  const original = field.value;
  if (original.slice(start, end) !== expected) {
    return { ok: false, reason: 'The text changed since it was checked; nothing was replaced.' };
  }
  const want = original.slice(0, start) + replacement + original.slice(end);
  if (field.ownerDocument.activeElement !== field) field.focus({ preventScroll: true });
  field.setSelectionRange(start, end);
  const taken = field.ownerDocument.execCommand('insertText', false, replacement);
  if (!taken && field.value === original) {
    // Only where the browser refuses execCommand on this field: the native setter plus an input event. The
    // edit is correct but the browser's undo stack does not include it.
    field.setRangeText(replacement, start, end, 'end');
    field.dispatchEvent(
      new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: replacement }),
    );
  }
  // Whether the field took the edit shows at once (execCommand and setRangeText are synchronous).
  if (field.value !== want) {
    if (field.value !== original) field.ownerDocument.execCommand('undo');
    return {
      ok: false,
      reason:
        field.value === original
          ? 'The page did not accept the change cleanly, so it was undone.'
          : 'The page did not accept the change cleanly and could not be fully undone; press Ctrl+Z to check.',
    };
  }
  const caret = start + replacement.length;
  if (field.selectionStart !== caret || field.selectionEnd !== caret) field.setSelectionRange(caret, caret);
  // A framework that controls the value re-renders on input, and may put its own value back. By then the agent may
  // be typing again (the fix plus their words): that is not a refusal, and nothing is undone.
  await nextFrame();
  if (field.value === original) return { ok: false, reason: 'The page put its own text back; nothing was changed.' };
  return { ok: true };
}

export const textareaAdapter: EditorAdapter = {
  id: 'textarea',
  priority: 100, // a form field is never anything else
  find: (el) => (isTextField(el) ? el : null),
  read: (root) => {
    const field = root as TextField;
    return {
      text: field.value,
      rangeOf: () => null, // no DOM inside a form field: the overlay measures with a mirror instead
      caret: () =>
        field.ownerDocument.activeElement === field && field.selectionStart === field.selectionEnd
          ? field.selectionStart
          : null,
    };
  },
  replace,
};
