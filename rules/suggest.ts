// Turning a rule's replacement text into a concrete, well-formed edit of the reply.
import type { ResolvedContext } from './kind.ts';
import type { Span, Suggestion } from './types.ts';

/** Fills {match}, {name}, {handle}, {signOff} and extra values; null when the template needs a value nobody knows. */
export function fill(template: string, vars: Record<string, string | number | undefined>): string | null {
  let missing = false;
  const out = template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const v = vars[key];
    if (v === undefined) {
      missing = true;
      return whole;
    }
    return String(v);
  });
  return missing ? null : out;
}

export function contextVars(ctx: ResolvedContext): Record<string, string | undefined> {
  return { name: ctx.firstName, handle: ctx.customerHandle, signOff: ctx.signOff };
}

const isUpper = (c: string): boolean => c === c.toUpperCase() && c !== c.toLowerCase();

/** Upper-cases the first letter. */
export function capitalise(s: string): string {
  const i = s.search(/\p{L}/u);
  return i < 0 ? s : s.slice(0, i) + s[i]!.toUpperCase() + s.slice(i + 1);
}

/**
 * Gives `replacement` the case of `original`: shouted words stay shouted, a capitalised word stays capitalised. An
 * all-caps word of five letters or fewer is an acronym (DM, ASAP) and says nothing about case.
 */
function matchCase(replacement: string, original: string): string {
  const letters = original.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return replacement;
  const allCaps = letters.every(isUpper);
  const words = original.trim().split(/\s+/).length;
  if (allCaps && (words > 1 || letters.length >= 6)) return replacement.toUpperCase();
  if (allCaps) return replacement;
  // "Utilise" -> "Use", but "DM us" (an acronym first) says nothing about the replacement's first letter.
  const firstWord = original.match(/\p{L}+/u)?.[0] ?? '';
  const titleCase = isUpper(firstWord[0]!) && firstWord.slice(1) === firstWord.slice(1).toLowerCase();
  return titleCase ? capitalise(replacement) : replacement;
}

/** The code point that ends just before `at` (a letter outside the BMP is two UTF-16 units). */
function charBefore(text: string, at: number): string {
  const low = text.charCodeAt(at - 1);
  return low >= 0xdc00 && low <= 0xdfff && at >= 2 ? text.slice(at - 2, at) : text.charAt(at - 1);
}

/**
 * True at the start of the text, after . ! ? … or :, or right after a leading @handle, ignoring spaces, opening quotes
 * and brackets in between. It walks back from `at` only as far as it must: a regex anchored at the end ($) would scan
 * the whole text before `at` on every call, which is quadratic over the findings of a long text.
 */
export function isSentenceStart(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && /[\s"“'‘(]/u.test(text[i - 1]!)) i--;
  if (i === 0 || /[.!?…:]/.test(text[i - 1]!)) return true;
  let j = i;
  for (let c = charBefore(text, j); j > 0 && /^[\p{L}\p{N}_]$/u.test(c); c = charBefore(text, j)) j -= c.length;
  return j < i && text[j - 1] === '@' && (j === 1 || /\s/.test(text[j - 2]!));
}

/**
 * A suggestion replacing `span` with `replacement`, tidy at the edges: deleting a word also deletes one space next
 * to it and capitalises what then starts the sentence; a replacement at the start of a sentence is capitalised.
 */
export function replaceSpan(text: string, span: Span, replacement: string, label?: string): Suggestion {
  let { start, end } = span;
  let rep = replacement;
  if (rep === '') {
    // One space goes with the deleted words, unless the span took one already (a regex such as "simply\s").
    const tookSpace = end > start && (/\s/.test(text[start]!) || /\s/.test(text[end - 1]!));
    if (!tookSpace && text[end] === ' ') end++;
    else if (!tookSpace && start > 0 && text[start - 1] === ' ') start--;
    // "Just restart it" -> "Restart it".
    const next = text[end];
    if (next && isSentenceStart(text, start) && /\p{Ll}/u.test(next)) {
      rep = next.toUpperCase();
      end++;
    }
  } else {
    const original = text.slice(start, end);
    rep = matchCase(rep, original);
    if (isSentenceStart(text, start)) rep = capitalise(rep);
  }
  return {
    start,
    end,
    replacement: rep,
    label: label ?? (replacement === '' ? `Delete "${text.slice(span.start, span.end)}"` : `Replace with "${rep}"`),
  };
}

/** The rule's own suggestions for a matched span, filled in; those needing an unknown value are left out. */
export function templateSuggestions(
  text: string,
  span: Span,
  templates: readonly string[] | undefined,
  ctx: ResolvedContext,
): Suggestion[] {
  const out: Suggestion[] = [];
  for (const t of templates ?? []) {
    const filled = fill(t, { ...contextVars(ctx), match: text.slice(span.start, span.end) });
    if (filled !== null) out.push(replaceSpan(text, span, filled));
  }
  return out;
}

/** An insertion at `at`, e.g. a greeting at the start or a sign-off at the end. */
export function insertAt(at: number, insertion: string, label?: string): Suggestion {
  return { start: at, end: at, replacement: insertion, label: label ?? `Add "${insertion.trim()}"` };
}
