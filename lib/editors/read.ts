import type { EditorKind } from './types';
import { normaliseEditorText } from './text';

/** Text of one block element, with <br> inside the block as a line break. */
function blockText(block: Element): string {
  let out = '';
  const walker = block.ownerDocument.createTreeWalker(
    block,
    NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT,
  );
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) out += (node as Text).data;
    // Lexical puts a lone <br> in an empty paragraph and after a trailing line break as a
    // placeholder; only a <br> with something after it is a real line break.
    else if (node.nodeName === 'BR' && node.nextSibling) out += '\n';
  }
  return out;
}

/** Lexical renders one element per paragraph (p, h1…, ul with li per item) under the root. */
function readLexical(root: HTMLElement): string {
  const lines: string[] = [];
  for (const block of Array.from(root.children)) {
    if (block.tagName === 'UL' || block.tagName === 'OL') {
      for (const item of Array.from(block.children)) lines.push(blockText(item));
    } else {
      lines.push(blockText(block));
    }
  }
  return lines.join('\n');
}

/** Draft.js renders each block as [data-block="true"] with its text in [data-text="true"] leaves. */
function readDraft(root: HTMLElement): string {
  const blocks = root.querySelectorAll('[data-block="true"]');
  if (blocks.length === 0) return root.innerText ?? root.textContent ?? '';
  return Array.from(blocks, (block) =>
    Array.from(block.querySelectorAll('[data-text="true"]'), (leaf) =>
      leaf.nodeName === 'BR' ? '' : (leaf.textContent ?? ''),
    ).join(''),
  ).join('\n');
}

/** The composer's text with one line per paragraph, as the site will post it. */
export function readEditorText(element: HTMLElement, kind: EditorKind): string {
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement) {
    return normaliseEditorText(element.value);
  }
  const raw = kind === 'lexical' ? readLexical(element) : readDraft(element);
  return normaliseEditorText(raw);
}
