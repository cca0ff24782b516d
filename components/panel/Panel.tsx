import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { translator, type Translator, type MessageKey } from '@/lib/i18n';
import type { InsertMode } from '@/lib/editors/types';
import type { PanelState, PanelStore } from '@/lib/panel/panel-store';
import type { SapaClient, SapaError } from '@/lib/messaging';
import { PanelHeader } from './PanelHeader';
import { DuePlans, PlannedPostCard, useLinkedPlan, usePanelPlans } from './PlannedPost';
import { WelcomePointer } from './WelcomePointer';
import { PanelTabList, PanelTabPanels, type TabName } from './PanelTabs';
import { RestoreOffer } from './RestoreOffer';
import { SavingPaused } from './SavingPaused';
import { SiteNotice } from './SiteNotice';
import { StatusLine, useFlash } from './StatusLine';
import { useLibrary } from './useLibrary';
import { timeOf, type TabContext } from './shared';

export interface PanelProps {
  store: PanelStore;
  client: SapaClient;
  onInsert: (text: string, mode: InsertMode, meta?: { templateId?: string }) => void;
  onRestore: () => void;
  onKeep: () => void;
  /** "Copy diagnostics" when the site changed under Sapa (lib/composer/site-health.ts). */
  onCopyDiagnostics?: () => void;
  /** Escape in the panel: the focus goes back to the composer at the person's caret. */
  onEscape?: () => void;
  /** The notice's Undo: the composer goes back to how it was before Sapa's last write. */
  onUndo?: () => void;
}

/**
 * The keyboard command asks for the focus in the search (`searchFocus` changes): the Templates
 * tab opens and its search box takes the focus once it is shown.
 */
