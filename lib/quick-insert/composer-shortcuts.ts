/**
 * Shortcuts in the composer, content-script side: when the person types a space or Tab right
 * after a shortcut (`;baru`), the key does not go to the editor; the shortcut is replaced by its
 * template's or hashtag set's text through the editor's own insertion (so its state and its undo
 * follow), or removed while the panel asks for the template's missing values.
 *
 * The shortcuts are kept here (asked for once, again when the library or the settings change), so
 * the key can be decided on at once, before the editor sees it.
 */
import type { Insertion } from '@/lib/composer/insertion';
import type { BrandKitRecord } from '@/lib/db/types';
import { caretText } from '@/lib/editors/caret-text';
import type { EditorKind } from '@/lib/editors/types';
import type { SapaClient } from '@/lib/messaging';
import type { TemplateView } from '@/lib/library/requests';
import type { PanelStore } from '@/lib/panel/panel-store';
import type { ComposerMatch, PlatformId } from '@/lib/platforms/types';
import type { ExpandShortcut } from './expand';
import { shortcutTable, type ShortcutTarget } from './shortcut-table';
import { findShortcut, SHORTCUT_END_KEYS } from './shortcuts';

/**
 * What both composer watches (the shortcuts here and the picker in composer-picker.ts) work
 * with: the page, the composer, the editor's insertion and the panel.
 */
export interface ComposerWatchOptions {
  win: Window;
  signal: AbortSignal;
  client: SapaClient;
  platform: PlatformId;
  editorKind: EditorKind;
  store: PanelStore;
  insertion: Insertion;
  /** The composer open now, if any. */
  composer: () => ComposerMatch | null;
  /** The panel opens on this template's variables form. */
  ask: (template: TemplateView) => void;
  /** What a shortcut becomes, once the panel's UI brought it (lib/composer/panel-loader.ts). */
  expander: () => ExpandShortcut | null;
}

export interface ComposerShortcuts {
  /** Reads the shortcuts and the brand kit again (a composer opened, the library changed). */
  refresh(): Promise<void>;
}

/** A key that may end a shortcut: space or Tab, nothing held but Shift for the space. */
function endsShortcut(event: KeyboardEvent): boolean {
  if (event.isComposing || event.ctrlKey || event.metaKey || event.altKey) return false;
  if (!SHORTCUT_END_KEYS.includes(event.key)) return false;
  return !(event.key === 'Tab' && event.shiftKey);
}

export function watchComposerShortcuts(options: ComposerWatchOptions): ComposerShortcuts {
  const { win, store } = options;
  let table = new Map<string, ShortcutTarget>();
  let brandKit: BrandKitRecord | null = null;

  const refresh = async () => {
    const [list, brand] = await Promise.all([
      options.client.request('shortcuts.list', { platform: options.platform }),
      options.client.request('brandKit.get'),
    ]);
    if (list.ok) table = shortcutTable(list.data);
    if (brand.ok) brandKit = brand.data;
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (table.size === 0 || !endsShortcut(event)) return;
    const match = options.composer();
    const editor = match?.element;
    if (!editor || !editor.contains(win.document.activeElement)) return;
    // A plain text box (no platform's composer today) is left to type as usual.
    if (options.editorKind === 'textarea') return;
    const caret = caretText(editor, options.editorKind);
    const found = caret && findShortcut(caret.before, new Set(table.keys()));
    const target = found && table.get(found.shortcut);
    const typed = found && caret.rangeOfLast(found.end - found.start);
    // The expansion comes with the panel's UI: until it has arrived the key types as usual.
    const expandShortcut = options.expander();
    if (!target || !typed || !expandShortcut || options.insertion.expansionDeclined()) return;
    // The key would end up in the editor after the template: it only said "expand".
    event.preventDefault();
    event.stopImmediatePropagation();
    const { platform, locale } = store.getState();
    const expansion = expandShortcut(target, { platform, locale, brandKit });
    if (expansion.kind === 'text') {
      const meta = expansion.templateId ? { templateId: expansion.templateId } : undefined;
      void options.insertion.expand(typed, expansion.text, meta);
    } else {
      void options.insertion.removeTyped(typed).then(() => options.ask(expansion.template));
    }
  };

  // Capture on the window: before the editor's own key handling on the composer.
  win.addEventListener('keydown', onKeyDown, { capture: true, signal: options.signal });
  return { refresh };
}
