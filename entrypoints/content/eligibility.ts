// Which editable elements are reply boxes worth coaching. Conservative: a field we skip costs nothing, a field we
// coach by mistake (a password, a search box, an email address) is a privacy and trust problem.
import { isTextField } from './editors/textarea';

/** Autocomplete tokens of fields that hold personal data or credentials, never a reply. */
const PERSONAL_AUTOCOMPLETE =
  /\b(?:name|given-name|family-name|email|username|(?:current|new)-password|one-time-code|tel[\w-]*|street-address|address-line\d|postal-code|country|cc-[\w-]+|bday[\w-]*|url|organization)\b/;
/** Single-line inputs shorter than this are names, codes and the like. */
const MIN_INPUT_MAXLENGTH = 40;

/**
 * Why `box` is not coached, or null when it is. `box` is the editable root that the editor adapter `editor` (its
 * id) returned.
 */
export function skipReason(box: HTMLElement, editor: string): string | null {
  if (box.closest('[data-tone-coach="off"], [data-enable-grammarly="false"]')) return 'opted out';
  if (box.getAttribute('aria-disabled') === 'true' || box.getAttribute('aria-readonly') === 'true') return 'read-only';
  if (isTextField(box)) {
    if (box.disabled || box.readOnly) return 'disabled or read-only';
    if (box.getAttribute('spellcheck') === 'false') return 'spellcheck off';
    if (box.closest('[role="search"], form[role="search"]') || box.getAttribute('role') === 'searchbox')
      return 'search';
    const auto = box.getAttribute('autocomplete')?.toLowerCase() ?? '';
    if (PERSONAL_AUTOCOMPLETE.test(auto)) return 'personal data field';
    if (box instanceof HTMLInputElement) {
      const mode = box.getAttribute('inputmode');
      if (mode === 'email' || mode === 'search' || mode === 'tel' || mode === 'numeric') return 'not free text';
      if (box.maxLength >= 0 && box.maxLength < MIN_INPUT_MAXLENGTH) return 'too short for a reply';
    }
  } else {
    if (!box.isContentEditable) return 'not editable';
    // A bare contenteditable with spellcheck off is usually code or a token field; known editors are coached.
    if (box.getAttribute('spellcheck') === 'false' && editor === 'contenteditable') return 'spellcheck off';
  }
  if (!isRendered(box)) return 'not visible';
  return null;
}

/** Laid out with a usable size (editors keep hidden helpers such as paste bins and clipboards). */
function isRendered(el: HTMLElement): boolean {
  const r = el.getBoundingClientRect();
  return r.width >= 8 && r.height >= 8;
}
