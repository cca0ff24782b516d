import { createContext, useContext } from 'react';
import { displayTag, type Repositories, type SapaDb } from '@/lib/db';
import type { Locale, Translator } from '@/lib/i18n';
import type { SapaClient } from '@/lib/messaging/client';

import type { PrefsStorage } from '@/lib/panel/panel-prefs';
import { dateFormat } from '@/lib/i18n/formats';

export interface Notice {
  id: number;
  kind: 'status' | 'error';
  text: string;
  action?: { label: string; run: () => void | Promise<unknown> };
}

export interface DashboardEnv {
  db: SapaDb;
  repos: Repositories;
  memberId: string;
  locale: Locale;
  t: Translator;
  /** Shows a message in the status area, with an optional action (e.g. Undo). */
  notify: (text: string, action?: Notice['action']) => void;
  /**
   * Shows a failure in the UI language; nothing fails silently. `what`, already translated, says
   * what did not happen (and what stays as it was) before the reason.
   */
  fail: (error: unknown, what?: string) => void;
  /** Saves a file on the person's computer. */
  download: (blob: Blob, filename: string) => void;
  /** Opens a URL in a new tab. */
  openTab: (url: string) => void;
  /** Requests to the background, which owns sync and subscriptions (and their secrets). */
  background: SapaClient;
  /**
   * Asks the person to let Sapa reach one origin (`https://host/*`), for a team server or a
   * published library. Must be called straight from a click: browsers require the gesture.
   */
  requestOrigin: (pattern: string) => Promise<boolean>;
  /** Asks for an optional API permission (notifications, for reminders); also from a click. */
  requestPermission: (permission: 'notifications') => Promise<boolean>;
  /** The panel's per-site preferences (browser.storage.local), which the welcome sets. */
  panelPrefs: PrefsStorage;
}

export const DashboardContext = createContext<DashboardEnv | null>(null);

export function useDashboard(): DashboardEnv {
  const env = useContext(DashboardContext);
  if (!env) throw new Error('useDashboard outside <Dashboard>');
  return env;
}

/** Text stored in both languages, in the UI language. */
export function pick(text: { id: string; en: string }, locale: Locale): string {
  return text[locale] || text.en || text.id;
}

/** The pieces of a typed list of tags: spaces, new lines, commas and semicolons separate them. */
export function tagPieces(text: string): string[] {
  return text.split(/[\s,;]+/).filter(Boolean);
}

/** The tags of a typed list, in display form (without '#'), each once. */
export function typedTags(text: string): string[] {
  return [...new Set(tagPieces(text).map(displayTag).filter(Boolean))];
}

/** One entry per line; blank lines dropped. */
export function lines(text: string): string[] {
  return text
    .split(/\r\n|\n|\r/)
    .map((l) => l.trim())
    .filter(Boolean);
}

/** Dates with a time as the UI language writes them, for "saved at" and "checked at". */
export function dateTimeFormat(locale: Locale): Intl.DateTimeFormat {
  return dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
}

export function today(now = Date.now()): string {
  return new Date(now).toISOString().slice(0, 10);
}
