/**
 * Where the selection goes before an insertion. jsdom does not focus a contenteditable, so the
 * editors here are made focusable with `tabIndex`; the real editors are driven in Chromium by the
 * end-to-end tests.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { nextFrame, placeSelection, selectionInside, settleSelection } from './selection';

function editor(markup: string): HTMLElement {
  const parsed = new DOMParser().parseFromString(`<div>${markup}</div>`, 'text/html');
  const root = document.adoptNode(parsed.body.firstElementChild as HTMLElement);
  root.tabIndex = 0;
  document.body.append(root);
  return root;
}

function select(range: Range): void {
  document.getSelection()!.removeAllRanges();
  document.getSelection()!.addRange(range);
}

function caretIn(node: Node, offset: number): Range {
  const range = document.createRange();
  range.setStart(node, offset);
  return range;
}

const textOf = (root: HTMLElement, index: number) =>
  root.querySelectorAll('span')[index]!.firstChild!;

afterEach(() => {
  document.body.replaceChildren();
  document.getSelection()!.removeAllRanges();
  vi.restoreAllMocks();
});

describe('selectionInside', () => {
  it('is the selection when it lies wholly in the editor', () => {
    const root = editor('<p><span>Halo perpus</span></p>');
    const range = document.createRange();
    range.setStart(textOf(root, 0), 0);
    range.setEnd(textOf(root, 0), 4);
    select(range);
    expect(selectionInside(root)?.toString()).toBe('Halo');
  });

  it('is nothing without a selection, or with one leaving the editor at either end', () => {
    const root = editor('<p><span>Halo</span></p>');
    const outside = editor('<p><span>Di luar</span></p>');
    expect(selectionInside(root)).toBeNull();
    const leaving = document.createRange();
    leaving.setStart(textOf(root, 0), 1);
    leaving.setEnd(textOf(outside, 0), 2);
    select(leaving);
    expect(selectionInside(root)).toBeNull();
    expect(selectionInside(outside)).toBeNull();
  });
});

describe('placeSelection', () => {
  it('replace: selects from the first text node to the end of the last', () => {
    const root = editor('<p><span>Baris satu</span></p><p><br></p><p><span>Baris dua</span></p>');
    placeSelection(root, 'replace', null);
    const range = document.getSelection()!.getRangeAt(0);
    expect(range.startContainer).toBe(textOf(root, 0));
    expect(range.startOffset).toBe(0);
    expect(range.endContainer).toBe(textOf(root, 1));
    expect(range.endOffset).toBe(9);
  });

  it('replace: selects the empty editor itself', () => {
    const root = editor('<p><br></p>');
    placeSelection(root, 'replace', null);
    const range = document.getSelection()!.getRangeAt(0);
    expect(range.startContainer).toBe(root);
    expect([range.startOffset, range.endOffset]).toEqual([0, 1]);
  });

  it("caret: keeps the person's live caret while the editor still has focus", () => {
    const root = editor('<p><span>Halo perpus</span></p>');
    root.focus();
    select(caretIn(textOf(root, 0), 4));
    const focus = vi.spyOn(root, 'focus');
    placeSelection(root, 'caret', caretIn(textOf(root, 0), 1));
    expect(focus).not.toHaveBeenCalled();
    expect(document.getSelection()!.getRangeAt(0).startOffset).toBe(4);
  });

  it('caret: counts focus on an element inside the editor as the editor having it', () => {
    const root = editor('<p><span>Halo</span></p><input>');
    root.querySelector('input')!.focus();
    select(caretIn(textOf(root, 0), 2));
    placeSelection(root, 'caret', null);
    expect(document.getSelection()!.getRangeAt(0).startOffset).toBe(2);
  });

  it('caret: focuses the editor without scrolling and puts back the caret saved before', () => {
    const root = editor('<p><span>Halo perpus</span></p>');
    const focus = vi.spyOn(root, 'focus');
    placeSelection(root, 'caret', caretIn(textOf(root, 0), 4));
    expect(focus).toHaveBeenCalledWith({ preventScroll: true });
    const range = document.getSelection()!.getRangeAt(0);
    expect([range.startContainer, range.startOffset]).toEqual([textOf(root, 0), 4]);
  });

  it('caret: goes to the end of the text when the saved caret is gone or there is none', () => {
    const root = editor('<p><span>Halo</span></p><p><span>perpus</span></p>');
    const gone = caretIn(document.createTextNode('lama'), 1);
    for (const saved of [gone, null]) {
      placeSelection(root, 'caret', saved);
      const range = document.getSelection()!.getRangeAt(0);
      expect(range.collapsed).toBe(true);
      expect([range.startContainer, range.startOffset]).toEqual([textOf(root, 1), 6]);
    }
  });

  it('caret: a caret elsewhere in the page does not count as the editor keeping its own', () => {
    const root = editor('<p><span>Halo perpus</span></p>');
    const other = editor('<p><span>Di luar</span></p>');
    root.focus();
    select(caretIn(textOf(other, 0), 2));
    placeSelection(root, 'caret', null);
    const range = document.getSelection()!.getRangeAt(0);
    expect([range.startContainer, range.startOffset]).toEqual([textOf(root, 0), 11]);
  });

  it('replace: selects everything even with the focus and a caret in the editor', () => {
    const root = editor('<p><span>Halo perpus</span></p>');
    root.focus();
    select(caretIn(textOf(root, 0), 4));
    // Already focused: focusing again would move the browser's caret for nothing.
    const focus = vi.spyOn(root, 'focus');
    placeSelection(root, 'replace', null);
    expect(focus).not.toHaveBeenCalled();
    expect(document.getSelection()!.toString()).toBe('Halo perpus');
  });
});

describe('waiting for the editor', () => {
  it('settleSelection and nextFrame resolve after a task and a frame', async () => {
    const order: string[] = [];
    const settled = settleSelection(window).then(() => order.push('settled'));
    const frame = nextFrame(window).then(() => order.push('frame'));
    await Promise.all([settled, frame]);
    expect(order.sort()).toEqual(['frame', 'settled']);
  });
});
