// Which editable elements are reply boxes worth coaching, judged from what the box is (what it is for, its role
// and label, whether it holds several lines, what surrounds it), never from one attribute: rich editors such as
// TinyMCE and CKEditor 4 switch the browser's spellcheck off in their reply boxes. Conservative where it counts: a
// field we coach by mistake (a password, a search box, an email address, code) is a privacy and trust problem.
import { isTextField } from './editors/textarea';

/** Autocomplete tokens of fields that hold personal data or credentials, never a reply. */
const PERSONAL_AUTOCOMPLETE =
  /\b(?:name|given-name|family-name|email|username|(?:current|new)-password|one-time-code|tel[\w-]*|street-address|address-line\d|postal-code|country|cc-[\w-]+|bday[\w-]*|url|organization)\b/;
/** Single-line inputs shorter than this are names, codes and the like. */
const MIN_INPUT_MAXLENGTH = 40;
/** Code editors' own markers (CodeMirror 5 and 6, Monaco, Ace) and source-code elements. */
const CODE_EDITOR = '.CodeMirror, .cm-editor, .monaco-editor, .ace_editor, pre, code';
/** Labels of boxes that hold code or a search, not a reply. */
const CODE_LABEL = /\b(?:code|sql|json|yaml|regex|css|html source)\b/i;
const SEARCH_LABEL = /\bsearch\b/i;

/** The box's accessible label and hints, as one string. */
function labelOf(box: HTMLElement): string {
  const byId = box.getAttribute('aria-labelledby');
  const named = byId ? box.ownerDocument.getElementById(byId.split(' ')[0]!)?.textContent : '';
  return ['aria-label', 'placeholder', 'aria-placeholder', 'title', 'name']
    .map((a) => box.getAttribute(a) ?? '')
    .concat(named ?? '')
    .join(' ');
}

/** A box that holds several lines: a textarea, a multi-line textbox, an iframe editor's body, or two lines tall. */
function multiLine(box: HTMLElement): boolean {
  if (box instanceof HTMLTextAreaElement || box === box.ownerDocument.body) return true;
  if (box instanceof HTMLInputElement) return false;
  if (box.getAttribute('aria-multiline') === 'true') return true;
  const s = getComputedStyle(box);
  const line = parseFloat(s.lineHeight) || parseFloat(s.fontSize) * 1.2;
  return box.getBoundingClientRect().height >= 2.4 * line;
}

/**
 * Why `box` is not coached, or null when it is. `box` is the editable root that the editor adapter `editor` (its
 * id) returned.
 */
export function skipReason(box: HTMLElement, editor: string): string | null {
  if (box.closest('[data-tone-coach="off"], [data-enable-grammarly="false"]')) return 'opted out';
  if (box.getAttribute('aria-disabled') === 'true' || box.getAttribute('aria-readonly') === 'true') return 'read-only';
  const role = box.getAttribute('role');
  const label = labelOf(box);
  if (isTextField(box)) {
    if (box.disabled || box.readOnly) return 'disabled or read-only';
    const auto = box.getAttribute('autocomplete')?.toLowerCase() ?? '';
    if (PERSONAL_AUTOCOMPLETE.test(auto)) return 'personal data field';
    if (box instanceof HTMLInputElement) {
      const mode = box.getAttribute('inputmode');
      if (mode === 'email' || mode === 'search' || mode === 'tel' || mode === 'numeric') return 'not free text';
      if (box.maxLength >= 0 && box.maxLength < MIN_INPUT_MAXLENGTH) return 'too short for a reply';
    }
  } else if (!box.isContentEditable) return 'not editable';
  if (role === 'searchbox' || box.closest('[role="search"]') || SEARCH_LABEL.test(label)) return 'search';
  // Recipients, tags and mentions pickers: a combobox, or a one-line box that completes from a list.
  if (role === 'combobox' || (box.hasAttribute('aria-autocomplete') && !multiLine(box))) return 'token field';
  const noSpellcheck = box.getAttribute('spellcheck') === 'false';
  // Code editors: their own markers, a label that says so, or spellcheck off in a monospace font.
  if (box.closest(CODE_EDITOR) || CODE_LABEL.test(label)) return 'code';
  if (noSpellcheck && /mono|courier|consol|menlo/i.test(getComputedStyle(box).fontFamily)) return 'code';
  // Spellcheck off in a one-line box of no known editor: a title, a tag or an inline-edit field, not a reply.
  if (noSpellcheck && editor === 'contenteditable' && !multiLine(box)) return 'one-line box, spellcheck off';
  if (noSpellcheck && box instanceof HTMLInputElement) return 'one-line box, spellcheck off';
  if (!isRendered(box)) return 'not visible';
  return null;
}

/** Laid out with a usable size (editors keep hidden helpers such as paste bins and clipboards). */
function isRendered(el: HTMLElement): boolean {
  const r = el.getBoundingClientRect();
  return r.width >= 8 && r.height >= 8;
}
