// Where words are inside a <textarea> or <input>: a hidden copy of the field with the same box, font and
// wrapping, laid over it, holding the same text; a Range over the copy's text gives the words' rectangles.
import type { Rect } from './view';

const COPIED = [
  'boxSizing',
  'width',
  'height',
  'paddingTop',
  'paddingRight',
  'paddingBottom',
  'paddingLeft',
  'borderTopWidth',
  'borderRightWidth',
  'borderBottomWidth',
  'borderLeftWidth',
  'borderStyle',
  'fontFamily',
  'fontSize',
  'fontWeight',
  'fontStyle',
  'fontVariant',
  'fontStretch',
  'fontFeatureSettings',
  'lineHeight',
  'letterSpacing',
  'wordSpacing',
  'textTransform',
  'textIndent',
  'textAlign',
  'tabSize',
  'direction',
  'writingMode',
  'overflowWrap',
  'wordBreak',
  'hyphens',
] as const;

export class FieldMirror {
  private el: HTMLDivElement;
  private textNode: Text;
  private lastStyleKey = '';

  constructor(parent: ShadowRoot | HTMLElement) {
    this.el = document.createElement('div');
    this.el.setAttribute('aria-hidden', 'true');
    this.el.style.cssText = 'position:fixed;visibility:hidden;pointer-events:none;overflow:hidden;top:0;left:0;';
    this.textNode = document.createTextNode('');
    this.el.append(this.textNode);
    parent.append(this.el);
  }

  /** Viewport rectangles of [start, end) of `field`'s value, clipped to the field's visible box. */
  rects(field: HTMLTextAreaElement | HTMLInputElement, spans: Array<{ start: number; end: number }>): Rect[][] {
    const box = field.getBoundingClientRect();
    this.sync(field, box);
    const range = document.createRange();
    const len = this.textNode.length;
    const clip = {
      top: box.top + field.clientTop,
      left: box.left + field.clientLeft,
      bottom: box.top + field.clientTop + field.clientHeight,
      right: box.left + field.clientLeft + field.clientWidth,
    };
    return spans.map(({ start, end }) => {
      range.setStart(this.textNode, Math.min(start, len));
      range.setEnd(this.textNode, Math.min(end, len));
      const out: Rect[] = [];
      for (const r of Array.from(range.getClientRects())) {
        const top = r.top - field.scrollTop;
        const left = r.left - field.scrollLeft;
        const right = Math.min(left + r.width, clip.right);
        const l = Math.max(left, clip.left);
        if (r.width === 0 || top + r.height <= clip.top || top >= clip.bottom || right <= l) continue;
        out.push({ top, left: l, width: right - l, height: r.height });
      }
      return out;
    });
  }

  private sync(field: HTMLTextAreaElement | HTMLInputElement, box: DOMRect): void {
    const cs = getComputedStyle(field);
    const single = field instanceof HTMLInputElement;
    const styleKey =
      COPIED.map((p) => cs[p]).join('|') + (single ? 'i' : 't') + (field.scrollHeight > field.clientHeight);
    if (styleKey !== this.lastStyleKey) {
      this.lastStyleKey = styleKey;
      const s = this.el.style;
      for (const p of COPIED) s[p] = cs[p];
      s.borderColor = 'transparent';
      s.whiteSpace = single ? 'pre' : 'pre-wrap';
      if (!single && cs.overflowWrap === 'normal' && cs.wordBreak === 'normal') s.overflowWrap = 'break-word';
      // A scrollbar narrows the text box; give the copy one too.
      s.overflowY = !single && field.scrollHeight > field.clientHeight ? 'scroll' : 'hidden';
    }
    this.el.style.top = `${box.top}px`;
    this.el.style.left = `${box.left}px`;
    // An input's text is one line, vertically centred in its box.
    if (single)
      this.el.style.lineHeight = `${field.clientHeight - parseFloat(cs.paddingTop) - parseFloat(cs.paddingBottom)}px`;
    const value = field.value + (field.value.endsWith('\n') ? ' ' : '');
    if (this.textNode.data !== value) this.textNode.data = value;
  }

  dispose(): void {
    this.el.remove();
  }
}
