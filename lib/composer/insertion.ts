import { copyToClipboard } from '@/lib/editors/clipboard';
import { insertIntoEditor } from '@/lib/editors/insert';
import type { EditorKind, InsertMode } from '@/lib/editors/types';
import type { PanelStore } from '@/lib/panel/panel-store';
import type { ComposerMatch } from '@/lib/platforms/types';

export interface InsertionOptions {
  store: PanelStore;
  editorKind: EditorKind;
  /** The composer the person last used if it is still open (otherwise the one open now). */
  liveComposer: () => ComposerMatch | null;
  /** Where the caret was in the composer before the person clicked into the panel. */
  savedCaret: () => Range | null;
  /** The panel's container once the panel exists; the clipboard fallback's scratch goes there. */
  panelContainer: () => HTMLElement | null;
  /** The inserted text came from this template (the draft keeps that). */
  onTemplateUsed: (templateId: string) => void;
}

export interface Insertion {
  /** Text from the panel, at the person's caret or over the composer's text. */
  insert(text: string, mode: InsertMode, meta?: { templateId?: string }): Promise<void>;
  /** A kept draft's text, in place of what the composer holds. */
  restore(text: string): Promise<void>;
}

/**
 * Puts text into the live composer at the caret the person left there; the person hears how it
 * went in the panel. When the text cannot land in the editor it goes to the clipboard instead.
 */
export function createInsertion(options: InsertionOptions): Insertion {
  const { store } = options;

  const write = async (text: string, mode: InsertMode, done: 'inserted' | 'restored') => {
    const match = options.liveComposer();
    const container = options.panelContainer();
    if (!container) return;
    if (!match) return store.setState({ notice: { kind: 'noComposer' } });
    store.setState({ busy: true, notice: null });
    try {
      const outcome = await insertIntoEditor({
        editor: match.element,
        kind: options.editorKind,
        text,
        mode,
        savedCaret: options.savedCaret(),
        scratchContainer: container,
      });
      store.setState({
        notice:
          outcome.status === 'inserted'
            ? { kind: done }
            : { kind: 'clipboard', copied: outcome.copied },
      });
    } catch {
      // The composer's DOM did something unexpected: the text must still reach the person.
      const copied = await copyToClipboard(text, container);
      store.setState({ notice: { kind: 'clipboard', copied } });
    } finally {
      store.setState({ busy: false });
    }
  };

  return {
    async insert(text, mode, meta) {
      if (!text.trim()) return store.setState({ notice: { kind: 'empty' } });
      if (meta?.templateId) options.onTemplateUsed(meta.templateId);
      await write(text, mode, 'inserted');
    },
    restore: (text) => write(text, 'replace', 'restored'),
  };
}
