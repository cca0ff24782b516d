import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { copyToClipboard } from '@/lib/editors/clipboard';
import { insertIntoEditor } from '@/lib/editors/insert';
import type { InsertMode } from '@/lib/editors/types';
import { detectLocale } from '@/lib/i18n';
import { createExtensionClient } from '@/lib/extension/messaging';
import type { SapaClient } from '@/lib/messaging';
import { createPlatformAdapter } from '@/lib/platforms/adapter';
import { isVisible } from '@/lib/platforms/dom';
import { platformForHost } from '@/lib/platforms';
import {
  confirmPublish,
  watchPublishAttempts,
  type PublishAttempt,
} from '@/lib/platforms/publish-watch';
import { createGateStore, type GateStore } from '@/lib/gate/gate-store';
import {
  decideGate,
  teamChecklistData,
  type GateDecision,
  type TeamChecklistData,
} from './team-checklist';
import { rememberCaret } from './caret-memory';
import { trackComposer } from './composer-tracker';
import { browser } from 'wxt/browser';
import { createDockFollower } from '@/lib/panel/dock-follow';
import { siteTheme } from '@/lib/panel/site-theme';
import { createDraftKeeper } from '@/lib/drafts/draft-keeper';
import {
  loadPanelPrefs,
  savePanelPrefs,
  type PanelPrefs,
  type PrefsStorage,
} from '@/lib/panel/panel-prefs';
import { createPanelStore, type PanelStore } from '@/lib/panel/panel-store';

const PANEL_LINGER_AFTER_POST_MS = 6000;

export interface ComposerSession {
  store: PanelStore;
  /** The publish gate's dialog: its state and the person's two answers. */
  gate: { store: GateStore; fix: () => void; postAnyway: () => void };
  /** The background's typed API (templates, hashtag sets, drafts, settings). */
  client: SapaClient;
  /** Puts text into the composer; `templateId` records which template the draft came from. */
  insert: (text: string, mode: InsertMode, meta?: { templateId?: string }) => void;
  restoreDraft: () => void;
  keepComposerText: () => void;
}

/** The part of WXT's shadow-root UI the session drives. */
export interface PanelUi {
  mount(): void;
  remove(): void;
  uiContainer: HTMLElement;
  shadowHost: HTMLElement;
}

/**
 * Everything Sapa does on one site's page: find the composer, show the panel beside it while it
 * is open, insert text at the person's caret, and notice a publish. All listeners hang off the
 * content-script context, so an extension reload or update removes them and the panel.
 */
