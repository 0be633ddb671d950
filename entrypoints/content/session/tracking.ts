// Keeps findings (and ignored occurrences) on the right words while the agent types, between two checks:
// each edit is reduced to one changed span, and every tracked span is shifted past it or dropped if it was
// touched. This is what lets underlines follow typing at once, without a round trip to the worker.

export interface Edit {
  /** Where old and new text start to differ. */
  start: number;
  /** End of the changed part in the old text. */
  oldEnd: number;
  /** End of the changed part in the new text. */
  newEnd: number;
}

/** The one span that differs between two texts (common prefix and suffix removed); null when equal. */
export function editBetween(before: string, after: string): Edit | null {
  if (before === after) return null;
  const max = Math.min(before.length, after.length);
  let start = 0;
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  while (
    tail < max - start &&
    before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)
  )
    tail++;
  return { start, oldEnd: before.length - tail, newEnd: after.length - tail };
}

export interface Span {
  start: number;
  end: number;
}

/** `span` moved through `edit`, or null when the edit touched it (an insertion at either edge does not). */
export function mapSpan<T extends Span>(span: T, edit: Edit): T | null {
  if (span.end <= edit.start) return span;
  if (span.start >= edit.oldEnd) {
    const shift = edit.newEnd - edit.oldEnd;
    return { ...span, start: span.start + shift, end: span.end + shift };
  }
  return null;
}
