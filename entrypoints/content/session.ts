// One coached box: watches its edits, keeps findings on the right words between checks, asks the worker for a
// check after a pause in typing, and hands the overlay what to draw. Everything is torn down with the box.
import type { CheckResult, Finding } from '../../rules/schema';
import type { EditorAdapter, EditorText } from './editors/types';
import { isTextField, type TextField } from './editors/textarea';
import type { SiteAdapter, SiteReading } from './sites/types';
import { ask, ExtensionGone } from './messaging';
import { isIgnored, moveFinding, occurrenceKey, ruleId, type Ignored } from './findings';
import { editBetween, mapSpan } from './tracking';
import type { Overlay } from './overlay';
import type { BoxActions, BoxView, ContextView, FindingView, Rect } from './overlay/view';
import { placeBadge } from './overlay/placement';

export interface SessionDeps {
  overlay: Overlay;
  site: SiteAdapter;
  /** Host name used for per-site settings. */
  siteHost: string;
  delayMs: number;
  /** The extension was reloaded or updated: the content script must stop. */
  onGone(): void;
}

/** Results kept per text, so undo and retyping get their findings back without a round trip. */
const CACHE_SIZE = 8;
/** Words of context on each side of a finding in the card's before/after. */
const CONTEXT_CHARS = 24;

let nextId = 1;

export class Session {
  readonly id = nextId++;
  private abort = new AbortController();
  private text = '';
  private mapped: EditorText | null = null;
  private findings: Finding[] = [];
  private score: number | null = null;
  private checkedText: string | null = null;
  private ignored: Ignored[] = [];
  private cache = new Map<string, CheckResult>();
  private seq = 0;
  private checkTimer: ReturnType<typeof setTimeout> | undefined;
  private frame = 0;
  private notice: string | undefined;
  private noticeTimer: ReturnType<typeof setTimeout> | undefined;
  private reading: SiteReading | null = null;
  private lastCaret: number | null = null;
  private lastAnnounced = -1;
  private badgeKey = '';
  private badgeAt = { top: 0, left: 0 };
  private theme: 'light' | 'dark' = 'light';
  private label = 'reply box';
  private mutations: MutationObserver | null = null;
  private resize: ResizeObserver | null = null;
  private hoverPoint: { x: number; y: number } | null = null;
  private hoverFrame = 0;
  private disposed = false;
  private lastView = '';
  private layoutDirty = true;
  private rect: Rect | null = null;
  /** When the agent last pressed Enter in the box or clicked a button on the page: a send, if the box then empties. */
  private sendIntentAt = 0;

