import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readEditorText } from '@/lib/editors/read';
import { createPanelStore, type PanelStore } from '@/lib/panel/panel-store';
import type { ComposerMatch } from '@/lib/platforms/types';
import { rememberCaret } from './caret-memory';
import { createInsertion, type InsertionOptions } from './insertion';

let stop: AbortController;
let store: PanelStore;
let panel: HTMLElement;
let clipboard: string[];
let templatesUsed: string[];

/**
 * A composer like Instagram's Lexical editor as far as insertion is concerned: it takes text
 * from `beforeinput` at the selection (jsdom runs none of the other ways text can come in).
 */
function lexicalComposer(text: string, { takesInput = true } = {}): HTMLElement {
  const editor = document.createElement('div');
  editor.setAttribute('contenteditable', 'true');
  editor.dataset.lexicalEditor = 'true';
  const paragraph = document.createElement('p');
  paragraph.textContent = text;
  editor.append(paragraph);
  if (takesInput) {
    editor.addEventListener('beforeinput', (event) => {
      const range = document.getSelection()!.getRangeAt(0);
      range.deleteContents();
      range.insertNode(document.createTextNode((event as InputEvent).data ?? ''));
      event.preventDefault();
    });
  }
  document.body.append(editor);
  return editor;
}

function insertion(editor: HTMLElement | null, overrides: Partial<InsertionOptions> = {}) {
  const match: ComposerMatch | null = editor
    ? { element: editor, key: 'instagram:dialog:x' }
    : null;
  return createInsertion({
    store,
    editorKind: 'lexical',
    liveComposer: () => match,
    savedCaret: () => null,
    panelContainer: () => panel,
    onTemplateUsed: (id) => templatesUsed.push(id),
    ...overrides,
  });
}

/** The person clicks into the panel: the selection leaves the composer. */
function clickIntoPanel() {
  const range = document.createRange();
  range.selectNodeContents(panel);
  document.getSelection()!.removeAllRanges();
  document.getSelection()!.addRange(range);
}

beforeEach(() => {
  stop = new AbortController();
  store = createPanelStore('instagram', 'en');
  panel = document.createElement('div');
  panel.textContent = 'Sapa';
  document.body.append(panel);
  clipboard = [];
  templatesUsed = [];
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: { writeText: async (text: string) => void clipboard.push(text) },
  });
});

afterEach(() => {
  stop.abort();
  Reflect.deleteProperty(navigator, 'clipboard');
  document.body.replaceChildren();
});

describe('inserting from the panel', () => {
  it('puts the text where the person left the caret, and says it is in', async () => {
    const editor = lexicalComposer('Koleksi baru minggu ini');
    const savedCaret = rememberCaret(document, () => editor, stop.signal);
    const range = document.createRange();
    range.setStart(editor.firstChild!.firstChild!, 'Koleksi baru'.length);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    editor.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    clickIntoPanel();

    await insertion(editor, { savedCaret }).insert(' di perpustakaan', 'caret');

    expect(readEditorText(editor, 'lexical')).toBe('Koleksi baru di perpustakaan minggu ini');
    expect(store.getState()).toMatchObject({ notice: { kind: 'inserted' }, busy: false });
    expect(clipboard).toEqual([]);
  });

  it('gives the text on the clipboard, and says so, when the composer takes none of it', async () => {
    const editor = lexicalComposer('Halo', { takesInput: false });
    await insertion(editor).insert('#BulanBuku', 'caret');
    expect(clipboard).toEqual(['#BulanBuku']);
    expect(readEditorText(editor, 'lexical')).toBe('Halo');
    expect(store.getState()).toMatchObject({
      notice: { kind: 'clipboard', copied: true },
      busy: false,
    });
  });

  it('still gives the text on the clipboard when the site’s composer throws', async () => {
    const editor = lexicalComposer('Halo');
    editor.focus = () => {
      throw new Error('the site’s own code');
    };
    await insertion(editor).insert('#BulanBuku', 'caret');
    expect(clipboard).toEqual(['#BulanBuku']);
    expect(store.getState()).toMatchObject({
      notice: { kind: 'clipboard', copied: true },
      busy: false,
    });
  });

  it('says so when no composer is open', async () => {
    await insertion(null).insert('#BulanBuku', 'caret');
    expect(store.getState().notice).toEqual({ kind: 'noComposer' });
    expect(clipboard).toEqual([]);
  });

  it('refuses empty text and leaves the composer as it was', async () => {
    const editor = lexicalComposer('Halo');
    await insertion(editor).insert('  \n ', 'replace', { templateId: 'tpl-1' });
    expect(store.getState().notice).toEqual({ kind: 'empty' });
    expect(readEditorText(editor, 'lexical')).toBe('Halo');
    expect(templatesUsed).toEqual([]);
  });

  it('does nothing before the panel exists', async () => {
    const editor = lexicalComposer('Halo');
    await insertion(editor, { panelContainer: () => null }).insert('#BulanBuku', 'caret');
    expect(store.getState().notice).toBeNull();
    expect(readEditorText(editor, 'lexical')).toBe('Halo');
  });

  it('records which template the text came from', async () => {
    const editor = lexicalComposer('Halo');
    await insertion(editor).insert('Jam buka perpustakaan', 'replace', { templateId: 'tpl-7' });
    expect(templatesUsed).toEqual(['tpl-7']);
    expect(readEditorText(editor, 'lexical')).toBe('Jam buka perpustakaan');
  });
});

describe('restoring a draft', () => {
  it('replaces the composer’s text and says the draft is back', async () => {
    const editor = lexicalComposer('Koleksi');
    await insertion(editor).restore('Draf kemarin #BulanBuku');
    expect(readEditorText(editor, 'lexical')).toBe('Draf kemarin #BulanBuku');
    expect(store.getState().notice).toEqual({ kind: 'restored', undoable: true });
  });
});

describe('undoing Sapa’s last write', () => {
  /** The fake editor has no history: its `historyUndo` changes nothing, as a plain box would. */
  it('writes the text from before back when the editor’s own undo brings nothing', async () => {
    const editor = lexicalComposer('Halo');
    const write = insertion(editor);
    await write.insert(' Webinar', 'caret');
    expect(readEditorText(editor, 'lexical')).toBe('Halo Webinar');
    expect(store.getState().notice).toEqual({ kind: 'inserted', undoable: true });

    await write.undo();
    expect(readEditorText(editor, 'lexical')).toBe('Halo');
    expect(store.getState()).toMatchObject({ notice: { kind: 'undone' }, busy: false });
    // Once only: a second Undo has nothing left to take back.
    store.setState({ notice: null });
    await write.undo();
    expect(store.getState().notice).toBeNull();
  });

  it('leaves the composer alone when the person wrote in it since', async () => {
    const editor = lexicalComposer('Halo');
    const write = insertion(editor);
    await write.insert(' Webinar', 'caret');
    editor.firstChild!.appendChild(document.createTextNode('!'));
    await write.undo();
    expect(readEditorText(editor, 'lexical')).toBe('Halo Webinar!');
    expect(store.getState().notice).toEqual({ kind: 'undoChanged' });
  });
});
