/** The panel's tabs: a tab list moved through with the arrow keys, Home and End, and its panels. */
import { startTransition, useEffect, useRef, useState } from 'react';
import type { Translator, MessageKey } from '@/lib/i18n';
import { ChecklistTab } from './ChecklistTab';
import { DraftsTab } from './DraftsTab';
import { HashtagsTab } from './HashtagsTab';
import { TemplatesTab } from './TemplatesTab';
import type { TabContext } from './shared';

export const TABS = ['templates', 'hashtags', 'checklist', 'drafts'] as const;
export type TabName = (typeof TABS)[number];

const TAB_CONTENT: Record<TabName, (props: { ctx: TabContext }) => React.ReactNode> = {
  templates: TemplatesTab,
  hashtags: HashtagsTab,
  checklist: ChecklistTab,
  drafts: DraftsTab,
};

/** The tab a key moves to from `active` (wrapping round), or undefined for other keys. */
function tabForKey(key: string, active: TabName): TabName | undefined {
  const i = TABS.indexOf(active);
  switch (key) {
    case 'ArrowRight':
      return TABS[(i + 1) % TABS.length];
    case 'ArrowLeft':
      return TABS[(i - 1 + TABS.length) % TABS.length];
    case 'Home':
      return TABS[0];
    case 'End':
      return TABS[TABS.length - 1];
    default:
      return undefined;
  }
}

export function PanelTabList({
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
    const next = tabForKey(event.key, active);
    if (!next) return;
    event.preventDefault();
    onSelect(next);
    // Roving focus: only the selected tab is in the Tab order, so focus follows the selection.
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

/**
 * False for the panel's first render, true from the render after it (a transition, which yields
 * to the page and to the person's input).
 */
function useAfterFirstRender(): boolean {
  const [after, setAfter] = useState(false);
  useEffect(() => {
    startTransition(() => setAfter(true));
  }, []);
  return after;
}

/**
 * Every tab's panel stays mounted (hidden when not selected) so a tab keeps its state. The
 * selected tab's content renders first and the hidden tabs' content right after: the panel a
 * person sees is ready without waiting for tabs they cannot see (in a new tab the panel's code is
 * compiled as it first runs, so each tab rendered costs its compilation too).
 */
export function PanelTabPanels({
  active,
  baseId,
  ctx,
}: {
  active: TabName;
  baseId: string;
  ctx: TabContext;
}) {
  const hiddenTabsMounted = useAfterFirstRender();
  return TABS.map((tab) => {
    const Content = TAB_CONTENT[tab];
    const mounted = tab === active || hiddenTabsMounted;
    return (
      <div
        key={tab}
        role="tabpanel"
        id={`${baseId}-panel-${tab}`}
        aria-labelledby={`${baseId}-tab-${tab}`}
        hidden={tab !== active}
        className="sapa-tabpanel"
      >
        {mounted && <Content ctx={ctx} />}
      </div>
    );
  });
}
