/**
 * Insertion into the real editors, in jsdom: Lexical mounted as the Instagram and Facebook
 * fixtures mount it, Draft.js as the X and TikTok fixtures do, and a React textarea. What jsdom
 * cannot do (execCommand, focusing a contenteditable) is said where it matters; the end-to-end
 * tests cover those in Chromium.
 */
import '@/tests/support/editing-events';
import { createElement, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DraftComposer } from '@/tests/fixtures/src/draft';
import { lexicalText, mountLexical } from '@/tests/fixtures/src/lexical';
import { insertIntoEditor, type InsertRequest } from './insert';
import { readEditorText } from './read';
import type { EditorKind } from './types';

let panel: HTMLElement;
let copied: string[];
let roots: Root[];

beforeEach(() => {
  panel = document.createElement('div');
  document.body.append(panel);
  copied = [];
  roots = [];
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: { writeText: async (text: string) => void copied.push(text) },
  });
});

afterEach(() => {
  for (const root of roots) root.unmount();
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function insert(
  editor: HTMLElement,
  kind: EditorKind,
  text: string,
  mode: InsertRequest['mode'] = 'caret',
  savedCaret: Range | null = null,
) {
  return insertIntoEditor({ editor, kind, text, mode, savedCaret, scratchContainer: panel });
}

/** The real Lexical editor with rich text and history, holding `lines` as paragraphs. */
async function lexical(lines: string[] = []) {
  const root = document.createElement('div');
  root.setAttribute('contenteditable', 'true');
  document.body.append(root);
  const editor = mountLexical(root, () => undefined);
  const { $createParagraphNode, $createTextNode, $getRoot } = await import('lexical');
  editor.update(
    () => {
      const paragraphs = (lines.length ? lines : ['']).map((line) => {
        const paragraph = $createParagraphNode();
        if (line) paragraph.append($createTextNode(line));
        return paragraph;
      });
      $getRoot()
        .clear()
        .append(...paragraphs);
    },
    { discrete: true },
  );
  return { root, text: () => lexicalText(editor) };
}

/** The real Draft.js editor as the X and TikTok fixtures mount it. */
async function draft(initialText = '') {
  const host = document.createElement('div');
  document.body.append(host);
  let read = () => '';
  const root = createRoot(host);
  roots.push(root);
  root.render(
    createElement(DraftComposer, {
      ariaLabel: 'Post text',
      initialText,
      onText: () => undefined,
      expose: (reader: () => string) => (read = reader),
    }),
  );
  await wait(20);
  const editor = host.querySelector<HTMLElement>('[contenteditable="true"]')!;
  return { root: editor, text: () => read() };
}

describe('into Lexical (Instagram, Facebook)', () => {
  it('pastes lines as paragraphs into the editor’s own state', async () => {
    const editor = await lexical();
    const outcome = await insert(editor.root, 'lexical', 'Koleksi baru 📚\n\n#BulanBuku');
    expect(outcome).toEqual({ status: 'inserted', method: 'paste' });
    expect(editor.text()).toBe('Koleksi baru 📚\n\n#BulanBuku');
    expect(readEditorText(editor.root, 'lexical')).toBe('Koleksi baru 📚\n\n#BulanBuku');
    expect(copied).toEqual([]);
  });

  it('puts the text at the caret the person left', async () => {
    const editor = await lexical(['Halo Dunia']);
    const caret = document.createRange();
    const textNode = editor.root.querySelector('span')!.firstChild!;
    caret.setStart(textNode, 5);
    caret.collapse(true);
    const outcome = await insert(editor.root, 'lexical', 'indah ', 'caret', caret);
    expect(outcome).toEqual({ status: 'inserted', method: 'paste' });
    expect(editor.text()).toBe('Halo indah Dunia');
  });

  it('without a usable caret, adds the text at the end', async () => {
    const editor = await lexical(['Halo']);
    const elsewhere = document.createRange();
    elsewhere.selectNodeContents(panel);
    await insert(editor.root, 'lexical', ' #BulanBuku', 'caret', elsewhere);
    expect(editor.text()).toBe('Halo #BulanBuku');
  });

  it('"Replace" replaces every paragraph', async () => {
    const editor = await lexical(['Teks lama', 'baris dua']);
    const outcome = await insert(editor.root, 'lexical', 'Teks baru', 'replace');
    expect(outcome).toEqual({ status: 'inserted', method: 'paste' });
    expect(editor.text()).toBe('Teks baru');
  });

  it('where a paste cannot be made, the next method lands instead (beforeinput)', async () => {
    // No DataTransfer: the paste throws before it is sent. jsdom has no execCommand either.
    const { DataTransfer } = window;
    Reflect.deleteProperty(window, 'DataTransfer');
    try {
      const editor = await lexical();
      const outcome = await insert(editor.root, 'lexical', 'Halo pemustaka');
      expect(outcome).toEqual({ status: 'inserted', method: 'beforeinput' });
      expect(editor.text()).toBe('Halo pemustaka');
    } finally {
      Object.assign(window, { DataTransfer });
    }
  });
});

describe('into Draft.js (X, TikTok Studio)', () => {
  it('pastes lines as blocks into the editor’s own state', async () => {
    const editor = await draft();
    const outcome = await insert(editor.root, 'draft', 'Baris satu\nBaris dua');
    expect(outcome).toEqual({ status: 'inserted', method: 'paste' });
    expect(editor.text()).toBe('Baris satu\nBaris dua');
    expect(readEditorText(editor.root, 'draft')).toBe('Baris satu\nBaris dua');
  });

  it('adds to what is there without a second copy', async () => {
    const editor = await draft();
    await insert(editor.root, 'draft', 'Halo');
    const outcome = await insert(editor.root, 'draft', ' #BulanBuku');
    expect(outcome).toEqual({ status: 'inserted', method: 'paste' });
    expect(editor.text()).toBe('Halo #BulanBuku');
  });

  it('text that landed in part is not sent again: the person gets the clipboard', async () => {
    // Draft.js keeps its own selection, which jsdom never updates: "replace" pastes at Draft's
    // caret, before the old text, as on a site that ignores the selection Sapa made.
    const editor = await draft('bulan_buku_2026.mp4');
    const outcome = await insert(editor.root, 'draft', 'Caption baru', 'replace');
    expect(outcome).toEqual({ status: 'clipboard', copied: true, reason: 'partial' });
    expect(editor.text()).toBe('Caption barubulan_buku_2026.mp4');
    expect(copied).toEqual(['Caption baru']);
  });
});

describe('into a React textarea', () => {
  function ReactTextarea(props: { initial: string; onText: (text: string) => void }) {
    const [value, setValue] = useState(props.initial);
    return createElement('textarea', {
      value,
      onChange: (event: { target: HTMLTextAreaElement }) => {
        setValue(event.target.value);
        props.onText(event.target.value);
      },
    });
  }

  it('sets the value through the prototype so React hears of it', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const seen: string[] = [];
    const root = createRoot(host);
    roots.push(root);
    root.render(createElement(ReactTextarea, { initial: 'Halo ', onText: (t) => seen.push(t) }));
    await wait(20);
    const field = host.querySelector('textarea')!;
    field.setSelectionRange(5, 5);
    // jsdom has no execCommand: that method throws and the value setter takes over.
    const outcome = await insert(field, 'textarea', 'Dunia');
    expect(outcome).toEqual({ status: 'inserted', method: 'nativeValue' });
    expect(seen).toEqual(['Halo Dunia']);
    expect(field.value).toBe('Halo Dunia');
  });
});

describe('when nothing lands', () => {
  function deaf(text: string): HTMLElement {
    const editor = document.createElement('div');
    editor.setAttribute('contenteditable', 'true');
    editor.dataset.lexicalEditor = 'true';
    const paragraph = document.createElement('p');
    paragraph.textContent = text;
    editor.append(paragraph);
    document.body.append(editor);
    return editor;
  }

  it('tries each method once, then copies the text for the person to paste', async () => {
    const editor = deaf('Teks');
    const events: string[] = [];
    for (const type of ['paste', 'beforeinput'])
      editor.addEventListener(type, (event) => events.push(event.type));
    const outcome = await insert(editor, 'lexical', 'Halo');
    expect(outcome).toEqual({ status: 'clipboard', copied: true, reason: 'nothing-landed' });
    expect(events).toEqual(['paste', 'beforeinput']);
    expect(copied).toEqual(['Halo']);
    expect(readEditorText(editor, 'lexical')).toBe('Teks');
  });

  it('copies through a hidden textarea when the clipboard API refuses', async () => {
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: {
        writeText: () => Promise.reject(new DOMException('not focused', 'NotAllowedError')),
      },
    });
    const copies: [string, boolean][] = [];
    Object.assign(document, {
      execCommand: (command: string) => {
        const scratch = panel.querySelector('textarea');
        if (command === 'copy' && scratch) {
          const selected = scratch.value.slice(scratch.selectionStart, scratch.selectionEnd);
          copies.push([selected, scratch.readOnly]);
          return true;
        }
        return false;
      },
    });
    try {
      const outcome = await insert(deaf(''), 'lexical', 'Salin saya');
      expect(outcome).toEqual({ status: 'clipboard', copied: true, reason: 'nothing-landed' });
      expect(copies).toEqual([['Salin saya', true]]);
      expect(panel.querySelector('textarea')).toBeNull();
    } finally {
      Reflect.deleteProperty(document, 'execCommand');
    }
  });

  it('says so when the text could not be copied either', async () => {
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: () => Promise.reject(new Error('denied')) },
    });
    const outcome = await insert(deaf(''), 'lexical', 'Halo');
    expect(outcome).toEqual({ status: 'clipboard', copied: false, reason: 'nothing-landed' });
    expect(panel.querySelector('textarea')).toBeNull();
  });
});
