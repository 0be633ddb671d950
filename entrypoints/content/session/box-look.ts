// What the page says about a box, read from the DOM: its rectangle, its accessible name, and whether it sits on a
// dark background. These reads force layout: the session makes them only after the box moved or resized.
import { isTextField } from '../editors/textarea';
import type { Rect } from '../overlay/view';

export function toRect(r: DOMRect): Rect {
  return { top: r.top, left: r.left, width: r.width, height: r.height };
}

/** The box's accessible name, for the badge's label and announcements. */
export function labelOf(el: HTMLElement): string {
  const labelledBy = el.getAttribute('aria-labelledby');
  const byId = labelledBy
    ?.split(/\s+/)
    .map((id) => el.ownerDocument.getElementById(id)?.textContent?.trim())
    .filter(Boolean)
    .join(' ');
  return (
    el.getAttribute('aria-label') ||
    byId ||
    (isTextField(el) ? el.placeholder || el.labels?.[0]?.textContent?.trim() : el.getAttribute('aria-placeholder')) ||
    el.title ||
    'reply box'
  );
}

/** Dark when the box's effective background is dark (the page's own colours, not the OS setting). */
export function isDark(el: HTMLElement): boolean {
  for (let n: Element | null = el; n; n = n.parentElement) {
    const bg = getComputedStyle(n).backgroundColor;
    const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(bg);
    if (!m || (m[4] !== undefined && parseFloat(m[4]) < 0.5)) continue;
    const [r, g, b] = [m[1], m[2], m[3]].map(Number) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 110;
  }
  return false;
}
