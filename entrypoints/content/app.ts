// The content script's start-up in one document (each frame runs its own): the site adapter, the watcher, one
// session per coached box, the overlay (created only when a first box is coached), the keyboard shortcut, and
// a quiet tear-down when the extension is reloaded or updated.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { siteFor } from './sites';
import type { SiteAdapter } from './sites/types';
import { Overlay } from './overlay';
import { Session } from './session/session';
import { deepActiveElement, watch } from './watcher';
import { ask, extensionAlive } from '../../utils/messaging';
import { onReadabilityMissing } from './sites/generic';
import { checkDelayItem, debugViewItem, disabledRulesBySiteItem, disabledRulesItem } from '../../utils/settings';
import { isCheckSettingKey, isRuleStoreKey } from '../../utils/rule-library';

/** Alt+Shift+C: the card of the finding at the caret, or the list of findings for the focused box. */
export const SHORTCUT = { code: 'KeyC', altKey: true, shiftKey: true } as const;

function quietly(fn: () => void): void {
  try {
    fn();
  } catch {
    // the extension is gone; its listeners went with it
  }
}

/** The page's host name; an about:blank or srcdoc composer frame uses its parent's origin. */
function siteHost(): string {
  if (location.hostname) return location.hostname;
  try {
    return self.origin && self.origin !== 'null' ? new URL(self.origin).hostname : '';
  } catch {
    return '';
  }
}

export async function startCoaching(ctx: ContentScriptContext): Promise<void> {
  const doc = document;
  const signal = ctx.signal;
  let site: SiteAdapter;
  try {
    site = siteFor(location.hostname ? location : new URL(self.origin));
  } catch {
    return; // not a page we can reason about (opaque origin)
  }
  const host = siteHost();
  const [delayMs, debugOn] = await Promise.all([
    checkDelayItem.getValue().catch(() => 200),
    debugViewItem.getValue().catch(() => false),
  ]);
  if (signal.aborted) return;
  let debug = debugOn;

  const sessions = new Map<HTMLElement, Session>();
  let overlay: Overlay | null = null;
  let stopped = false;

  const stop = (): void => {
    if (stopped) return;
    stopped = true;
    for (const s of sessions.values()) s.dispose();
    sessions.clear();
    overlay?.dispose();
    overlay = null;
  };
  // WXT invalidates the context when a newer copy of this script starts here (that one coaches) or when it sees the
  // runtime gone (then coaching pauses with a notice, see gone()).
  ctx.onInvalidated(() => (extensionAlive() ? stop() : gone()));

  // The generic reader's Readability is injected on first need (utils/readability-slot.ts); once here, the boxes
  // look at their context again. A refusal (a frame the worker cannot reach) leaves them without it, as before.
  let readability: Promise<unknown> | undefined;
  onReadabilityMissing(() => {
    readability ??= ask({ type: 'tc:load-readability' }).then(
      () => sessions.forEach((s) => s.contextMaybeChanged()),
      () => undefined,
    );
  });
  // The extension was updated or reloaded under this page: the boxes keep their overlay, with nothing left to act
  // on and a notice saying coaching paused (a new copy of this script only comes with a reload of the page).
  let isGone = false;
  const gone = (): void => {
    isGone = true;
    sessions.forEach((s) => s.extensionGone());
  };

  const sweep = (): void => {
    for (const [root, s] of sessions) {
      if (!s.alive) {
        s.dispose();
        sessions.delete(root);
      }
    }
  };

  watch(
    doc,
    {
      found: ({ adapter, root }) => {
        if (stopped || isGone || sessions.has(root)) return;
        if (!extensionAlive()) return gone();
        overlay ??= new Overlay(doc, signal);
        sessions.set(
          root,
          new Session(root, adapter, { overlay, site, siteHost: host, delayMs, debug: () => debug, onGone: gone }),
        );
      },
      removed: sweep,
      isReplyBox: (box) => {
        try {
          return site.isReplyBox?.(box);
        } catch {
          return undefined;
        }
      },
    },
    signal,
  );

  doc.addEventListener(
    'keydown',
    (e) => {
      if (
        e.code !== SHORTCUT.code ||
        e.altKey !== SHORTCUT.altKey ||
        e.shiftKey !== SHORTCUT.shiftKey ||
        e.ctrlKey ||
        e.metaKey
      )
        return;
      const active = deepActiveElement(doc);
      const session = [...sessions.values()].find((s) => active && (s.root === active || s.root.contains(active)));
      if (!session) return;
      e.preventDefault();
      e.stopPropagation();
      session.openFromKeyboard();
    },
    { capture: true, signal },
  );

  // The site switched off in the popup: every box here stops being coached (switched on again, the next focus
  // coaches it; isReplyBox answers false while it is off).
  const offSwitch = site.onEnabledChange?.((on) => {
    if (on) return;
    for (const sess of sessions.values()) sess.dispose();
    sessions.clear();
  });
  if (offSwitch) signal.addEventListener('abort', () => quietly(offSwitch));

  // "Turn off this rule" in another tab or the popup: check again with the new settings.
  const unwatch = [
    disabledRulesItem.watch(() => sessions.forEach((s) => s.recheck())),
    disabledRulesBySiteItem.watch(() => sessions.forEach((s) => s.recheck())),
    debugViewItem.watch((on) => {
      debug = on;
      sessions.forEach((s) => s.recheck());
    }),
  ];
  // A rule set saved or switched in the manager, a subscription refreshed, a new policy, settings that change what a
  // check finds: check again (the worker reads the library afresh on the same change).
  const onLibraryChange = (changes: Record<string, unknown>, area: string): void => {
    if (area === 'managed' || Object.keys(changes).some((k) => isRuleStoreKey(k) || isCheckSettingKey(k)))
      sessions.forEach((s) => s.recheck());
  };
  browser.storage.onChanged.addListener(onLibraryChange);
  unwatch.push(() => browser.storage.onChanged.removeListener(onLibraryChange));
  // Removing a storage listener of an orphaned script throws "Extension context invalidated": nothing to undo then.
  signal.addEventListener('abort', () => unwatch.forEach((u) => quietly(u)));
}
