/**
 * What the panel's tabs share: the context they receive, request loading with visible errors,
 * length and hashtag counts for the platform, and small display helpers.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { PLATFORM_LIMITS, extractHashtags, measurePost } from '@/lib/checklist';
import type { Translator, Locale, MessageKey } from '@/lib/i18n';
import { dateFormat, numberFormat } from '@/lib/i18n/formats';
import type { InsertMode } from '@/lib/editors/types';
import type { PanelState } from '@/lib/panel/panel-store';
import type { SapaClient, SapaError, SapaResponse } from '@/lib/messaging';
import type { BrandKitRecord, ChecklistSettingsRecord, PlatformId } from '@/lib/db/types';

/** Library data several tabs need; loaded once by the panel and again when a tab is opened. */
export interface LibraryData {
  brandKit: BrandKitRecord | null;
  checklistSettings: ChecklistSettingsRecord | null;
  xPremium: boolean;
  /** The first-run welcome is not finished: the panel points to it. */
  welcomePending: boolean;
}

/** A message for the panel's status line, in the UI language. */
export type Flash = { text: string; warn: boolean };

export interface TabContext {
  state: PanelState;
  t: Translator;
  client: SapaClient;
  library: LibraryData;
  platformName: string;
  onInsert: (text: string, mode: InsertMode, meta?: { templateId?: string }) => void;
  /** Shows a confirmation or an error in the status line. */
  flash: (flash: Flash) => void;
  /** Shows a failed request's message, in the UI language, in the status line. */
  fail: (error: SapaError) => void;
  /** The manual ticks changed (the publish gate needs them). */
  onTicks?: (ticks: Record<string, boolean>) => void;
  /** The Templates tab's search box, which the keyboard command puts the focus in. */
  searchRef?: (element: HTMLInputElement | null) => void;
}

/** Keeps the composer's focus and caret when a panel button is pressed with the mouse. */
export const keepComposerFocus = (event: React.MouseEvent) => event.preventDefault();

export interface Loaded<T> {
  data: T | undefined;
  error: SapaError | null;
  loading: boolean;
  reload: () => void;
}

/**
 * Runs a request when `key` changes (and on `reload`); a newer request wins over an older one
 * that answers late. Errors are kept for display, never dropped.
 */
export function useRequest<T>(
  run: () => Promise<SapaResponse<T>>,
  key: string,
  enabled = true,
): Loaded<T> {
  const [result, setResult] = useState<{ data?: T; error: SapaError | null; key: string | null }>({
    error: null,
    key: null,
  });
  const [tick, setTick] = useState(0);
  const runRef = useRef(run);
  useEffect(() => {
    runRef.current = run;
  });
  const fullKey = `${key}#${tick}`;
  useEffect(() => {
    if (!enabled) return;
    let current = true;
    void runRef.current().then((res) => {
      if (!current) return;
      setResult((prev) =>
        res.ok
          ? { data: res.data, error: null, key: fullKey }
          : { data: prev.data, error: res.error, key: fullKey },
      );
    });
    return () => {
      current = false;
    };
  }, [fullKey, enabled]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  return {
    data: result.data,
    error: result.error,
    loading: enabled && result.key !== fullKey,
    reload,
  };
}

/** The hashtag ceiling to count against: the platform's hard limit, else its recommendation. */
export function hashtagCeiling(platform: PlatformId): { max: number; hard: boolean } | null {
  const limits = PLATFORM_LIMITS[platform];
  if (limits.maxHashtags) return { max: limits.maxHashtags.value, hard: true };
  if (limits.recommendedHashtags) return { max: limits.recommendedHashtags.value.max, hard: false };
  return null;
}

/** The distinct hashtags of a text, by their normalised id. */
export function hashtagIds(text: string): Set<string> {
  return new Set(extractHashtags(text).map((h) => h.normalised));
}

// Formatters are made once per language (lib/i18n/formats.ts): the panel counts on every
// keystroke and dates every draft and revision in its list.
export function formatNumber(n: number, locale: Locale): string {
  return numberFormat(locale).format(n);
}

/** A moment as the person reads it: "4 Des 2026, 14.30". */
export function timeOf(at: number, locale: Locale): string {
  return dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
}

/** "123 / 280 characters", marked when over the limit. */
export function LengthCount({
  text,
  ctx,
  id,
}: {
  text: string;
  ctx: Pick<TabContext, 'state' | 't' | 'library'>;
  id?: string;
}) {
  const { state, t, library } = ctx;
  const { used: count, limit: max } = measurePost(text, state.platform, library.xPremium);
  const over = count > max;
  return (
    <p id={id} className={over ? 'sapa-count sapa-warn' : 'sapa-count sapa-muted'}>
      {t('count.length', {
        count: formatNumber(count, state.locale),
        max: formatNumber(max, state.locale),
      })}
      {over && ` — ${t('count.lengthOver', { over: formatNumber(count - max, state.locale) })}`}
    </p>
  );
}

/** An inline message for a request that failed, in the UI language. */
export function ErrorLine({ error, locale }: { error: SapaError | null; locale: Locale }) {
  if (!error) return null;
  return (
    <p className="sapa-error" role="alert">
      {error.message[locale]}
    </p>
  );
}

export function Loading({ t }: { t: Translator }) {
  return <p className="sapa-muted">{t('common.loading')}</p>;
}

export const key = (k: string) => k as MessageKey;
