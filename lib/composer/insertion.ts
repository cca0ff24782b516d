import { selectRange } from '@/lib/editors/caret-text';
import { copyToClipboard } from '@/lib/editors/clipboard';
import { deleteSelection } from '@/lib/editors/delete';
import { undoInEditor } from '@/lib/editors/history';
import { insertIntoEditor } from '@/lib/editors/insert';
import { readEditorText } from '@/lib/editors/read';
import { nextFrame, settleSelection } from '@/lib/editors/selection';
import type { EditorKind, InsertMode } from '@/lib/editors/types';
import type { PanelStore } from '@/lib/panel/panel-store';
import type { ComposerMatch } from '@/lib/platforms/types';
import { afterHistoryUndo, undoStart, type UndoRecord } from './undo-plan';

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
  /** Puts the composer back as it was before Sapa's last write (the notice's Undo). */
  undo(): Promise<void>;
  /**
   * A typed shortcut (`typed`, a range over it in the composer) becomes `text`, as an insertion
   * the notice's Undo takes back (to the shortcut as typed).
   */
  expand(typed: Range, text: string, meta?: { templateId?: string }): Promise<void>;
  /** A typed shortcut goes, with nothing in its place (the panel asks for the values first). */
  removeTyped(typed: Range): Promise<void>;
  /**
   * The person undid a shortcut's expansion and the composer is still as Undo left it: the key
   * they type next after the shortcut is theirs, not a second expansion.
   */
  expansionDeclined(): boolean;
}

/** How long the editor's own undo may take to show (Draft.js re-renders after a timeout). */
const UNDO_WAIT_FRAMES = 10;

/** Waits until the editor's text is no longer `from`, for a few frames at most. */
async function textChange(read: () => string, from: string, win: Window): Promise<string> {
  for (let frame = 0; frame < UNDO_WAIT_FRAMES; frame += 1) {
    await nextFrame(win);
    const now = read();
    if (now !== from) return now;
  }
  return read();
}

/**
 * Puts text into the live composer at the caret the person left there; the person hears how it
 * went in the panel. When the text cannot land in the editor it goes to the clipboard instead.
 */
export function createInsertion(options: InsertionOptions): Insertion {
  const { store } = options;
  const readText = (match: ComposerMatch) => readEditorText(match.element, options.editorKind);
  let last: UndoRecord | null = null;
  /** Whether `last` is a shortcut's expansion; and the composer an Undo of one left behind. */
  let lastIsExpansion = false;
  let declined: { composerKey: string; text: string } | null = null;

  /** Sapa's write as an insertion, for the restore step of an undo (no notice of its own). */
  const writeQuietly = async (match: ComposerMatch, text: string, container: HTMLElement) =>
    insertIntoEditor({
      editor: match.element,
      kind: options.editorKind,
      text,
      mode: 'replace',
      savedCaret: null,
      scratchContainer: container,
    });

  const undo = async () => {
    const match = options.liveComposer();
    const container = options.panelContainer();
    const record = last;
    const start = undoStart(record, match && { composerKey: match.key, text: readText(match) });
    // Nothing to take back here (another composer now, or already undone): the offer goes.
    if (!record || !match || !container || start === 'none')
      return store.setState({ notice: null });
    last = null;
    const wasExpansion = lastIsExpansion;
    if (start === 'changed') return store.setState({ notice: { kind: 'undoChanged' } });
    store.setState({ busy: true, notice: null });
    try {
      const win = match.element.ownerDocument.defaultView ?? window;
      if (undoInEditor(match.element, options.editorKind))
        await textChange(() => readText(match), record.after, win);
      let next = afterHistoryUndo(record, readText(match));
      if (next === 'restore') {
        const outcome = await writeQuietly(match, record.before, container);
        next = outcome.status === 'inserted' ? 'undone' : 'failed';
      }
      store.setState({ notice: { kind: next === 'undone' ? 'undone' : 'undoFailed' } });
      if (next === 'undone' && wasExpansion)
        declined = { composerKey: match.key, text: readText(match) };
    } catch {
      store.setState({ notice: { kind: 'undoFailed' } });
    } finally {
      store.setState({ busy: false });
    }
  };

  const write = async (
    text: string,
    mode: InsertMode,
    done: 'inserted' | 'restored',
    caret: Range | null = options.savedCaret(),
  ) => {
    const match = options.liveComposer();
    const container = options.panelContainer();
    if (!container) return;
    if (!match) return store.setState({ notice: { kind: 'noComposer' } });
    store.setState({ busy: true, notice: null });
    last = null;
    lastIsExpansion = false;
    declined = null;
    try {
      const before = readText(match);
      const outcome = await insertIntoEditor({
        editor: match.element,
        kind: options.editorKind,
        text,
        mode,
        savedCaret: caret,
        scratchContainer: container,
      });
      if (outcome.status === 'inserted')
        last = { composerKey: match.key, before, after: readText(match) };
      store.setState({
        notice:
          outcome.status === 'inserted'
            ? { kind: done, undoable: true }
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
    undo,
    async expand(typed, text, meta) {
      if (meta?.templateId) options.onTemplateUsed(meta.templateId);
      // The live selection over the shortcut is what the editor replaces (placeSelection keeps a
      // selection the focused composer already has).
      selectRange(typed);
      await write(text, 'caret', 'inserted', typed);
      lastIsExpansion = last !== null;
    },
    async removeTyped(typed) {
      const match = options.liveComposer();
      if (!match) return;
      selectRange(typed);
      const win = match.element.ownerDocument.defaultView ?? window;
      await settleSelection(win);
      deleteSelection(match.element, options.editorKind);
    },
    expansionDeclined() {
      const match = options.liveComposer();
      if (!declined || !match || match.key !== declined.composerKey) return false;
      if (readText(match) === declined.text) return true;
      // Written in since: shortcuts work again.
      declined = null;
      return false;
    },
  };
}