  constructor(
    readonly root: HTMLElement,
    readonly adapter: EditorAdapter,
    private deps: SessionDeps,
  ) {
    const signal = this.abort.signal;
    const opts = { signal, passive: true } as const;
    if (isTextField(root)) {
      root.addEventListener('input', () => this.changed(), opts);
      root.addEventListener('scroll', () => this.relayout(), opts);
    } else {
      // Editors change their DOM from their own model (undo, collaboration, programmatic sets): observe it.
      this.mutations = new MutationObserver(() => this.changed());
      this.mutations.observe(root, { characterData: true, childList: true, subtree: true });
    }
    root.addEventListener('input', () => deps.overlay.typed(this.id), opts);
    root.addEventListener('mousemove', (e) => this.pointer(e), opts);
    root.addEventListener('mouseleave', () => this.pointer(null), opts);
    root.addEventListener('click', () => this.clicked(), opts);
    root.addEventListener('focusout', () => (this.lastCaret = this.read().caret()), opts);
    root.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && !e.shiftKey) this.sendIntent();
    }, opts);
    const win = root.ownerDocument.defaultView!;
    root.ownerDocument.addEventListener('click', (e) => {
      const target = e.target instanceof Element ? e.target : null;
      if (target?.closest('button, [role="button"], input[type="submit"]') && !root.contains(target)) this.sendIntent();
    }, { ...opts, capture: true });
    win.addEventListener('scroll', () => this.relayout(), { ...opts, capture: true });
    win.addEventListener('resize', () => this.relayout(), opts);
    // The box moves when it or the page around it changes size (a growing composer, a panel opening).
    this.resize = new ResizeObserver(() => this.relayout());
    this.resize.observe(root);
    this.resize.observe(root.ownerDocument.documentElement);
    this.text = this.read().text;
    this.schedulePaint();
    this.checkNow();
  }

  get alive(): boolean {
    return !this.disposed && this.root.isConnected;
  }

  // ---- reading and tracking -------------------------------------------------------------------------------

  private read(): EditorText {
    this.mapped = this.adapter.read(this.root);
    return this.mapped;
  }

  private changed(): void {
    if (this.disposed) return;
    this.schedulePaint();
    clearTimeout(this.checkTimer);
    this.checkTimer = setTimeout(() => this.checkNow(), this.deps.delayMs);
  }

  /** Brings findings and ignored spans along with the edits made since the last read. */
  private sync(): void {
    const before = this.text;
    const now = this.read().text;
    if (now === before) return;
    this.text = now;
    if (now.trim() === '') this.maybeSent(before);
    const edit = editBetween(before, now);
    if (!edit) return;
    this.findings = this.findings.flatMap((f) => {
      const m = moveFinding(f, edit);
      return m && now.slice(m.start, m.end) === m.text ? [m] : [];
    });
    this.ignored = this.ignored.flatMap((i) => {
      const m = mapSpan(i, edit);
      return m ? [m] : [];
    });
  }

  // ---- checking ---------------------------------------------------------------------------------------------

  private async checkNow(): Promise<void> {
    clearTimeout(this.checkTimer);
    if (!this.alive) return;
    this.sync();
    const text = this.text;
    if (text === this.checkedText) return;
    if (text.trim() === '') {
      this.seq++;
      this.accept(text, { findings: [], score: { total: 100, byCategory: {} as CheckResult['score']['byCategory'] } });
      return;
    }
    const cached = this.cache.get(text);
    if (cached) {
      this.seq++;
      this.accept(text, cached);
      return;
    }
    const seq = ++this.seq;
    this.reading = this.readSite();
    let result: CheckResult;
    try {
      result = await ask({ type: 'tc:check', text, context: this.reading.context, site: this.deps.siteHost });
    } catch (e) {
      if (e instanceof ExtensionGone) this.deps.onGone();
      else if (seq === this.seq && this.alive) this.say(`Tone Coach could not check this reply: ${e instanceof Error ? e.message : String(e)}`);
      return;
    }
    if (seq !== this.seq || !this.alive) return; // a newer check (or none) is current
    this.cache.delete(text);
    this.cache.set(text, result);
    if (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!);
    this.accept(text, result);
  }

  private readSite(): SiteReading {
    try {
      return this.deps.site.read(this.root, this.root.ownerDocument);
    } catch (e) {
      // A site that changed its markup must not stop coaching: check with the defaults and say why.
      return { context: {}, debug: { error: `site reader failed: ${e instanceof Error ? e.message : String(e)}` } };
    }
  }

  /** Takes a result for `forText` and carries it over edits made while the worker was answering. */
  private accept(forText: string, result: CheckResult): void {
    this.sync();
    const edit = editBetween(forText, this.text);
    this.findings = result.findings.flatMap((f) => {
      const m = edit ? moveFinding(f, edit) : f;
      return m && this.text.slice(m.start, m.end) === m.text ? [m] : [];
    });
    this.score = result.score.total;
    this.checkedText = forText;
    this.schedulePaint();
    this.announce();
  }

  private visible(): Finding[] {
    return this.findings.filter((f) => !isIgnored(f, this.ignored));
  }

  private announce(): void {
    const n = this.visible().length;
    if (n === this.lastAnnounced) return;
    const focused = this.root.ownerDocument.activeElement === this.root || this.root.contains(this.root.ownerDocument.activeElement);
    if (!focused && this.lastAnnounced === -1) {
      this.lastAnnounced = n;
      return;
    }
    this.lastAnnounced = n;
    this.deps.overlay.announce(
      n === 0 ? 'Tone Coach: no suggestions.' : `Tone Coach: ${n} suggestion${n === 1 ? '' : 's'}, score ${this.score}. Alt+Shift+C to review.`,
    );
  }

  private say(notice: string): void {
    this.notice = notice;
    this.deps.overlay.announce(notice);
    clearTimeout(this.noticeTimer);
    this.noticeTimer = setTimeout(() => {
      this.notice = undefined;
      this.schedulePaint();
    }, 8000);
    this.schedulePaint();
  }

  // ---- actions from the overlay -----------------------------------------------------------------------------

  private find(key: string): Finding | undefined {
    this.sync();
    return this.visible().find((f) => occurrenceKey(f) === key);
  }

  async apply(key: string): Promise<void> {
    const f = this.find(key);
    const s = f?.suggestions[0];
    this.deps.overlay.closeAll(false);
    if (!f || !s) return;
    const expected = this.text.slice(s.start, s.end);
    const result = await this.adapter.replace(this.root, s.start, s.end, s.replacement, expected);
    if (!this.alive) return;
    if (!result.ok) this.say(result.reason ?? 'The change could not be applied; nothing was replaced.');
    else this.notice = undefined;
    this.checkNow();
  }

  ignore(key: string): void {
    const f = this.find(key);
    if (f) this.ignored.push({ rule: ruleId(f), text: f.text, start: f.start, end: f.end });
    this.deps.overlay.closeAll(true);
    this.schedulePaint();
    this.announce();
  }

  async disable(key: string, scope: 'site' | 'everywhere'): Promise<void> {
    const f = this.find(key);
    this.deps.overlay.closeAll(true);
    if (!f) return;
    const id = ruleId(f);
    this.findings = this.findings.filter((x) => ruleId(x) !== id);
    this.schedulePaint();
    this.announce();
    try {
      await ask({ type: 'tc:disable-rule', rule: id, scope, site: this.deps.siteHost });
    } catch (e) {
      if (e instanceof ExtensionGone) return this.deps.onGone();
      this.say(`Could not turn the rule off: ${e instanceof Error ? e.message : String(e)}`);
    }
    this.recheck();
  }

  /** Settings changed (a rule turned off elsewhere): forget cached results and check again. */
  recheck(): void {
    this.cache.clear();
    this.checkedText = null;
    this.checkNow();
  }

  focusEditor(): void {
    if (!this.alive) return;
    const doc = this.root.ownerDocument;
    if (doc.activeElement !== this.root && !this.root.contains(doc.activeElement)) this.root.focus({ preventScroll: true });
    const want = this.lastCaret;
    if (want === null || this.read().caret() === want) return;
    if (isTextField(this.root)) (this.root as TextField).setSelectionRange(want, want);
    else {
      const r = this.read().rangeOf(want, want);
      if (r) doc.getSelection()?.setBaseAndExtent(r.startContainer, r.startOffset, r.endContainer, r.endOffset);
    }
  }

  /** The keyboard shortcut: the card of the finding at the caret, else the panel. */
  openFromKeyboard(): void {
    this.sync();
    this.lastCaret = this.read().caret();
    const at = this.lastCaret === null ? undefined : this.findingAt(this.lastCaret);
    const anchor = at && this.rectsOf(occurrenceKey(at))[0];
    if (at && anchor) this.deps.overlay.openCard(this.id, occurrenceKey(at), anchor, 'keyboard');
    else this.deps.overlay.openPanel(this.id, 'keyboard');
  }

  private findingAt(offset: number): Finding | undefined {
    return mostSpecific(this.visible().filter((f) => f.start <= offset && offset <= f.end && f.end > f.start));
  }

  private clicked(): void {
    const caret = this.read().caret();
    if (caret === null) return;
    const f = this.findingAt(caret);
    const anchor = f && this.rectsOf(occurrenceKey(f))[0];
    if (f && anchor) this.deps.overlay.openCard(this.id, occurrenceKey(f), anchor, 'click');
  }

  private pointer(e: MouseEvent | null): void {
    this.hoverPoint = e ? { x: e.clientX, y: e.clientY } : null;
    if (!this.hoverFrame) {
      this.hoverFrame = requestAnimationFrame(() => {
        this.hoverFrame = 0;
        this.hoverTest();
      });
    }
  }

  private hoverTest(): void {
    const p = this.hoverPoint;
    const hit = p
      ? mostSpecific(
          this.visible().filter((f) =>
            this.rectsOf(occurrenceKey(f)).some((r) => p.x >= r.left && p.x <= r.left + r.width && p.y >= r.top - 2 && p.y <= r.top + r.height + 2),
          ),
        )
      : undefined;
    const key = hit ? occurrenceKey(hit) : null;
    this.deps.overlay.hover(this.id, key, () => (key ? (this.rectsOf(key)[0] ?? null) : null));
  }

  /** Viewport rectangles of a finding's words. */
  rectsOf(key: string): Rect[] {
    const f = this.visible().find((x) => occurrenceKey(x) === key);
    if (!f) return [];
    if (isTextField(this.root)) return this.deps.overlay.mirror.rects(this.root, [f])[0] ?? [];
    const range = (this.mapped ?? this.read()).rangeOf(f.start, f.end);
    return range ? Array.from(range.getClientRects()).filter((r) => r.width > 0).map(toRect) : [];
  }

  // ---- drawing ----------------------------------------------------------------------------------------------

  /** Something moved: measure the box again at the next paint. */
  private relayout(): void {
    this.layoutDirty = true;
    this.schedulePaint();
  }

  private schedulePaint(): void {
    if (this.frame || this.disposed) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.paint();
    });
  }

  private paint(): void {
    if (!this.alive) return;
    // With nothing on screen to move, reading the editor can wait for the check.
    if (this.findings.length > 0 || this.ignored.length > 0) this.sync();
    const shown = this.visible();
    const field = isTextField(this.root) ? this.root : null;
    if (!field) {
      const mapped = this.mapped ?? this.read();
      this.deps.overlay.highlights.set(
        this.id,
        shown.flatMap((f) => {
          const range = mapped.rangeOf(f.start, f.end);
          return range ? [{ range, severity: f.severity }] : [];
        }),
      );
    }
    // Measuring forces layout: only after something moved, not on every keystroke.
    if (this.layoutDirty || !this.rect) {
      this.layoutDirty = false;
      this.rect = toRect(this.root.getBoundingClientRect());
    }
    const rect = this.rect;
    const key = `${rect.top}|${rect.left}|${rect.width}|${rect.height}`;
    if (key !== this.badgeKey) {
      // Layout reads that cost more than a keystroke should: only when the box moved or resized.
      this.badgeKey = key;
      this.badgeAt = placeBadge(this.root.ownerDocument, this.root, rect, this.deps.overlay.host);
      this.theme = isDark(this.root) ? 'dark' : 'light';
      this.label = labelOf(this.root);
    }
    const rects = field ? this.deps.overlay.mirror.rects(field, shown) : [];
    const view: BoxView = {
      id: this.id,
      label: this.label,
      rect,
      badgeAt: this.badgeAt,
      findings: shown.map((f) => this.view(f)),
      score: this.score,
      theme: this.theme,
      underlines: field ? shown.map((f, i) => ({ key: occurrenceKey(f), severity: f.severity, rects: rects[i] ?? [] })) : [],
      notice: this.notice,
      context: this.reading ? contextView(this.deps.site.id, this.reading) : undefined,
    };
    // Most keystrokes change nothing the overlay shows (typing after the last finding): skip its render then.
    const signature = JSON.stringify(view);
    if (signature === this.lastView) return;
    this.lastView = signature;
    this.deps.overlay.upsert(view, this.actions);
  }

  private readonly actions: BoxActions = {
    apply: (k) => void this.apply(k),
    ignore: (k) => this.ignore(k),
    disable: (k, scope) => void this.disable(k, scope),
    focusEditor: () => this.focusEditor(),
    rectsOf: (k) => this.rectsOf(k),
  };

  private view(f: Finding): FindingView {
    const s = f.suggestions[0];
    const from = s ? Math.min(s.start, f.start) : f.start;
    const to = s ? Math.max(s.end, f.end) : f.end;
    const replacedStart = s ? s.start : f.start;
    const replacedEnd = s ? s.end : f.end;
    return {
      key: occurrenceKey(f),
      rule: f.rule,
      ruleId: ruleId(f),
      ruleSet: f.ruleSet,
      category: f.category,
      severity: f.severity,
      message: f.message,
      text: f.text,
      suggestion: s ? { replacement: s.replacement, label: s.label } : undefined,
      contextBefore: contextBefore(this.text, Math.min(from, replacedStart), replacedStart),
      replaced: this.text.slice(replacedStart, replacedEnd),
      contextAfter: contextAfter(this.text, replacedEnd, Math.max(to, replacedEnd)),
      why: f.why,
      link: f.link,
      goodExample: f.example,
    };
  }

  /** Enter or a button: the page may be sending the reply. A page that empties a field in code fires no input event,
   * so look once more a moment later (one look, not a poll). */
  private sendIntent(): void {
    if (this.disposed) return;
    this.sync(); // the text as sent: the page empties the box next, maybe before the pause in typing ran a check
    this.sendIntentAt = Date.now();
    setTimeout(() => this.changed(), 400);
  }

  /**
   * A reply of some length that vanished right after Enter or a button click was sent (a chat box empties, a reply
   * dialog closes): its fingerprint goes to the worker for the repetition rule. A draft cleared by hand is not.
   */
  private maybeSent(text: string): void {
    if (text.trim().length < 20 || Date.now() - this.sendIntentAt > 2000) return;
    this.sendIntentAt = 0;
    ask({ type: 'tc:sent', text }).catch(() => undefined);
  }

  dispose(): void {
    if (this.disposed) return;
    if (!this.root.isConnected) this.maybeSent(this.text);
    this.disposed = true;
    this.seq++;
    this.abort.abort();
    this.mutations?.disconnect();
    this.resize?.disconnect();
    clearTimeout(this.checkTimer);
    clearTimeout(this.noticeTimer);
    if (this.frame) cancelAnimationFrame(this.frame);
    if (this.hoverFrame) cancelAnimationFrame(this.hoverFrame);
    this.deps.overlay.remove(this.id);
  }
}

