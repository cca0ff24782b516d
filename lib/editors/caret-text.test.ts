import { afterEach, describe, expect, it } from 'vitest';
import { caretText, selectRange } from './caret-text';

/** An editor root holding hand-written markup as the editor library renders it, in the page. */
function editor(markup: string): HTMLElement {
  const parsed = new DOMParser().parseFromString(`<div>${markup}</div>`, 'text/html');
  const root = document.adoptNode(parsed.body.firstElementChild as HTMLElement);
  document.body.append(root);
  return root;
}

/** Puts the caret at the end of the last text node inside `node`. */
function caretAtEndOf(node: Node): void {
  const texts = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  let last: Text | null = null;
  for (let t = texts.nextNode(); t; t = texts.nextNode()) last = t as Text;
  const range = document.createRange();
  range.setStart(last!, last!.data.length);
  document.getSelection()!.removeAllRanges();
  document.getSelection()!.addRange(range);
}

afterEach(() => document.body.replaceChildren());

describe('the text before the caret', () => {
  it("is the caret's Lexical paragraph only, and a range over its last word", () => {
    const root = editor(
      '<p><span data-lexical-text="true">Baris satu</span></p>' +
        '<p><span data-lexical-text="true">Halo </span><b data-lexical-text="true">;baru</b></p>',
    );
    caretAtEndOf(root.lastChild!);
    const caret = caretText(root, 'lexical');
    expect(caret?.before).toBe('Halo ;baru');
    expect(caret?.rangeOfLast(5)?.toString()).toBe(';baru');
    expect(caret?.rangeOfLast(7)?.toString()).toBe('o ;baru');
  });

  it("is the caret's Draft.js block, non-breaking spaces read as spaces", () => {
    const root = editor(
      '<div data-contents="true"><div data-block="true"><div>' +
        '<span data-offset-key="a"><span data-text="true">Halo\u00a0;baru</span></span>' +
        '</div></div></div>',
    );
    caretAtEndOf(root);
    const caret = caretText(root, 'draft');
    expect(caret?.before).toBe('Halo ;baru');
    expect(caret?.rangeOfLast(5)?.toString()).toBe(';baru');
  });

  it('is nothing when the caret is elsewhere or text is selected', () => {
    const root = editor('<p>Halo</p>');
    const outside = editor('<p>Di luar</p>');
    caretAtEndOf(outside);
    expect(caretText(root, 'lexical')).toBeNull();
    const range = document.createRange();
    range.selectNodeContents(root);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    expect(caretText(root, 'lexical')).toBeNull();
  });

  it("is the caret's own Draft.js block when there are several", () => {
    const root = editor(
      '<div data-contents="true">' +
        '<div data-block="true"><div><span><span data-text="true">Baris satu</span></span></div></div>' +
        '<div data-block="true"><div><span><span data-text="true">Halo ;baru</span></span></div></div>' +
        '</div>',
    );
    caretAtEndOf(root);
    expect(caretText(root, 'draft')?.before).toBe('Halo ;baru');
  });

  it('is empty with the caret in an empty editor, whatever stands before the editor', () => {
    editor('<p>Judul halaman</p>');
    const root = editor('');
    const range = document.createRange();
    range.setStart(root, 0);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    expect(caretText(root, 'lexical')?.before).toBe('');
    expect(caretText(root, 'draft')?.before).toBe('');
  });

  it('is nothing without a selection', () => {
    const root = editor('<p>Halo</p>');
    document.getSelection()!.removeAllRanges();
    expect(caretText(root, 'lexical')).toBeNull();
  });
});

describe('a range over the last characters', () => {
  /** A Lexical paragraph whose text is split into nodes as formatting splits it. */
  function paragraph(...parts: string[]): HTMLElement {
    const spans = parts.map((p) => `<span data-lexical-text="true">${p}</span>`).join('');
    const root = editor(`<p>${spans}</p>`);
    caretAtEndOf(root);
    return root;
  }

  it('spans the nodes the characters are in, and ends in the node before the caret', () => {
    const root = paragraph('Halo #bu', 'ku');
    const [first, second] = Array.from(root.querySelectorAll('span'), (s) => s.firstChild);
    const range = caretText(root, 'lexical')!.rangeOfLast(5)!;
    expect(range.toString()).toBe('#buku');
    expect(range.startContainer).toBe(first);
    expect(range.startOffset).toBe(5);
    expect(range.endContainer).toBe(second);
    expect(range.endOffset).toBe(2);
  });

  it('starts in the node after a boundary and ends before the next one', () => {
    const root = paragraph('Halo ', '#buku', ' lagi');
    const spans = Array.from(root.querySelectorAll('span'), (s) => s.firstChild);
    // The caret at the end of "#buku": the end stays in that node, not at the next one's start.
    const caret = document.createRange();
    caret.setStart(spans[1]!, 5);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(caret);
    const range = caretText(root, 'lexical')!.rangeOfLast(5)!;
    expect(range.toString()).toBe('#buku');
    expect(range.startContainer).toBe(spans[1]);
    expect(range.startOffset).toBe(0);
    expect(range.endContainer).toBe(spans[1]);
    expect(range.endOffset).toBe(5);
  });

  it('takes the whole text before the caret, and no more', () => {
    const root = paragraph('Hai', ' #buku');
    const caret = caretText(root, 'lexical')!;
    expect(caret.rangeOfLast(9)?.toString()).toBe('Hai #buku');
    expect(caret.rangeOfLast(10)).toBeNull();
  });

  it('reads a non-breaking space before the word as a space', () => {
    const root = paragraph('Halo\u00a0#buku');
    expect(caretText(root, 'lexical')!.rangeOfLast(6)?.toString()).toBe('Halo\u00a0#buku'.slice(4));
  });

  it('selectRange selects the range in the document', () => {
    const root = paragraph('Halo #buku');
    const range = caretText(root, 'lexical')!.rangeOfLast(5)!;
    selectRange(range);
    expect(document.getSelection()!.toString()).toBe('#buku');
  });
});
