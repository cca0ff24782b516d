import { createStore } from 'zustand/vanilla';
import type { Locale } from '@/lib/i18n';
import type { LocalizedText } from '@/lib/db/types';
import type { PlatformId } from '@/lib/platforms/types';
import type { SiteIssue } from '@/lib/platforms/site-check';
import type { RestoreOffer } from '@/lib/drafts/draft-keeper';
import type { TabPlace } from './dock';
import type { TemplateView } from '@/lib/library/requests';

export type PanelNotice =
  /** `undoable`: Sapa kept the text from before, so the notice offers Undo. */
  | { kind: 'inserted'; undoable?: boolean }
  | { kind: 'restored'; undoable?: boolean }
  /** Undo put the composer back; or left it, the person having written in it since; or failed. */
  | { kind: 'undone' }
  | { kind: 'undoChanged' }
  | { kind: 'undoFailed' }
  | { kind: 'clipboard'; copied: boolean }
  | { kind: 'noComposer' }
  | { kind: 'empty' }
  /** `unchecked`: the checklist would have held it, but Sapa could not show why (see lib/gate). */
  | { kind: 'publishNoticed'; unchecked?: 'noComposer' | 'noDialog' }
  | { kind: 'publishConfirmed' }
  /** "Copy diagnostics" put the report on the clipboard, or could not. */
  | { kind: 'diagnostics'; copied: boolean }
  /** A failure reported by the background, already worded in both languages. */
  | { kind: 'error'; message: LocalizedText };

export interface PanelState {
  platform: PlatformId;
  locale: Locale;
  composerKey: string | null;
  collapsed: boolean;
  caption: string;
  notice: PanelNotice | null;
  busy: boolean;
  restoreOffer: RestoreOffer | null;
  draftSavedAt: number | null;
  /** The composer's current text, kept fresh for the live checklist and counts. */
  composerText: string;
  /** The draft that holds this composer's text, once saved (manual ticks are kept with it). */
  draftId: string | null;
  /** Manual checklist items the person ticked for this composer, by rule id. */
  ticks: Record<string, boolean>;
  /** The site's own theme, when it has one the panel should match. */
  theme: 'light' | 'dark' | null;
  /**
   * The site changed under Sapa here: a composer without its publish button, or a publish button
   * without a composer (lib/platforms/site-check.ts). The check before posting is off.
   */
  siteIssue: SiteIssue | null;
  /** Where the dock put the panel: open beside the composer, or folded to its tab, and why. */
  dock: { mode: 'panel'; below: boolean } | { mode: 'tab'; reason: TabPlace['reason'] };
  /**
   * The person opened the panel although there is no room beside the composer's dialog: it opens
   * over the dialog's other parts, beside the text box (until the composer changes).
   */
  overDialog: boolean;
  /** The one-time word on the tab that there was no room beside the composer. */
  roomHint: boolean;
  /** The one-time word in the open panel that it went below the composer for lack of room beside. */
  belowHint: boolean;
  /**
   * Drafts are not being saved: several saves in a row failed (`failing`; Sapa keeps trying), or
   * this page's copy of Sapa lost its connection to the extension (`contextLost`: updated or
   * reloaded, and no newer copy took over), or the browser's storage is full (`storageFull`: the
   * person has to free space), or an older copy of Sapa keeps its database from opening after an
   * update (`blocked`: the person closes that tab or restarts the browser). Shown until a save
   * works again.
   */
  savingPaused: 'failing' | 'contextLost' | 'storageFull' | 'blocked' | null;
  /**
   * Counts the requests to put the focus in the panel's search (the keyboard command): the panel
   * acts on each change, opening its Templates tab.
   */
  searchFocus: number;
  /**
   * A typed shortcut's template needs values the person must give: the panel opens on its
   * variables form (`count` tells one request from the next for the same template).
   */
  askTemplate: { template: TemplateView; count: number } | null;
  /**
   * The picker at the caret is open (lib/quick-insert/composer-picker.ts), standing where the
   * caret is; `count` tells one opening from the next.
   */
  quickPicker: { count: number; place: PickerPlace } | null;
  /** Seconds of the video chosen for the post, when the page shows one (TikTok), else null. */
  videoSeconds: number | null;
  /**
   * Counts the changes to the calendar and what its plans show (plans, the post log, templates,
   * hashtag sets, the brand kit): the panel reads its plans again on each.
   */
  calendarChanged: number;
  /**
   * The planned post this tab is for, as the checklist and the publish gate read it (its
   * "approved" check, docs/checklist.md item 19); null when the post has no plan.
   */
  linkedPlan: { title: string; approved: boolean } | null;
  setCaption(caption: string): void;
  setCollapsed(collapsed: boolean): void;
}

/** The panel's UI state, kept outside React so it survives the panel being remounted. */
export function createPanelStore(platform: PlatformId, locale: Locale) {
  return createStore<PanelState>()((set) => ({
    platform,
    locale,
    composerKey: null,
    collapsed: false,
    caption: '',
    notice: null,
    busy: false,
    restoreOffer: null,
    draftSavedAt: null,
    composerText: '',
    draftId: null,
    ticks: {},
    theme: null,
    siteIssue: null,
    dock: { mode: 'panel', below: false },
    overDialog: false,
    roomHint: false,
    belowHint: false,
    videoSeconds: null,
    calendarChanged: 0,
    linkedPlan: null,
    searchFocus: 0,
    askTemplate: null,
    quickPicker: null,
    savingPaused: null,
    setCaption: (caption) => set({ caption }),
    // Folding the panel by hand also ends "open over the dialog": opening it again starts over.
    setCollapsed: (collapsed) => set(collapsed ? { collapsed, overDialog: false } : { collapsed }),
  }));
}

/**
 * What the panel resets when the composer changes: the new composer has its own draft and its
 * own manual ticks, which the draft keeper and the checklist tab fill in again; and the panel
 * docks beside it afresh (folded again if there is no room).
 */
export function freshComposerState(
  composerKey: string | null,
): Pick<PanelState, 'composerKey' | 'draftSavedAt' | 'draftId' | 'ticks' | 'overDialog'> {
  return { composerKey, draftSavedAt: null, draftId: null, ticks: {}, overDialog: false };
}

export type PanelStore = ReturnType<typeof createPanelStore>;

/** Where the picker stands in the viewport: below the caret, or above it near the bottom. */
export type PickerPlace = { left: number; top: number } | { left: number; bottom: number };
