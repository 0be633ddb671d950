// Underlines in rich editors through the CSS Custom Highlight API: ranges are painted by the browser, the
// editor's DOM is never touched. One Highlight per severity for the whole document, rebuilt from every
// session's ranges (only when they change, at most once a frame).
import type { Severity } from '../../../rules/schema';
import { HIGHLIGHT_CSS } from './styles';

const NAMES: Record<Severity | 'active', string> = {
  error: 'tc-error',
  warning: 'tc-warning',
  suggestion: 'tc-suggestion',
  active: 'tc-active',
};

export function highlightsSupported(doc: Document): boolean {
  const css = doc.defaultView?.CSS as (typeof CSS & { highlights?: HighlightRegistry }) | undefined;
  return !!css?.highlights && typeof Highlight === 'function';
}

type Marked = Array<{ range: Range; severity: Severity | 'active' }>;

function sameRanges(a: Marked | undefined, b: Marked): boolean {
  if (!a || a.length !== b.length) return false;
  return a.every(
    (x, i) =>
      x.severity === b[i]!.severity &&
      x.range.startContainer === b[i]!.range.startContainer &&
      x.range.startOffset === b[i]!.range.startOffset &&
      x.range.endContainer === b[i]!.range.endContainer &&
      x.range.endOffset === b[i]!.range.endOffset,
  );
}

export class Highlights {
  private bySession = new Map<number, Array<{ range: Range; severity: Severity | 'active' }>>();
  private sheet: CSSStyleSheet | null = null;
  private style: HTMLStyleElement | null = null;
  private scheduled = false;

  constructor(private doc: Document) {}

  set(session: number, ranges: Array<{ range: Range; severity: Severity | 'active' }>): void {
    if (ranges.length === 0 && !this.bySession.has(session)) return;
    // Most keystrokes leave every underline where it was (typing after the last finding): the ranges the page
    // already paints are live and still cover the same words, so nothing is rebuilt.
    if (sameRanges(this.bySession.get(session), ranges)) return;
    if (ranges.length === 0) this.bySession.delete(session);
    else this.bySession.set(session, ranges);
    this.schedule();
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => {
      this.scheduled = false;
      this.flush();
    });
  }

  private flush(): void {
    if (!highlightsSupported(this.doc)) return;
    this.ensureStyles();
    const registry = this.doc.defaultView!.CSS.highlights;
    const groups: Record<string, Range[]> = {};
    for (const ranges of this.bySession.values())
      for (const { range, severity } of ranges) (groups[NAMES[severity]] ??= []).push(range);
    for (const name of Object.values(NAMES)) {
      const ranges = groups[name];
      if (ranges?.length) {
        const h = new Highlight(...ranges);
        if (name === NAMES.active) h.priority = 1;
        registry.set(name, h);
      } else registry.delete(name);
    }
  }

  /** The ::highlight rules go into the page's style scope once, as a constructed sheet (no element added). */
  private ensureStyles(): void {
    if (this.sheet || this.style) return;
    try {
      const sheet = new this.doc.defaultView!.CSSStyleSheet();
      sheet.replaceSync(HIGHLIGHT_CSS);
      this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, sheet];
      this.sheet = sheet;
    } catch {
      // Older engines: a <style> in <head> scoped to our highlight names.
      this.style = this.doc.createElement('style');
      this.style.textContent = HIGHLIGHT_CSS;
      this.doc.head?.append(this.style);
    }
  }

  dispose(): void {
    this.bySession.clear();
    if (highlightsSupported(this.doc))
      for (const name of Object.values(NAMES)) this.doc.defaultView!.CSS.highlights.delete(name);
    if (this.sheet) this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== this.sheet);
    this.style?.remove();
    this.sheet = null;
    this.style = null;
  }
}
