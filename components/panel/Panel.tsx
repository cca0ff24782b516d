import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { translator, type Translator, type MessageKey } from '@/lib/i18n';
import type { InsertMode } from '@/lib/editors/types';
import type { PanelNotice, PanelStore } from '@/lib/panel/panel-store';
import type { SapaClient, SapaError } from '@/lib/messaging';
import { ChecklistTab } from './ChecklistTab';
import { DraftsTab } from './DraftsTab';
import { HashtagsTab } from './HashtagsTab';
import { TemplatesTab } from './TemplatesTab';
import { keepComposerFocus, timeOf, type Flash, type LibraryData, type TabContext } from './shared';

export interface PanelProps {
  store: PanelStore;
  client: SapaClient;
  onInsert: (text: string, mode: InsertMode, meta?: { templateId?: string }) => void;
  onRestore: () => void;
  onKeep: () => void;
}

export const TABS = ['templates', 'hashtags', 'checklist', 'drafts'] as const;
export type TabName = (typeof TABS)[number];

const TAB_CONTENT: Record<TabName, (props: { ctx: TabContext }) => React.ReactNode> = {
  templates: TemplatesTab,
  hashtags: HashtagsTab,
  checklist: ChecklistTab,
  drafts: DraftsTab,
};

function noticeText(
  notice: PanelNotice,
  t: Translator,
  platform: string,
  locale: 'id' | 'en',
): string {
  switch (notice.kind) {
    case 'inserted':
      return t('insert.done', { platform });
    case 'restored':
      return t('draft.restored');
    case 'error':
      return notice.message[locale];
    case 'clipboard':
      return t(notice.copied ? 'insert.clipboard' : 'insert.clipboardFailed');
    case 'noComposer':
      return t('insert.noComposer');
    case 'empty':
      return t('insert.empty');
    case 'publishNoticed':
      return t('publish.noticed', { platform });
    case 'publishConfirmed':
      return t('publish.confirmed', { platform });
  }
}

const EMPTY_LIBRARY: LibraryData = { brandKit: null, checklistSettings: null, xPremium: false };

/**
 * The brand kit, checklist settings and X Premium setting, loaded on mount and again whenever
 * the person switches tab (cheap, and picks up edits made in the dashboard meanwhile).
 */
function useLibrary(client: SapaClient, refreshKey: string, fail: (e: SapaError) => void) {
  const [library, setLibrary] = useState<LibraryData>(EMPTY_LIBRARY);
  useEffect(() => {
    let current = true;
    void Promise.all([
      client.request('brandKit.get'),
      client.request('checklistSettings.get'),
      client.request('settings.get'),
    ]).then(([brand, checklist, settings]) => {
      if (!current) return;
      const failed = [brand, checklist, settings].find((r) => !r.ok);
      if (failed && !failed.ok) fail(failed.error);
      setLibrary((prev) => ({
        brandKit: brand.ok ? brand.data : prev.brandKit,
        checklistSettings: checklist.ok ? checklist.data : prev.checklistSettings,
        xPremium: settings.ok ? settings.data.xPremium : prev.xPremium,
      }));
    });
    return () => {
      current = false;
    };
  }, [client, refreshKey, fail]);
  return library;
}

function Tabs({
  t,
  active,
  onSelect,
  baseId,
}: {
  t: Translator;
  active: TabName;
  onSelect: (tab: TabName) => void;
  baseId: string;
}) {
  const refs = useRef<Partial<Record<TabName, HTMLButtonElement | null>>>({});
  const move = (event: React.KeyboardEvent) => {
    const i = TABS.indexOf(active);
    const next =
      event.key === 'ArrowRight'
        ? TABS[(i + 1) % TABS.length]
        : event.key === 'ArrowLeft'
          ? TABS[(i - 1 + TABS.length) % TABS.length]
          : event.key === 'Home'
            ? TABS[0]
            : event.key === 'End'
              ? TABS[TABS.length - 1]
              : undefined;
    if (!next) return;
    event.preventDefault();
    onSelect(next);
    refs.current[next]?.focus();
  };
  return (
    <div className="sapa-tablist" role="tablist" aria-label={t('tabs.label')} onKeyDown={move}>
      {TABS.map((tab) => (
        <button
          key={tab}
          ref={(el) => {
            refs.current[tab] = el;
          }}
          type="button"
          role="tab"
          id={`${baseId}-tab-${tab}`}
          aria-selected={tab === active}
          aria-controls={`${baseId}-panel-${tab}`}
          tabIndex={tab === active ? 0 : -1}
          className="sapa-tabbutton"
          onClick={() => onSelect(tab)}
        >
          {t(`tabs.${tab}` as MessageKey)}
        </button>
      ))}
    </div>
  );
}

