/**
 * The connected catalogue as Sapa keeps it: one personal setting (`catalogue`, not synced, no
 * secret in it) with the base address, the last good list, what the last refresh said, and the
 * titles already posted. Pure: the background reads and writes it through the settings
 * repository; the dashboard reads it live from the database.
 */
import type { LocalizedText } from '@/lib/db/types';
import type { CatalogueTitle } from './types';

export interface CatalogueState {
  /** The OPAC's base address (normalised, ends in '/'). */
  base: string;
  connectedAt: number;
  /** The last good list, newest first. */
  titles: CatalogueTitle[];
  /** Titles in the whole catalogue, when the last read said. */
  total: number | null;
  /** When the last refresh ended (good or not); null before the first. */
  refreshedAt: number | null;
  /** What the last refresh said about the list (kept last good list, partial, empty…). */
  notices: LocalizedText[];
  /** Ids of titles already posted: left out of "new arrivals". */
  posted: string[];
  lastPostedAt: number | null;
}

/** Where a refresh is, for the dashboard's progress line (a separate, short-lived setting). */
export interface CatalogueProgress {
  step: 'titles' | 'call-numbers' | 'details' | 'done';
  /** Pages or records read so far in this step. */
  done: number;
  at: number;
}

declare module '@/lib/db/repositories/settings' {
  interface SettingsMap {
    /** Written by the background only (lib/catalogue). */
    catalogue: CatalogueState | null;
    catalogueProgress: CatalogueProgress | null;
  }
}

/** How many posted ids are remembered: far more than a catalogue's new arrivals ever hold. */
export const MAX_POSTED_IDS = 2000;

export function connectedState(base: string, now: number): CatalogueState {
  return {
    base,
    connectedAt: now,
    titles: [],
    total: null,
    refreshedAt: null,
    notices: [],
    posted: [],
    lastPostedAt: null,
  };
}

/** The titles not posted yet, newest first: what "new arrivals" offers. */
export function newArrivalsOf(state: Pick<CatalogueState, 'titles' | 'posted'>): CatalogueTitle[] {
  const posted = new Set(state.posted);
  return state.titles.filter((title) => !posted.has(title.biblioId));
}

/** Remembers titles as posted (the newest ids kept when the list grows past its bound). */
export function markPosted(state: CatalogueState, ids: string[], now: number): CatalogueState {
  const known = new Set(state.titles.map((title) => title.biblioId));
  const fresh = ids.filter((id) => known.has(id) && !state.posted.includes(id));
  if (fresh.length === 0) return state;
  return {
    ...state,
    posted: [...state.posted, ...fresh].slice(-MAX_POSTED_IDS),
    lastPostedAt: now,
  };
}
