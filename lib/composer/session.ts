import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { DraftKeeper } from '@/lib/drafts/draft-keeper';
import { keepDraftsForPanel, restoreOfferedDraft } from '@/lib/drafts/panel-drafts';
import type { InsertMode } from '@/lib/editors/types';
import { askWhetherOrphaned } from '@/lib/extension/heartbeat';
import { watchHandover } from '@/lib/extension/handover';
import {
  createExtensionClient,
  listenToBackground,
  subscribeExtensionChanges,
} from '@/lib/extension/messaging';
import type { GateStore } from '@/lib/gate/gate-store';
import type { DecidePress } from '@/lib/gate/team-checklist';
import { dialogOnScreen, GATE_DIALOG_SELECTOR, hostCanShow } from '@/lib/gate/dialog-guard';
import { createPublishGate } from '@/lib/gate/publish-gate';
import { watchVideoLength } from './video-length';
import { startUiEarly } from './ui-early';
import { detectLocale, translateContent } from '@/lib/i18n/content';
import type { SapaClient } from '@/lib/messaging';
import { createPanelFrame, type PanelFrame } from '@/lib/panel/panel-frame';
import { isPanelToggleMessage } from '@/lib/panel/panel-command';
import { rememberPanelLayout } from '@/lib/panel/panel-layout';
import { extensionPrefsStorage } from '@/lib/panel/panel-prefs';
import { createPanelStore, freshComposerState, type PanelStore } from '@/lib/panel/panel-store';
import { showPausedNotice } from '@/lib/panel/paused-notice';
import type { PanelUi } from '@/lib/panel/panel-ui';
import { siteTheme } from '@/lib/panel/site-theme';
import { createPlatformAdapter } from '@/lib/platforms/adapter';
import { platformForHost } from '@/lib/platforms';
import type { ComposerMatch } from '@/lib/platforms/types';
import { rememberCaret } from './caret-memory';
import { trackComposer } from './composer-tracker';
import { createInsertion } from './insertion';
import { createPanelKeys } from './panel-keys';
import { copyDiagnostics, showSiteIssues } from './site-health';
import { createTeamSettings, type TeamSettings } from './team-settings';
import type { TemplateView } from '@/lib/library/requests';
import { watchComposerPicker, type ComposerPicker } from '@/lib/quick-insert/composer-picker';
import {
  watchComposerShortcuts,
  type ComposerWatchOptions,
} from '@/lib/quick-insert/composer-shortcuts';
import type { ExpandShortcut } from '@/lib/quick-insert/expand';
import { onSavingWorks } from '@/lib/drafts/saving-works';

export type { PanelUi } from '@/lib/panel/panel-ui';

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
  /** Escape in the panel: the focus goes back to the composer at the person's caret. */
  returnToComposer: () => void;
  /** The notice's Undo after Insert, Replace or Fix. */
  undo: () => void;
  /** Copies what Sapa matched on this page (no text the person wrote) for a bug report. */
  copyDiagnostics: () => void;
  /** The picker at the caret: a pick, or closing it. */
  picker: Pick<ComposerPicker, 'pick' | 'close'>;
}

/**
 * The logic that comes with the panel's UI (lib/composer/panel-loader.ts), null until it arrived:
 * the checklist's decision for the gate and the shortcuts' expansion.
 */
export interface SessionRules {
  decidePress(): DecidePress | null;
  expandShortcut(): ExpandShortcut | null;
  /** Starts loading the UI before the panel mounts, when a composer is at hand (./ui-early.ts). */
  prepareUi?(): void;
}

interface ComposerChangeParts {
  win: Window;
  store: PanelStore;
  team: TeamSettings;
  keeper: DraftKeeper;
  frame: PanelFrame;
}

/**
 * What the composer opening, closing or changing brings: the panel forgets the last composer's
 * draft and ticks, the team's settings are read again, the draft keeper moves to the new
 * composer, and the panel appears beside it in the site's theme (or goes).
 */