function useSearchFocus(searchFocus: number, setActive: (tab: TabName) => void) {
  const search = useRef<HTMLInputElement | null>(null);
  const asked = useRef(searchFocus);
  useEffect(() => {
    if (asked.current === searchFocus) return;
    asked.current = searchFocus;
    setActive('templates');
    // The tab's panel stops being hidden in the next render: focus after it.
    const frame = requestAnimationFrame(() => search.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, [searchFocus, setActive]);
  return useCallback((element: HTMLInputElement | null) => {
    search.current = element;
  }, []);
}

/** A typed shortcut's template needs values: the Templates tab shows its form (TemplatesTab). */
function useAskedTemplate(count: number | undefined, setActive: (tab: TabName) => void) {
  useEffect(() => {
    if (count) setActive('templates');
  }, [count, setActive]);
}

/** Escape anywhere in the panel, unless a part of it (a menu, a field) used it already. */
function escapeTo(onEscape: (() => void) | undefined) {
  return (event: React.KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented || !onEscape) return;
    event.preventDefault();
    onEscape();
  };
}

/** Whether the panel shows as its tab: folded by the person, or by the dock. */
function folded(state: PanelState): boolean {
  return state.collapsed || state.dock.mode === 'tab';
}

/**
 * The panel folded away to a single button that opens it again. Folded by the person, it opens
 * beside the composer; folded for lack of room, it opens over the composer's dialog, beside the
 * text box; stepped aside for a site dialog, it waits for that dialog to close.
 */
function CollapsedPanel({
  store,
  state,
  t,
}: {
  store: PanelStore;
  state: PanelState;
  t: Translator;
}) {
  const reason = state.collapsed
    ? 'collapsed'
    : state.dock.mode === 'tab'
      ? state.dock.reason
      : null;
  // Folded beside the dialog after the press (Instagram's "Sharing…"): the tab still says that
  // the post was noticed, and then that it went out.
  const publishNotice =
    state.notice?.kind === 'publishNoticed' || state.notice?.kind === 'publishConfirmed'
      ? state.notice
      : null;
  const open = () => {
    if (state.collapsed) return state.setCollapsed(false);
    if (reason === 'noRoom') store.setState({ overDialog: true, roomHint: false });
  };
  return (
    <aside
      className="sapa-panel sapa-collapsed"
      data-theme={state.theme ?? undefined}
      role="complementary"
      aria-label={t('panel.name')}
    >
      <button
        type="button"
        className="sapa-tab"
        onClick={open}
        title={reason === 'stepAside' ? t('panel.steppedAside') : undefined}
      >
        {t('panel.expand')}
      </button>
      <SavingPaused paused={state.savingPaused} t={t} />
      {publishNotice ? (
        <StatusLine
          notice={publishNotice}
          flashState={null}
          t={t}
          platformName={t(`platform.${state.platform}` as MessageKey)}
          locale={state.locale}
        />
      ) : (
        (state.roomHint || state.overDialog) &&
        reason === 'noRoom' && (
          <p className="sapa-room-hint" role="status">
            {t('panel.noRoom')}
          </p>
        )
      )}
    </aside>
  );
}

function DraftSavedLine({ state, t }: { state: PanelState; t: Translator }) {
  if (state.draftSavedAt === null) return null;
  return (
    <p className="sapa-muted">
      {t('draft.savedAt', { time: timeOf(state.draftSavedAt, state.locale) })}
    </p>
  );
}

/** What the panel writes back into the session's store. */
function useStoreWriters(store: PanelStore) {
  const fail = useCallback(
    (error: SapaError) => store.setState({ notice: { kind: 'error', message: error.message } }),
    [store],
  );
  // The publish gate reads the ticks from the store: a required manual item holds a post.
  const onTicks = useCallback(
    (ticks: Record<string, boolean>) => {
      if (store.getState().ticks !== ticks) store.setState({ ticks });
    },
    [store],
  );
  return { fail, onTicks };
}

export function Panel({
  store,
  client,
  onInsert,
  onRestore,
  onKeep,
  onCopyDiagnostics,
  onEscape,
  onUndo,
}: PanelProps) {
  const state = useStore(store);
  const t = translator(state.locale);
  const baseId = useId();
  const platformName = t(`platform.${state.platform}` as MessageKey);
  const [active, setActive] = useState<TabName>('templates');
  const { flash, flashState } = useFlash(store);
  const { fail, onTicks } = useStoreWriters(store);
  const library = useLibrary(client, active, fail);
  const planned = usePanelPlans(client, state.platform, state.calendarChanged, fail);
  useLinkedPlan(store, planned.plans);
  const searchRef = useSearchFocus(state.searchFocus, setActive);
  useAskedTemplate(state.askTemplate?.count, setActive);

  if (folded(state)) return <CollapsedPanel store={store} state={state} t={t} />;

  const ctx: TabContext = {
    state,
    t,
    client,
    library,
    platformName,
    onInsert,
    flash,
    fail,
    onTicks,
    searchRef,
  };
  return (
    <aside
      className={state.belowHint ? 'sapa-panel sapa-hinted' : 'sapa-panel'}
      data-theme={state.theme ?? undefined}
      role="complementary"
      aria-label={t('panel.name')}
      onKeyDown={escapeTo(onEscape)}
    >
      <PanelHeader
        t={t}
        platformName={platformName}
        client={client}
        fail={fail}
        onCollapse={() => state.setCollapsed(true)}
      >
        <DuePlans
          plans={planned.plans}
          t={t}
          locale={state.locale}
          onPick={(plan) => void planned.choose(plan)}
        />
      </PanelHeader>
      <SavingPaused paused={state.savingPaused} t={t} />
      <SiteNotice issue={state.siteIssue} t={t} onCopy={onCopyDiagnostics} />
      {library.welcomePending && <WelcomePointer t={t} client={client} fail={fail} />}
      {/* A note, not a second live status: the status line below stays the panel's one voice. */}
      {state.belowHint && (
        <p className="sapa-room-hint" role="note">
          {t('panel.dockedBelow')}
        </p>
      )}
      <RestoreOffer
        state={state}
        t={t}
        titleId={`${baseId}-offer`}
        onRestore={onRestore}
        onKeep={onKeep}
      />
      {planned.plans?.chosen && (
        <PlannedPostCard
          plan={planned.plans.chosen}
          ctx={ctx}
          store={store}
          onDismiss={() => void planned.choose(null)}
        />
      )}
      <PanelTabList t={t} active={active} onSelect={setActive} baseId={baseId} />
      <PanelTabPanels active={active} baseId={baseId} ctx={ctx} />
      <StatusLine
        notice={state.notice}
        flashState={flashState}
        t={t}
        platformName={platformName}
        locale={state.locale}
        onUndo={onUndo}
      />
      <DraftSavedLine state={state} t={t} />
    </aside>
  );
}
