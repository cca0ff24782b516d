/**
 * What a typed shortcut becomes (pure): the template's text for this platform, filled in the way
 * the panel fills it when the template is chosen (defaults, the brand kit), or the hashtag set's
 * tags. A template that still needs a value the person must give is not written raw: the panel
 * opens on its variables form instead.
 */
import { fieldsOf, initialValues, renderFor } from '@/components/panel/template-fields';
import type { BrandKitRecord, HashtagSetRecord, PlatformId } from '@/lib/db/types';
import type { Locale } from '@/lib/i18n';
import { BOOK_LIST_VARIABLE } from '@/lib/library/book-list';
import type { TemplateView } from '@/lib/library/requests';
import { normaliseShortcut } from './shortcuts';
import type { ShortcutList } from './requests';

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

export type Expansion =
  /** Write `text` in place of the typed shortcut. */
  | { kind: 'text'; text: string; templateId?: string }
  /** Remove the typed shortcut and open the panel on the template's variables form. */
  | { kind: 'ask'; template: TemplateView };

export interface ExpandSetting {
  platform: PlatformId;
  locale: Locale;
  brandKit: BrandKitRecord | null;
}

export function expandShortcut(target: ShortcutTarget, setting: ExpandSetting): Expansion {
  if (target.kind === 'hashtagSet')
    return { kind: 'text', text: target.set.tags.map((tag) => `#${tag}`).join(' ') };
  const { template } = target;
  const ctx = { library: { brandKit: setting.brandKit }, state: { platform: setting.platform } };
  // The new-arrivals list is filled from titles the person picks in the form.
  if (fieldsOf(template, setting.platform).some((f) => f.name === BOOK_LIST_VARIABLE))
    return { kind: 'ask', template };
  const rendered = renderFor(template, initialValues(template, ctx), setting);
  if (rendered.missing.length > 0 || !rendered.text.trim()) return { kind: 'ask', template };
  return { kind: 'text', text: rendered.text, templateId: template.id };
}
