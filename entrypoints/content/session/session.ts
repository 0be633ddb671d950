// One coached box: wires the box's events to the parts that do each job (checks.ts schedules and caches checks,
// live-findings.ts keeps findings on the right words, send-detector.ts notices a sent reply, fixes.ts applies them,
// view-model.ts builds what the overlay shows) and paints at most once per frame. Torn down with the box.
import type { CheckResult, Finding, Score } from '../../../rules/schema';
import { marks } from '../../../components/finding-view';
import { notEnglishSuffix } from '../../../components/labels';
import type { EditorAdapter, EditorText } from '../editors/types';
import { isTextField, type TextField } from '../editors/textarea';
import type { SiteAdapter, SiteReading } from '../sites/types';
import { ask, ExtensionGone, extensionAlive, NoAnswer } from '../../../utils/messaging';
import type { Overlay } from '../overlay';
import type { BoxActions, Rect } from '../overlay/view';
import { placeBadge } from '../overlay/placement';
import { countFailure, countRuleFailures, failureCounts, recordCheck } from '../debug-report';
import { LiveFindings, mostSpecific, occurrenceKey } from './live-findings';
import { Checks, EMPTY } from './checks';
import { watchContext } from './context-watch';
import { SendDetector } from './send-detector';
import { applyFix, disableRule, fixAll, ignoreFix, type FixDeps } from './fixes';
import { boxView } from './view-model';
import { isDark, labelOf, toRect } from './box-look';

export interface SessionDeps {
  overlay: Overlay;
  site: SiteAdapter;
  /** Host name used for per-site settings. */
  siteHost: string;
  delayMs: number;
  /** Whether the debug view is on (a setting). */
  debug(): boolean;
  /** The extension was reloaded or updated: the content script must stop. */
  onGone(): void;
}

/** How long a notice (an apply the editor refused, a check that failed) stays. */
const NOTICE_MS = 8000;
/** Coaching paused, in plain words: the worker does not answer (until a check is answered again)... */
const SILENT = 'Coaching paused: Tone Coach is not answering. Your reply is unchanged; coaching resumes when it does.';
/** ...or the extension was updated, reloaded or removed under this page (for good: nothing acts on the draft). */
const GONE =
  'Coaching paused: Tone Coach was updated or restarted. Your reply was not changed. Reload the page to resume.';

let nextId = 1;

export class Session {
  readonly id = nextId++;
  private abort = new AbortController();
  private live = new LiveFindings();
  private checks: Checks;
  private sends = new SendDetector();
  private mapped: EditorText | null = null;
  private score: Score | null = null;
  private reading: SiteReading | null = null;
  private notice: string | undefined;
  /** Why coaching is paused (shown instead of any other notice until it resumes). */
  private paused: string | undefined;
  private gone = false;
  private noticeTimer: ReturnType<typeof setTimeout> | undefined;
  private info: string | undefined;
  private infoTimer: ReturnType<typeof setTimeout> | undefined;
  private frame = 0;
  private lastCaret: number | null = null;
  private lastAnnounced = -1;
  private look = { key: '', badgeAt: { top: 0, left: 0 }, theme: 'light' as 'light' | 'dark', label: 'reply box' };
  private observers: Array<{ disconnect(): void }> = [];
  private hoverPoint: { x: number; y: number } | null = null;
  private hoverFrame = 0;
  private disposed = false;
  private lastView = '';
  private layoutDirty = true;
  private rect: Rect | null = null;
  private fixes: FixDeps;

  constructor(
    readonly root: HTMLElement,
    readonly adapter: EditorAdapter,
    private deps: SessionDeps,
  ) {
    this.checks = new Checks({
      currentText: () => this.sync(),
      readSite: () => this.readSite(),
      check: (text, reading) => ask({ type: 'tc:check', text, context: reading.context, site: deps.siteHost }),
      accept: (text, result, reading, fresh) => this.accept(text, result, reading, fresh),
      failed: (e) => this.checkFailed(e),
      slow: () => this.pause(SILENT),
      settled: () => this.schedulePaint(),
      alive: () => this.alive && !this.gone,
      delayMs: deps.delayMs,
    });
    this.fixes = {
      root,
      adapter,
      live: this.live,
      sync: () => void this.sync(),
      siteHost: deps.siteHost,
      alive: () => this.alive,
      say: (notice) => (notice === null ? this.clearNotice() : this.say(notice)),
      changed: () => {
        this.schedulePaint();
        this.announce();
      },
      checkNow: () => void this.checks.now(),
      recheck: () => this.recheck(),
    };
    this.listen();
    this.live.follow(this.read().text);
    this.schedulePaint();
    void this.checks.now();
  }

  get alive(): boolean {
    return !this.disposed && this.root.isConnected;
  }