function followComposer(parts: ComposerChangeParts): (match: ComposerMatch | null) => void {
  const { win, store, team, keeper, frame } = parts;
  return (match) => {
    store.setState(freshComposerState(match?.key ?? null));
    if (match) void team.refresh();
    keeper.attach(match);
    if (!match) return frame.composerClosed();
    store.setState({ theme: siteTheme(win.document) });
    frame.composerOpened(match.element);
  };
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
  rules: SessionRules,
): Promise<void> {
  const definition = platformForHost(win.location.hostname);
  if (!definition) return;
  const platform = definition.id;
  const adapter = createPlatformAdapter(definition, win.document);
  const locale = detectLocale();
  const client = createExtensionClient();
  const store = createPanelStore(platform, locale);
  const readText = (composer: HTMLElement) => adapter.readText(composer);
  const keeper = keepDraftsForPanel({
    client,
    platform,
    win,
    signal: ctx.signal,
    readText,
    store,
    // A closing page's unsaved text waits in extension storage if the background cannot answer.
    stash: browser.storage.local,
    whenSavingWorks: (listener, signal) =>
      onSavingWorks(browser.storage.onChanged, listener, signal),
  });
  // The parts ask for the composer only once the tracker below exists.
  const composerElement = () => tracker.current()?.element ?? null;
  const frame = createPanelFrame({
    win,
    ctx,
    store,
    composer: composerElement,
    siteDialogs: definition.siteDialogs?.selectors,
  });
  const team = createTeamSettings(client, (chosen) => store.setState({ locale: chosen }));
  const follow = followComposer({ win, store, team, keeper, frame });
  const health = showSiteIssues({
    adapter,
    win,
    signal: ctx.signal,
    store,
    frame,
    composerElement,
  });
  const early = startUiEarly({
    win,
    adapter,
    signal: ctx.signal,
    prepare: () => rules.prepareUi?.(),
  });
  const onChange = (match: ComposerMatch | null) => {
    early.composerSeen(match !== null);
    follow(match);
    health.poke();
  };
  const tracker = trackComposer({ adapter, win, signal: ctx.signal, onChange });
  const savedCaret = rememberCaret(win.document, composerElement, ctx.signal);
  // The checklist's video-length rule reads the chosen video's length from the panel store.
  watchVideoLength(win.document, (videoSeconds) => store.setState({ videoSeconds }), ctx.signal);
  const gate = createPublishGate({
    adapter,
    win,
    ctx,
    platform,
    panel: store,
    team: team.checklist,
    decider: rules.decidePress,
    composer: () => tracker.current(),
    onPosted: (text, composerKey, override, checks, details) =>
      void keeper.published(text, composerKey, override, checks, details),
    dialogCanShow: () => hostCanShow(frame.ui()?.shadowHost, frame.ui()?.uiContainer),
    dialogShown: () =>
      dialogOnScreen(frame.ui()?.uiContainer.querySelector(GATE_DIALOG_SELECTOR), win),
  });
  const layout = await rememberPanelLayout({
    storage: extensionPrefsStorage(),
    platform,
    store,
    win,
    ctx,
    onCollapsedChange: () => frame.redock(),
  });
  const insertion = createInsertion({
    store,
    editorKind: definition.editorKind,
    savedCaret,
    liveComposer: () => tracker.live(),
    panelContainer: () => frame.ui()?.uiContainer ?? null,
    onTemplateUsed: (templateId) => keeper.usedTemplate(templateId),
  });
  const keys = createPanelKeys({
    store,
    composer: composerElement,
    savedCaret,
    panelHost: () => frame.ui()?.shadowHost ?? null,
  });
  /** A template needs values the person must give: the panel opens on its form. */
  const askForValues = (template: TemplateView) => {
    const state = store.getState();
    if (state.collapsed) state.setCollapsed(false);
    store.setState({
      overDialog: true,
      roomHint: false,
      askTemplate: { template, count: (state.askTemplate?.count ?? 0) + 1 },
    });
  };
  const watchOptions: ComposerWatchOptions = {
    win,
    signal: ctx.signal,
    client,
    platform,
    editorKind: definition.editorKind,
    store,
    insertion,
    composer: () => tracker.live(),
    ask: askForValues,
    expander: rules.expandShortcut,
  };
  const shortcuts = watchComposerShortcuts(watchOptions);
  const picker = watchComposerPicker({
    ...watchOptions,
    returnToComposer: keys.returnToComposer,
  });
  void shortcuts.refresh();
  void picker.refresh();
  // A shortcut added in the dashboard, or switched off, counts in the open page at once.
  subscribeExtensionChanges(
    (event) => {
      // The panel's planned posts: marked posted here or elsewhere, edited in the dashboard.
      const planned = ['plannedPosts', 'postLog', 'templates', 'hashtagSets', 'brandKit'];
      if (event.tables.some((table) => planned.includes(table)))
        store.setState((s) => ({ calendarChanged: s.calendarChanged + 1 }));
      const relevant = ['templates', 'hashtagSets', 'brandKit', 'settings'];
      if (!event.tables.some((table) => relevant.includes(table))) return;
      void shortcuts.refresh();
      void picker.refresh();
    },
    { signal: ctx.signal },
  );
  listenToBackground((message) => {
    if (isPanelToggleMessage(message)) keys.command();
  }, ctx.signal);
  const session: ComposerSession = {
    store,
    gate,
    client,
    insert: (text, mode, meta) => void insertion.insert(text, mode, meta),
    restoreDraft: () => void restoreOfferedDraft(keeper, insertion.restore),
    keepComposerText: () => keeper.declineOffer(),
    returnToComposer: keys.returnToComposer,
    undo: () => void insertion.undo(),
    picker: { pick: picker.pick, close: picker.close },
    copyDiagnostics: () =>
      void copyDiagnostics({
        adapter,
        win,
        store,
        container: () => frame.ui()?.uiContainer ?? null,
      }),
  };
  const ui = await createUi(session);
  if (ctx.isInvalid) return;
  layout.watchWidths(ui);
  frame.attach(ui, layout);
  gate.watch();
  ctx.addEventListener(win, 'wxt:locationchange', () => tracker.refresh());
  askWhetherOrphaned(win, ctx);
  // Cut off by an update with no new copy taking over: the panel is gone, so a note says so.
  watchHandover(win, ctx, {
    onLost() {
      if (!tracker.current()) return;
      const locale = store.getState().locale;
      const say = (key: 'draft.pausedContextLost' | 'dashboard.dismiss') =>
        translateContent(locale, key);
      showPausedNotice(win.document, say('draft.pausedContextLost'), say('dashboard.dismiss'));
    },
  });
  // The first search ran before the panel existed; show it now if a composer is already open.
  frame.show(tracker.current() !== null || store.getState().siteIssue === 'noComposer');
}
