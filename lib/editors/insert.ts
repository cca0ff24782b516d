import { copyToClipboard } from './clipboard';
import { methodsFor } from './methods';
import { readEditorText } from './read';
import { nextFrame, placeSelection, settleSelection } from './selection';
import { insertionLanded, normaliseEditorText } from './text';
import type { EditorKind, InsertMode, InsertOutcome } from './types';

export interface InsertRequest {
  editor: HTMLElement;
  kind: EditorKind;
  text: string;
  mode: InsertMode;
  /** The caret the person left in the composer before clicking into the panel. */
  savedCaret: Range | null;
  /** Where a scratch element for the clipboard fallback may be added (the panel's shadow root). */
  scratchContainer: Element;
}

/**
 * Inserts text so it lands in the editor's own state: one method at a time, verified by reading
 * the text back, stopping at the first that lands. If a method changed the text without landing
 * in full, no further method runs (that would duplicate text); the person gets the clipboard.
 */
export async function insertIntoEditor(request: InsertRequest): Promise<InsertOutcome> {
  const { editor, kind, text, mode } = request;
  const win = editor.ownerDocument.defaultView ?? window;
  placeSelection(editor, mode, request.savedCaret);
  await settleSelection(win);
  const before = readEditorText(editor, kind);

  for (const method of methodsFor(kind, text)) {
    try {
      method.apply(editor, text);
    } catch {
      continue;
    }
    await nextFrame(win);
    const after = readEditorText(editor, kind);
    if (insertionLanded(before, after, text, mode))
      return { status: 'inserted', method: method.name };
    if (normaliseEditorText(after) !== normaliseEditorText(before)) {
      const copied = await copyToClipboard(text, request.scratchContainer);
      return { status: 'clipboard', copied, reason: 'partial' };
    }
    // Nothing changed: the editor ignored this method, so the next one cannot duplicate.
    if (mode === 'replace') placeSelection(editor, mode, null);
  }
  const copied = await copyToClipboard(text, request.scratchContainer);
  return { status: 'clipboard', copied, reason: 'nothing-landed' };
}