  private listen(): void {
    const { root } = this;
    const signal = this.abort.signal;
    const opts = { signal, passive: true } as const;
    if (isTextField(root)) {
      root.addEventListener('input', () => this.changed(), opts);
      root.addEventListener('scroll', () => this.relayout(), opts);
    } else {
      // Editors change their DOM from their own model (undo, collaboration, programmatic sets): observe it.
      const mutations = new MutationObserver(() => this.changed());
      mutations.observe(root, { characterData: true, childList: true, subtree: true });
      this.observers.push(mutations);
    }
    root.addEventListener('input', () => this.deps.overlay.typed(this.id), opts);
    root.addEventListener('mousemove', (e) => this.pointer(e), opts);
    root.addEventListener('mouseleave', () => this.pointer(null), opts);
    root.addEventListener('click', () => this.clicked(), opts);
    root.addEventListener('focusout', () => (this.lastCaret = this.read().caret()), opts);
    root.addEventListener('keydown', (e) => e.key === 'Enter' && !e.shiftKey && this.sendIntent(), opts);
    const doc = root.ownerDocument;
    const win = doc.defaultView!;
    doc.addEventListener(
      'click',
      (e) => {
        const target = e.target instanceof Element ? e.target : null;
        if (target?.closest('button, [role="button"], input[type="submit"]') && !root.contains(target))
          this.sendIntent();
      },
      { ...opts, capture: true },
    );
    watchContext(root, signal, () => this.checks.contextMaybeChanged());
    win.addEventListener('scroll', () => this.relayout(), { ...opts, capture: true });
    win.addEventListener('resize', () => this.relayout(), opts);
    // The box moves when it or the page around it changes size (a growing composer, a panel opening).
    const resize = new ResizeObserver(() => this.relayout());
    resize.observe(root);
    resize.observe(doc.documentElement);
    this.observers.push(resize);
  }

  // ---- reading --------------------------------------------------------------------------------------------------

  private read(): EditorText {
    this.mapped = this.adapter.read(this.root);
    return this.mapped;
  }

  /** Reads the editor and moves the findings along with the edits made since; returns the text. */
  private sync(): string {
    const before = this.live.text;
    const now = this.read().text;
    if (now !== before) {
      if (now.trim() === '' && this.sends.sent(before)) ask({ type: 'tc:sent', text: before }).catch(() => undefined);
      this.live.follow(now);
    }
    return now;
  }

  private readSite(): SiteReading {
    try {
      return this.deps.site.read(this.root, this.root.ownerDocument);
    } catch (e) {
      // A site that changed its markup must not stop coaching: check with the defaults and say why.
      const problem = `site reader failed: ${e instanceof Error ? e.message : String(e)}`;
      countFailure('siteReads', problem);
      return { context: {}, debug: { error: problem } };
    }
  }

  private changed(): void {
    if (this.disposed) return;
    this.schedulePaint();
    if (!this.gone) this.checks.soon();
  }

  // ---- results --------------------------------------------------------------------------------------------------

  private accept(forText: string, result: CheckResult, reading: SiteReading | null, fresh: boolean): void {
    if (fresh) this.paused = undefined; // the worker answers again
    this.sync();
    this.live.accept(forText, result);
    this.score = result.score;
    if (reading) this.reading = reading;
    if (fresh) countRuleFailures(result);
    if (reading) recordCheck(forText, result);
    this.schedulePaint();
    this.announce();
  }

  private checkFailed(e: unknown): void {
    if (e instanceof ExtensionGone) return this.deps.onGone();
    const problem = e instanceof Error ? e.message : String(e);
    countFailure('checks', problem);
    if (e instanceof NoAnswer) return this.pause(SILENT);
    this.say(`Tone Coach could not check this reply: ${problem}`);
  }

  private announce(): void {
    const n = this.live.visible().length;
    if (n === this.lastAnnounced) return;
    const doc = this.root.ownerDocument;
    const focused = doc.activeElement === this.root || this.root.contains(doc.activeElement);
    if (!focused && this.lastAnnounced === -1) {
      this.lastAnnounced = n;
      return;
    }
    this.lastAnnounced = n;
    this.deps.overlay.announce(
      n === 0
        ? `Tone Coach: no suggestions${notEnglishSuffix(this.score?.notEnglish)}.`
        : `Tone Coach: ${n} suggestion${n === 1 ? '' : 's'}, score ${this.score?.total}${notEnglishSuffix(this.score?.notEnglish)}. Alt+Shift+C to review.`,
    );
  }

  private say(notice: string): void {
    this.notice = notice;
    this.deps.overlay.announce(notice);
    clearTimeout(this.noticeTimer);
    this.noticeTimer = setTimeout(() => this.clearNotice(), NOTICE_MS);
    this.schedulePaint();
  }