const SEVERITY_ORDER = { error: 0, warning: 1, suggestion: 2 } as const;

/** Of findings under the pointer or caret, the one the agent most likely means: most severe, then narrowest. */
function mostSpecific(hits: Finding[]): Finding | undefined {
  return hits.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.end - a.start - (b.end - b.start))[0];
}

function toRect(r: DOMRect): Rect {
  return { top: r.top, left: r.left, width: r.width, height: r.height };
}

/**
 * The words before a finding for its before/after: up to CONTEXT_CHARS, within the same line, starting at a word,
 * with "…" where the text goes on.
 */
function contextBefore(text: string, from: number, upTo: number): string {
  const lineStart = text.lastIndexOf('\n', upTo - 1) + 1;
  let start = Math.max(lineStart, from - CONTEXT_CHARS);
  if (start > lineStart) start = text.indexOf(' ', start) + 1 || upTo; // skip the cut word
  start = Math.min(start, upTo);
  return (start > lineStart ? '…' : '') + text.slice(start, upTo);
}

function contextAfter(text: string, from: number, to: number): string {
  const lineEnd = text.indexOf('\n', from) === -1 ? text.length : text.indexOf('\n', from);
  let end = Math.min(lineEnd, to + CONTEXT_CHARS);
  if (end < lineEnd) end = Math.max(from, text.lastIndexOf(' ', end)); // stop before the cut word
  return text.slice(from, end) + (end < lineEnd ? '…' : '');
}

function contextView(site: string, r: SiteReading): ContextView {
  const c = r.context;
  return {
    site,
    channel: c.channel,
    audience: c.audience,
    customerName: c.customerName,
    customerHandle: c.customerHandle,
    customerMessage: c.customerMessage,
    debug: r.debug,
  };
}

function labelOf(el: HTMLElement): string {
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
function isDark(el: HTMLElement): boolean {
  for (let n: Element | null = el; n; n = n.parentElement) {
    const bg = getComputedStyle(n).backgroundColor;
    const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(bg);
    if (!m || (m[4] !== undefined && parseFloat(m[4]) < 0.5)) continue;
    const [r, g, b] = [m[1], m[2], m[3]].map(Number) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 110;
  }
  return false;
}
