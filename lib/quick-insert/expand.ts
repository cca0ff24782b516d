/**
 * What a typed shortcut becomes (pure): the template's text for this platform, filled in the way
 * the panel fills it when the template is chosen (defaults, the brand kit), or the hashtag set's
 * tags. A template that still needs a value the person must give is not written raw: the panel
 * opens on its variables form instead.
 */
import { fieldsOf, initialValues, renderFor } from '@/components/panel/template-fields';
import type { BrandKitRecord, PlatformId } from '@/lib/db/types';
import type { Locale } from '@/lib/i18n';
import { BOOK_LIST_VARIABLE } from '@/lib/library/book-list';
import type { TemplateView } from '@/lib/library/requests';
import type { ShortcutTarget } from './shortcut-table';

// The table lives beside the shortcuts (no template rendering), for the content script's use.
export { shortcutTable, type ShortcutTarget } from './shortcut-table';

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

/** The expansion's type: the content script gets `expandShortcut` with the panel's UI. */
export type ExpandShortcut = (target: ShortcutTarget, setting: ExpandSetting) => Expansion;

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
