import { afterEach, describe, expect, it } from 'vitest';
import { caretText } from './caret-text';

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
});