  /** Says what an action did, in the panel and to assistive technology (not an error: no alert). */
  private inform(info: string): void {
    this.info = info;
    this.deps.overlay.announce(info);
    clearTimeout(this.infoTimer);
    this.infoTimer = setTimeout(() => {
      this.info = undefined;
      this.schedulePaint();
    }, NOTICE_MS);
    this.schedulePaint();
  }

  private pause(why: string): void {
    if (this.paused === why) return;
    this.paused = why;
    this.deps.overlay.announce(why);
    this.schedulePaint();
  }

  /** The extension is gone (updated, reloaded): no more checks, no finding left to act on, and a notice saying so. */
  extensionGone(): void {
    if (this.gone) return;
    this.gone = true;
    this.checks.stop();
    this.live.accept(this.live.text, EMPTY);
    this.score = null;
    this.pause(GONE);
  }

  /** Before an action on the draft: true (and coaching pauses, saying why) when the extension is gone. */
  private stopped(): boolean {
    if (!this.gone && extensionAlive()) return false;
    this.deps.overlay.closeAll(true); // the notice shows at the badge; focus goes back to the editor
    this.deps.onGone();
    return true;
  }

  private clearNotice(): void {
    clearTimeout(this.noticeTimer);
    this.notice = undefined;
    this.schedulePaint();
  }

  // ---- actions from the overlay ---------------------------------------------------------------------------------

  private readonly actions: BoxActions = {
    apply: (key, index) => {
      if (this.stopped()) return;
      this.deps.overlay.acted(this.id, key, 'apply');
      void applyFix(this.fixes, key, index).finally(() => this.deps.overlay.settled(this.id));
    },
    fixAll: () => {
      if (this.stopped()) return;
      this.deps.overlay.acted(this.id, '', 'apply');
      void fixAll(this.fixes)
        .then((said) => said && this.inform(said))
        .finally(() => this.deps.overlay.settled(this.id));
    },
    ignore: (key) => {
      if (this.stopped()) return;
      this.deps.overlay.acted(this.id, key, 'ignore');
      ignoreFix(this.fixes, key);
    },
    disable: (key, scope) => {
      if (this.stopped()) return;
      this.deps.overlay.acted(this.id, key, 'disable');
      disableRule(this.fixes, key, scope).catch((e: unknown) => {
        if (e instanceof ExtensionGone) return this.deps.onGone();
        this.say(`Could not turn the rule off: ${e instanceof Error ? e.message : String(e)}`);
        this.recheck();
      });
    },
    focusEditor: () => this.focusEditor(),
    owns: (node) => this.root.contains(node),
    rectsOf: (key) => this.rectsOf(key),
  };

  /** Something the site reader depends on arrived (Readability loaded): check again if the context now differs. */
  contextMaybeChanged(): void {
    this.checks.contextMaybeChanged();
  }

  /** Settings changed (a rule turned off elsewhere, the debug view switched): check again and repaint. */
  recheck(): void {
    this.lastView = '';
    this.schedulePaint();
    this.checks.invalidate();
  }

  focusEditor(): void {
    if (!this.alive) return;
    const doc = this.root.ownerDocument;
    if (doc.activeElement !== this.root && !this.root.contains(doc.activeElement))
      this.root.focus({ preventScroll: true });
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
    const at = this.lastCaret === null ? undefined : this.live.at(this.lastCaret);
    const anchor = at && this.rectsOf(occurrenceKey(at))[0];
    if (at && anchor) this.deps.overlay.openCard(this.id, occurrenceKey(at), anchor, 'keyboard');
    else this.deps.overlay.openPanel(this.id, 'keyboard');
  }

  private clicked(): void {
    const caret = this.read().caret();
    if (caret === null) return;
    const f = this.live.at(caret);
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
    const near = (r: Rect): boolean =>
      !!p && p.x >= r.left && p.x <= r.left + r.width && p.y >= r.top - 2 && p.y <= r.top + r.height + 2;
    // Words open their own findings only: advice about the whole reply opens from its marker or the panel.
    const hit = p
      ? mostSpecific(this.live.visible().filter((f) => !f.scope && this.rectsOf(occurrenceKey(f)).some(near)))
      : undefined;
    const key = hit ? occurrenceKey(hit) : null;
    this.deps.overlay.hover(this.id, key, () => (key ? (this.rectsOf(key)[0] ?? null) : null));
  }

  /** Viewport rectangles of a finding's words (every occurrence), or of its marker. */
  rectsOf(key: string): Rect[] {
    const f = this.live.find(key);
    if (!f) return [];
    const caret = f.scope && this.caretAt(f.at ?? f.start);
    return caret ? [caret] : marks(f).flatMap((s) => this.rectsAt([s])[0] ?? []);
  }

