/**
 * The text of the caret's paragraph up to the caret, and a range over its last characters: what
 * a composer shortcut needs to find the word just typed and select it for replacing. The editors
 * keep one element per paragraph (Lexical: a child of the root; Draft.js: `[data-block]`), so a
 * word never spans two of them.
 */
import type { EditorKind } from './types';

export interface CaretText {
  /** The paragraph's text before the caret (non-breaking spaces read as spaces). */
  before: string;
  /** A range over the last `length` UTF-16 units of `before`, or null if it cannot be made. */
  rangeOfLast(length: number): Range | null;
}

function blockOf(editor: HTMLElement, node: Node, kind: EditorKind): Node {
  if (kind === 'draft') {
    const element = node instanceof Element ? node : node.parentElement;
    const block = element?.closest('[data-block="true"]');
    if (block && editor.contains(block)) return block;
  }
  let at: Node = node;
  while (at.parentNode && at.parentNode !== editor) at = at.parentNode;
  return at.parentNode === editor ? at : editor;
}

function textNodesIn(root: Node): Text[] {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

/** The collapsed caret inside a contenteditable editor, read as its paragraph's text. */
export function caretText(editor: HTMLElement, kind: EditorKind): CaretText | null {
  const doc = editor.ownerDocument;
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0 || !selection.isCollapsed) return null;
  const caret = selection.getRangeAt(0);
  if (!editor.contains(caret.startContainer)) return null;
  const block = blockOf(editor, caret.startContainer, kind);
  const upToCaret = doc.createRange();
  upToCaret.setStart(block, 0);
  upToCaret.setEnd(caret.startContainer, caret.startOffset);
  const before = upToCaret.toString().replace(/\u00a0/g, ' ');
  return {
    before,
    rangeOfLast(length) {
      // Text nodes in order with where each starts in `before`; the range's ends map back to them.
      let offset = 0;
      const spans = textNodesIn(block).map((node) => {
        const span = { node, start: offset };
        offset += node.data.length;
        return span;
      });
      const point = (span: { node: Text; start: number } | undefined, position: number) =>
        span ? { node: span.node, offset: position - span.start } : null;
      // The end lies in the node holding the character before it; the start in the node holding
      // the character after it.
      const endAt = before.length;
      const end = point(
        spans.find((s) => s.start < endAt && endAt <= s.start + s.node.data.length),
        endAt,
      );
      const startPosition = before.length - length;
      const start = point(
        spans.find((s) => s.start <= startPosition && startPosition < s.start + s.node.data.length),
        startPosition,
      );
      if (!start || !end || startPosition < 0) return null;
      const range = doc.createRange();
      range.setStart(start.node, start.offset);
      range.setEnd(end.node, end.offset);
      return range.toString().replace(/\u00a0/g, ' ') === before.slice(startPosition)
        ? range
        : null;
    },
  };
}

/** Selects `range` in the document (the editor hears of it at the next `selectionchange`). */
export function selectRange(range: Range): void {
  const selection = range.startContainer.ownerDocument?.getSelection();
  if (!selection) return;
  selection.removeAllRanges();
  selection.addRange(range);
}
