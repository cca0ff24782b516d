/**
 * The panel from the keyboard: the browser command (Alt+Shift+S by default) opens the panel with
 * the focus in its search, or closes it; Escape in the panel, or closing it, gives the focus back
 * to the composer at the caret the person left there.
 */
import { placeSelection } from '@/lib/editors/selection';
import { commandAction } from '@/lib/panel/panel-command';
import type { PanelStore } from '@/lib/panel/panel-store';

export interface PanelKeysOptions {
  store: PanelStore;
  /** The composer open in this frame, if any. */
  composer: () => HTMLElement | null;
  /** Where the caret was in the composer before the focus went into the panel. */
  savedCaret: () => Range | null;
  /** The panel's shadow host once it exists (focus inside a shadow root shows as its host). */
  panelHost: () => HTMLElement | null;
}

export interface PanelKeys {
  /** The browser command was pressed in this tab. */
  command(): void;
  /** Back to the composer at the person's caret (Escape in the panel). */
  returnToComposer(): void;
}

export function createPanelKeys(options: PanelKeysOptions): PanelKeys {
  const { store } = options;

  const returnToComposer = () => {
    const editor = options.composer();
    if (editor) placeSelection(editor, 'caret', options.savedCaret());
  };

  const open = () => {
    const state = store.getState();
    if (state.collapsed) state.setCollapsed(false);
    // Asked for by name: where there is no room beside the composer's dialog it opens over the
    // dialog, beside the text box, as a click on its tab does (beside it still comes first).
    store.setState({ overDialog: true, roomHint: false, searchFocus: state.searchFocus + 1 });
  };

  return {
    command() {
      const state = store.getState();
      const host = options.panelHost();
      const action = commandAction({
        composerOpen: options.composer() !== null,
        folded: state.collapsed || state.dock.mode === 'tab',
        steppedAside:
          !state.collapsed && state.dock.mode === 'tab' && state.dock.reason === 'stepAside',
        focusInPanel: !!host && host.ownerDocument.activeElement === host,
      });
      if (action === 'open' || action === 'focusSearch') return open();
      if (action === 'close') {
        state.setCollapsed(true);
        returnToComposer();
      }
    },
    returnToComposer,
  };
}