export async function startComposerSession(
  ctx: ContentScriptContext,
  win: Window,
  createUi: (session: ComposerSession) => Promise<PanelUi>,
): Promise<void> {
  const definition = platformForHost(win.location.hostname);
  if (!definition) return;
  const adapter = createPlatformAdapter(definition, win.document);
  const locale = detectLocale();
  const client = createExtensionClient();
  const store = createPanelStore(definition.id, locale);
  const keeper = createDraftKeeper({
    client,
    platform: definition.id,
    win,
    signal: ctx.signal,
    readText: (composer) => adapter.readText(composer),
    onOffer: (restoreOffer) => store.setState({ restoreOffer }),
    onSaved: (draftSavedAt, draftId) => store.setState({ draftSavedAt, draftId }),
    onText: (composerText) => store.setState({ composerText }),
    onError: (error) => store.setState({ notice: { kind: 'error', message: error.message } }),
  });
  let ui: PanelUi | null = null;
  let shown = false;
  const dock = createDockFollower(win, () => (shown ? (ui?.shadowHost ?? null) : null), ctx.signal);
  let hideTimer: number | undefined;

  const show = (visible: boolean) => {
    win.clearTimeout(hideTimer);
    if (!ui || visible === shown || ctx.isInvalid) return;
    if (visible) ui.mount();
    else ui.remove();
    shown = visible;
    if (visible) applyPrefs();
    dock.follow(visible ? (tracker.current()?.element ?? null) : null);
  };

  /**
   * A post usually closes the composer; the panel stays a moment longer so the person sees that
   * Sapa noticed it, then goes.
   */
  const composerClosed = () => {
    const kind = store.getState().notice?.kind;
    if (kind !== 'publishNoticed' && kind !== 'publishConfirmed') return show(false);
    win.clearTimeout(hideTimer);
    hideTimer = win.setTimeout(() => {
      if (!tracker.current()) show(false);
    }, PANEL_LINGER_AFTER_POST_MS);
  };

  let team: TeamChecklistData = teamChecklistData({}, null, false);
  const refreshTeam = async () => {
    const [settings, brand, prefs] = await Promise.all([
      client.request('checklistSettings.get'),
      client.request('brandKit.get'),
      client.request('settings.get'),
    ]);
    try {
      team = teamChecklistData(
        settings.ok ? settings.data : {},
        brand.ok ? brand.data : null,
        prefs.ok ? prefs.data.xPremium === true : false,
      );
      // The language chosen in the dashboard wins over the browser's.
      if (prefs.ok) store.setState({ locale: detectLocale(prefs.data.locale) });
    } catch {
      // Settings the checklist cannot read: keep the last good ones (defaults at first).
    }
  };

  const tracker = trackComposer({
    adapter,
    win,
    signal: ctx.signal,
    onChange(match) {
      store.setState({
        composerKey: match?.key ?? null,
        draftSavedAt: null,
        draftId: null,
        ticks: {},
      });
      if (match) void refreshTeam();
      keeper.attach(match);
      if (match) store.setState({ theme: siteTheme(win.document) });
      if (match) show(true);
      else composerClosed();
      if (match) dock.follow(match.element);
    },
  });
  const savedCaret = rememberCaret(
    win.document,
    () => tracker.current()?.element ?? null,
    ctx.signal,
  );

  /** The composer the person last used, if it is still open; otherwise look again. */
  const liveComposer = () => {
    const current = tracker.current();
    if (current && isVisible(current.element)) return current;
    tracker.refresh();
    return tracker.current();
  };

  /** Puts text into the live composer; the person hears how it went in the panel. */
  const writeToComposer = async (text: string, mode: InsertMode, done: 'inserted' | 'restored') => {
    const match = liveComposer();
    if (!ui) return;
    if (!match) return store.setState({ notice: { kind: 'noComposer' } });
    store.setState({ busy: true, notice: null });
    try {
      const outcome = await insertIntoEditor({
        editor: match.element,
        kind: definition.editorKind,
        text,
        mode,
        savedCaret: savedCaret(),
        scratchContainer: ui.uiContainer,
      });
      store.setState({
        notice:
          outcome.status === 'inserted'
            ? { kind: done }
            : { kind: 'clipboard', copied: outcome.copied },
      });
    } catch {
      // The composer's DOM did something unexpected: the text must still reach the person.
      const copied = await copyToClipboard(text, ui.uiContainer);
      store.setState({ notice: { kind: 'clipboard', copied } });
    } finally {
      store.setState({ busy: false });
    }
  };

  const insert = async (text: string, mode: InsertMode, meta?: { templateId?: string }) => {
    if (!text.trim()) return store.setState({ notice: { kind: 'empty' } });
    if (meta?.templateId) keeper.usedTemplate(meta.templateId);
    await writeToComposer(text, mode, 'inserted');
  };

  const restoreDraft = async () => {
    const text = keeper.acceptOffer();
    if (text !== null) await writeToComposer(text, 'replace', 'restored');
  };

  const gateStore = createGateStore();
  const gate: ComposerSession['gate'] = { store: gateStore, fix: () => {}, postAnyway: () => {} };
  // How the person left the panel on this platform (open or collapsed, width), in the
  // extension's own storage.
  const prefsStorage: PrefsStorage = {
    get: (key) => browser.storage.local.get(key),
    set: (items) => browser.storage.local.set(items),
  };
  let prefs: PanelPrefs = await loadPanelPrefs(prefsStorage, definition.id);
  store.setState({ collapsed: prefs.collapsed });
  const applyPrefs = () => {
    if (prefs.width) ui?.shadowHost.style.setProperty('--sapa-width', `${prefs.width}px`);
  };
  const savePrefs = (next: PanelPrefs) => {
    if (next.collapsed === prefs.collapsed && next.width === prefs.width) return;
    prefs = next;
    void savePanelPrefs(prefsStorage, definition.id, next).catch(() => undefined);
  };
  store.subscribe((state, before) => {
    if (state.collapsed !== before.collapsed) {
      savePrefs({ ...prefs, collapsed: state.collapsed });
      dock.update();
    }
  });
  let widthTimer: number | undefined;
  const widths = new (win as Window & typeof globalThis).ResizeObserver(() => {
    win.clearTimeout(widthTimer);
    widthTimer = win.setTimeout(() => {
      const panel = ui?.uiContainer.querySelector<HTMLElement>('.sapa-panel:not(.sapa-collapsed)');
      // Only the person's resizing counts: the resize handle sets the element's own width, while
      // a narrow window merely squeezes it (that must not become the remembered width).
      const width = panel?.style.width ? Math.round(parseFloat(panel.style.width)) : 0;
      if (width >= 240 && width !== prefs.width) savePrefs({ ...prefs, width });
    }, 400);
  });
  ctx.onInvalidated(() => widths.disconnect());

  const session: ComposerSession = {
    store,
    gate,
    client,
    insert: (text, mode, meta) => void insert(text, mode, meta),
    restoreDraft: () => void restoreDraft(),
    keepComposerText: () => keeper.declineOffer(),
  };
  ui = await createUi(session);
  if (ctx.isInvalid) return;
  widths.observe(ui.shadowHost);
  ctx.onInvalidated(() => {
    ui?.remove();
    shown = false;
  });

  let held: { attempt: PublishAttempt; decision: GateDecision } | null = null;
  let override: { ruleIds: string[] } | undefined;
  const watcher = watchPublishAttempts<GateDecision>(
    adapter,
    win,
    () => tracker.current()?.element ?? null,
    {
      decide: (attempt) => decideGate(attempt.text, definition.id, team, store.getState().ticks),
      onHeld(attempt, decision) {
        held = { attempt, decision };
        const rect = attempt.button?.getBoundingClientRect();
        gateStore.setState({
          open: true,
          items: decision.blocking.map(({ ruleId, message }) => ({ ruleId, message })),
          anchor: rect
            ? { top: rect.top, left: rect.left, bottom: rect.bottom, right: rect.right }
            : { top: 80, left: win.innerWidth - 340, bottom: 80, right: win.innerWidth - 16 },
        });
      },
      onAttempt(attempt, overridden) {
        const composerKey = tracker.current()?.key;
        const recorded = overridden ? override : undefined;
        override = undefined;
        store.setState({ notice: { kind: 'publishNoticed' } });
        void confirmPublish(adapter, win.document, attempt.composer).then((confirmed) => {
          if (!confirmed || ctx.isInvalid) return;
          store.setState({ notice: { kind: 'publishConfirmed' } });
          if (composerKey) void keeper.published(attempt.text, composerKey, recorded);
        });
      },
    },
    ctx.signal,
  );

  gate.fix = () => {
    gateStore.setState({ open: false });
    held = null;
    store.getState().setCollapsed(false);
    tracker.current()?.element.focus({ preventScroll: true });
  };
  gate.postAnyway = () => {
    const pending = held;
    gateStore.setState({ open: false });
    held = null;
    if (!pending) return;
    override = { ruleIds: pending.decision.blocking.map((result) => result.ruleId) };
    watcher.letThroughOnce();
    pending.attempt.button?.click();
  };

  ctx.addEventListener(win, 'wxt:locationchange', () => tracker.refresh());
  // An extension reload or update orphans this script without telling it: WXT only notices when
  // asked, so ask once a second (a property read), and the invalidation handlers remove the panel.
  const heartbeat = win.setInterval(() => {
    if (ctx.isInvalid) win.clearInterval(heartbeat);
  }, 1000);
  // The first search ran before the panel existed; show it now if a composer is already open.
  show(tracker.current() !== null);
}
