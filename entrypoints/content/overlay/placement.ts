// Where the badge goes: at a corner of the box, but never over the page's own controls (Send, attach, emoji
// buttons often sit inside or right next to the composer), and never over the text itself when avoidable.
import type { Rect } from './view';

const SIZE = 24;
const GAP = 4;
const INTERACTIVE =
  'button, a[href], input, select, textarea, [role="button"], [role="link"], [role="menuitem"], [tabindex]:not([tabindex="-1"])';

/** A box shorter than this is sized to its text: a badge inside it would sit on the words. */
const ROOM_INSIDE = 3 * SIZE;

/** Candidate top-left corners for the badge, best first. */
function candidates(box: Rect): Array<{ top: number; left: number }> {
  const right = box.left + box.width;
  const bottom = box.top + box.height;
  const inside = { top: bottom - SIZE - GAP, left: right - SIZE - GAP - 20 }; // bottom right (room for a count)
  const outside = [
    { top: bottom + GAP, left: right - SIZE - 20 }, // just below, right
    { top: bottom - SIZE, left: right + GAP }, // beside, right
    { top: box.top - SIZE - GAP, left: right - SIZE - 20 }, // just above, right
  ];
  return box.height >= ROOM_INSIDE ? [inside, ...outside] : [...outside, inside];
}

/** True when something the agent can click sits under any corner of the badge (our own host excluded). */
function coversControl(doc: Document, at: { top: number; left: number }, box: HTMLElement, host: Element): boolean {
  const w = SIZE + 20;
  const points: Array<[number, number]> = [
    [at.left + 1, at.top + 1],
    [at.left + w - 1, at.top + 1],
    [at.left + 1, at.top + SIZE - 1],
    [at.left + w - 1, at.top + SIZE - 1],
    [at.left + w / 2, at.top + SIZE / 2],
  ];
  const vw = doc.documentElement.clientWidth;
  const vh = doc.documentElement.clientHeight;
  for (const [x, y] of points) {
    if (x < 0 || y < 0 || x >= vw || y >= vh) return true; // off screen counts as blocked
    for (const el of doc.elementsFromPoint(x, y)) {
      if (el === host) continue;
      if (el === box || box.contains(el)) break; // the editor's own text area: fine
      if (el.closest(INTERACTIVE) && !el.closest(INTERACTIVE)!.contains(box)) return true;
      break; // only the topmost element of the page matters
    }
  }
  return false;
}

export function placeBadge(doc: Document, boxEl: HTMLElement, box: Rect, host: Element): { top: number; left: number } {
  const all = candidates(box);
  for (const at of all) if (!coversControl(doc, at, boxEl, host)) return at;
  return all[0]!;
}
