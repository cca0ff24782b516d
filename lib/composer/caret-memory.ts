/**
 * Remembers where the person's caret was in the composer, so that after they click into the
 * panel (which takes focus) Sapa can still insert at that spot.
 */
export function rememberCaret(
  doc: Document,
  composer: () => HTMLElement | null,
  signal: AbortSignal,
): () => Range | null {
  let saved: Range | null = null;
  const save = () => {
    const editor = composer();
    const selection = doc.getSelection();
    if (!editor || !selection || selection.rangeCount === 0) return;
    const range = selection.getRangeAt(0);
    if (editor.contains(range.startContainer)) saved = range.cloneRange();
  };
  doc.addEventListener('selectionchange', save, { signal });
  // `selectionchange` is queued: after a quick last arrow key its event can arrive only once focus
  // has moved into the panel, too late to read. At focusout the caret is still in the editor.
  doc.addEventListener('focusout', save, { capture: true, signal });
  return () => saved;
}
