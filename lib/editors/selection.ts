/** Caret handling for contenteditable composers. */

function textNodes(root: Node): Text[] {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

/** Whether the saved range still points inside the composer (the editor may have re-rendered). */
export function rangeIsUsable(range: Range | null, editor: HTMLElement): range is Range {
  return (
    !!range &&
    range.startContainer.isConnected &&
    range.endContainer.isConnected &&
    editor.contains(range.startContainer) &&
    editor.contains(range.endContainer)
  );
}

export function selectionInside(editor: HTMLElement): Range | null {
  const selection = editor.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  return editor.contains(range.startContainer) && editor.contains(range.endContainer)
    ? range
    : null;
}

/** Selects the whole text of the editor, from its first text node to the end of its last. */
function rangeOverAllText(editor: HTMLElement): Range {
  const range = editor.ownerDocument.createRange();
  const nodes = textNodes(editor);
  const first = nodes[0];
  const last = nodes[nodes.length - 1];
  if (first && last) {
    range.setStart(first, 0);
    range.setEnd(last, last.data.length);
  } else {
    range.selectNodeContents(editor);
  }
  return range;
}

function rangeAtEnd(editor: HTMLElement): Range {
  const range = rangeOverAllText(editor);
  range.collapse(false);
  return range;
}

/**
 * Focuses the editor and puts the selection where the text should go: the person's caret
 * (kept from before they clicked into Sapa's panel), the end when there is none, or everything
 * for "replace". The editors learn about the new selection from `selectionchange`, which fires
 * asynchronously, so callers wait with `settleSelection` before inserting.
 */
export function placeSelection(
  editor: HTMLElement,
  mode: 'caret' | 'replace',
  savedCaret: Range | null,
): void {
  const doc = editor.ownerDocument;
  const hadFocus = doc.activeElement === editor || editor.contains(doc.activeElement);
  // Still focused (an Insert button keeps focus on mousedown): the live caret is the person's.
  if (mode === 'caret' && hadFocus && selectionInside(editor)) return;
  // Focusing puts the browser's caret at the start, so the saved caret is restored after it.
  if (!hadFocus) editor.focus({ preventScroll: true });
  const selection = doc.getSelection();
  if (!selection) return;
  let range: Range;
  if (mode === 'replace') range = rangeOverAllText(editor);
  else if (rangeIsUsable(savedCaret, editor)) range = savedCaret.cloneRange();
  else range = rangeAtEnd(editor);
  selection.removeAllRanges();
  selection.addRange(range);
}

/** Waits for the queued `selectionchange` to reach the editor, then one frame. */
export function settleSelection(win: Window): Promise<void> {
  return new Promise((resolve) => {
    win.setTimeout(() => win.requestAnimationFrame(() => resolve()), 0);
  });
}

export function nextFrame(win: Window): Promise<void> {
  return new Promise((resolve) => win.requestAnimationFrame(() => win.setTimeout(resolve, 0)));
}