export function Panel({ store, client, onInsert, onRestore, onKeep }: PanelProps) {
  const state = useStore(store);
  const t = translator(state.locale);
  const baseId = useId();
  const platformName = t(`platform.${state.platform}` as MessageKey);
  const [active, setActive] = useState<TabName>('templates');
  // A confirmation from the panel itself; it gives way as soon as the session says something new.
  const [flashState, setFlashState] = useState<(Flash & { over: PanelNotice | null }) | null>(null);
  const flash = useCallback(
    (f: Flash) => setFlashState({ ...f, over: store.getState().notice }),
    [store],
  );
  const fail = useCallback(
    (error: SapaError) => store.setState({ notice: { kind: 'error', message: error.message } }),
    [store],
  );
  const library = useLibrary(client, active, fail);
  const openDashboard = useCallback(async () => {
    const res = await client.request('dashboard.open', {});
    if (!res.ok) fail(res.error);
  }, [client, fail]);

  // The publish gate reads the ticks from the store: a required manual item holds a post.
  const onTicks = useCallback(
    (ticks: Record<string, boolean>) => {
      if (store.getState().ticks !== ticks) store.setState({ ticks });
    },
    [store],
  );
  if (state.collapsed) {
    return (
      <aside
        className="sapa-panel sapa-collapsed"
        data-theme={state.theme ?? undefined}
        role="complementary"
        aria-label={t('panel.name')}
      >
        <button type="button" className="sapa-tab" onClick={() => state.setCollapsed(false)}>
          {t('panel.expand')}
        </button>
      </aside>
    );
  }

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
  };
  const shownFlash = flashState && flashState.over === state.notice ? flashState : null;
  const warn = shownFlash
    ? shownFlash.warn
    : ['clipboard', 'noComposer', 'error'].includes(state.notice?.kind ?? '');
  const statusText = shownFlash
    ? shownFlash.text
    : state.notice
      ? noticeText(state.notice, t, platformName, state.locale)
      : '';
  const offer = state.restoreOffer;
  return (
    <aside
      className="sapa-panel"
      data-theme={state.theme ?? undefined}
      role="complementary"
      aria-label={t('panel.name')}
    >
      <header className="sapa-header">
        <strong>{t('panel.name')}</strong>
        <span className="sapa-muted">{t('panel.platform', { platform: platformName })}</span>
        <button
          type="button"
          className="sapa-secondary sapa-small"
          onClick={() => void openDashboard()}
        >
          {t('panel.openDashboard')}
        </button>
        <button
          type="button"
          className="sapa-icon"
          aria-label={t('panel.collapse')}
          title={t('panel.collapse')}
          onClick={() => state.setCollapsed(true)}
        >
          ×
        </button>
      </header>
      {offer && (
        <section className="sapa-offer" aria-labelledby={`${baseId}-offer`}>
          <h2 id={`${baseId}-offer`}>{t('draft.offerTitle')}</h2>
          <p className="sapa-muted">
            {t('draft.offerSaved', { time: timeOf(offer.savedAt, state.locale) })}
          </p>
          <p className="sapa-preview">{offer.text.slice(0, 280)}</p>
          <div className="sapa-actions">
            <button
              type="button"
              disabled={state.busy}
              onMouseDown={keepComposerFocus}
              onClick={onRestore}
            >
              {t('draft.restore')}
            </button>
            <button type="button" className="sapa-secondary" onClick={onKeep}>
              {t('draft.keep')}
            </button>
          </div>
        </section>
      )}
      <Tabs t={t} active={active} onSelect={setActive} baseId={baseId} />
      {TABS.map((tab) => {
        const Content = TAB_CONTENT[tab];
        return (
          <div
            key={tab}
            role="tabpanel"
            id={`${baseId}-panel-${tab}`}
            aria-labelledby={`${baseId}-tab-${tab}`}
            hidden={tab !== active}
            className="sapa-tabpanel"
          >
            <Content ctx={ctx} />
          </div>
        );
      })}
      <p
        className={warn ? 'sapa-notice sapa-warn' : 'sapa-notice'}
        role="status"
        aria-live="polite"
      >
        {statusText}
      </p>
      {state.draftSavedAt !== null && (
        <p className="sapa-muted">
          {t('draft.savedAt', { time: timeOf(state.draftSavedAt, state.locale) })}
        </p>
      )}
    </aside>
  );
}