  /** Viewport rectangles of each span of the editor's text. */
  private rectsAt(spans: Array<{ start: number; end: number }>): Rect[][] {
    if (isTextField(this.root)) return this.deps.overlay.mirror.rects(this.root, spans);
    const mapped = this.mapped ?? this.read();
    return spans.map((s) => {
      const range = mapped.rangeOf(s.start, s.end);
      return range
        ? Array.from(range.getClientRects())
            .filter((r) => r.width > 0)
            .map(toRect)
        : [];
    });
  }

  /** Where a caret at offset `at` would be drawn: at the left of the character after it, else the right of the one before. */
  private caretAt(at: number): Rect | null {
    const next = this.live.text[at];
    const after = next && next !== '\n' ? this.rectsAt([{ start: at, end: at + 1 }])[0]![0] : undefined;
    const r = after ?? this.rectsAt([{ start: Math.max(0, at - 1), end: at }])[0]!.at(-1);
    return r ? { top: r.top, left: after ? r.left : r.left + r.width, width: 0, height: r.height } : null;
  }

  // ---- drawing --------------------------------------------------------------------------------------------------

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
    if (this.live.tracking) this.sync();
    const shown = this.live.visible();
    const field = isTextField(this.root) ? this.root : null;
    if (!field) {
      const mapped = this.mapped ?? this.read();
      this.deps.overlay.highlights.set(
        this.id,
        shown.flatMap((f) =>
          marks(f).flatMap((s) => {
            const range = mapped.rangeOf(s.start, s.end);
            return range ? [{ range, severity: f.severity }] : [];
          }),
        ),
      );
    }
    // Measuring forces layout: only after something moved, not on every keystroke.
    if (this.layoutDirty || !this.rect) {
      this.layoutDirty = false;
      this.rect = toRect(this.root.getBoundingClientRect());
    }
    const rect = this.rect;
    const key = `${rect.top}|${rect.left}|${rect.width}|${rect.height}`;
    if (key !== this.look.key) {
      // Layout reads that cost more than a keystroke should: only when the box moved or resized.
      const doc = this.root.ownerDocument;
      this.look = {
        key,
        badgeAt: placeBadge(doc, this.root, rect, this.deps.overlay.host),
        theme: isDark(this.root) ? 'dark' : 'light',
        label: labelOf(this.root),
      };
    }
    const view = boxView({
      id: this.id,
      label: this.look.label,
      rect,
      badgeAt: this.look.badgeAt,
      theme: this.look.theme,
      text: this.live.text,
      findings: shown,
      score: this.score,
      checking: this.checks.busy,
      fieldRects: field ? this.fieldRects(shown) : null,
      markerRects: shown.map((f) => (f.scope ? this.caretAt(f.at ?? f.start) : null)),
      notice: this.paused ?? this.notice,
      paused: this.paused !== undefined,
      info: this.info,
      site: this.deps.site.id,
      siteName: this.siteName(),
      reading: this.reading,
      debug: this.deps.debug() ? failureCounts() : null,
    });
    // Most keystrokes change nothing the overlay shows (typing after the last finding): skip its render then.
    const signature = JSON.stringify(view);
    if (signature === this.lastView) return;
    this.lastView = signature;
    this.deps.overlay.upsert(view, this.actions);
  }

  /** Each finding's underline rectangles in a form field, measured in one pass. */
  private fieldRects(shown: readonly Finding[]): Rect[][] {
    const spans = shown.map(marks);
    const rects = this.rectsAt(spans.flat());
    let i = 0;
    return spans.map((m) => m.flatMap(() => rects[i++]!));
  }

  /** The site as the agent knows it: "X", "Zendesk"; the host name of a site the agent added. */
  private siteName(): string {
    const { site, siteHost } = this.deps;
    if (site.id !== 'generic') return site.name.split(/ \(|,/)[0]!;
    return /^https?:$/.test(location.protocol) && siteHost ? siteHost : 'this page';
  }

  /** Enter or a button: the page may be sending the reply. A page that empties a field in code fires no input event,
   * so look once more a moment later (one look, not a poll). */
  private sendIntent(): void {
    if (this.disposed) return;
    this.sync(); // the text as sent: the page empties the box next, maybe before the pause in typing ran a check
    this.sends.intent();
    setTimeout(() => this.changed(), 400);
  }

  dispose(): void {
    if (this.disposed) return;
    if (!this.root.isConnected && this.sends.sent(this.live.text))
      ask({ type: 'tc:sent', text: this.live.text }).catch(() => undefined);
    this.disposed = true;
    this.checks.stop();
    this.abort.abort();
    this.observers.forEach((o) => o.disconnect());
    clearTimeout(this.noticeTimer);
    clearTimeout(this.infoTimer);
    if (this.frame) cancelAnimationFrame(this.frame);
    if (this.hoverFrame) cancelAnimationFrame(this.hoverFrame);
    this.deps.overlay.remove(this.id);
  }
}
