/**
 * The library's shortcuts as a table from the typed word to its item. Pure, and apart from
 * expand.ts: the content script builds this table on every composer page, while rendering a
 * template comes with the panel's UI.
 */
import type { HashtagSetRecord } from '@/lib/db/types';
import type { TemplateView } from '@/lib/library/requests';
import type { ShortcutList } from './requests';
import { normaliseShortcut } from './shortcuts';

export type ShortcutTarget =
  { kind: 'template'; template: TemplateView } | { kind: 'hashtagSet'; set: HashtagSetRecord };

/**
 * The library's shortcuts, each to its item. Two items with one shortcut (arrived by two packs, or
 * by two team members at once): templates win over hashtag sets, then the first by name.
 */
export function shortcutTable(list: ShortcutList | null): Map<string, ShortcutTarget> {
  const table = new Map<string, ShortcutTarget>();
  if (!list?.enabled) return table;
  for (const template of list.templates) {
    const key = normaliseShortcut(template.shortcut ?? '');
    if (key && !table.has(key)) table.set(key, { kind: 'template', template });
  }
  for (const set of list.hashtagSets) {
    const key = normaliseShortcut(set.shortcut ?? '');
    if (key && !table.has(key)) table.set(key, { kind: 'hashtagSet', set });
  }
  return table;
}
