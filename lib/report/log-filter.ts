/** The post log page's search and filters, pure so a long log filters the same in tests. */
import { foldForSearch, type PlatformId, type PostLogRecord } from '@/lib/db';
import { monthOf } from './calendar';
import type { TemplateInfo } from './build';

export interface LogFilter {
  query: string;
  platform: PlatformId | '';
  /** 'YYYY-MM' in the time zone, or '' for every month. */
  month: string;
  /** A template id, or '' for any. */
  templateId: string;
  overriddenOnly: boolean;
}

export const NO_FILTER: LogFilter = {
  query: '',
  platform: '',
  month: '',
  templateId: '',
  overriddenOnly: false,
};

/** The entries the filter keeps, in the order given (the log is newest first). */
export function filterLog(
  entries: readonly PostLogRecord[],
  filter: LogFilter,
  timeZone: string,
  templates: ReadonlyMap<string, TemplateInfo> = new Map(),
): PostLogRecord[] {
  const words = foldForSearch(filter.query).split(/\s+/).filter(Boolean);
  return entries.filter((entry) => {
    if (filter.platform && entry.platform !== filter.platform) return false;
    if (filter.templateId && entry.templateId !== filter.templateId) return false;
    if (filter.overriddenOnly && !entry.override) return false;
    if (filter.month && monthOf(entry.at, timeZone) !== filter.month) return false;
    if (words.length === 0) return true;
    const haystack = foldForSearch(
      [
        entry.text,
        entry.category ?? '',
        templates.get(entry.templateId ?? '')?.name ?? '',
        entry.account ?? '',
      ].join(' '),
    );
    return words.every((word) => haystack.includes(word));
  });
}

/** The months that have entries, newest first, for the month filter and the report's picker. */
export function monthsInLog(
  entries: readonly Pick<PostLogRecord, 'at'>[],
  timeZone: string,
): string[] {
  const months = new Set<string>();
  for (const entry of entries) months.add(monthOf(entry.at, timeZone));
  return [...months].sort().reverse();
}
