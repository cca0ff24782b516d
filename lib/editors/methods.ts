import type { EditorKind, InsertMethodName } from './types';

/**
 * Ways to put text into an editor so that the editor's own state changes (writing the DOM
 * directly leaves the site posting its old text). Each returns quickly; the caller verifies by
 * reading the text back and never fires a second method after one has landed.
 */
export interface InsertMethod {
  readonly name: InsertMethodName;
  /** Whether the method can carry this text into this editor at all. */
  applies(kind: EditorKind, text: string): boolean;
  apply(element: HTMLElement, text: string): void;
}

/**
 * The init of a synthetic paste carrying only text/plain, for every engine: Chromium reads the
 * standard `clipboardData`; Gecko ignores that member (its paste arrives with empty data, from a
 * page and from a content script alike) but fills the event's clipboardData from its own
 * `dataType` and `data` members. Each engine ignores the members it does not know.
 */
function pasteEventInit(view: Window & typeof globalThis, text: string): ClipboardEventInit {
  const data = new view.DataTransfer();
  data.setData('text/plain', text);
  const geckoInit = { dataType: 'text/plain', data: text };
  return { bubbles: true, cancelable: true, clipboardData: data, ...geckoInit };
}

/**
 * A synthetic paste with only text/plain (with text/html present the editors parse HTML).
 * Lexical routes it to PASTE_COMMAND (one paragraph per line); Draft.js's editOnPaste splits it
 * into blocks. Both cancel the event when they handle it.
 */
const paste: InsertMethod = {
  name: 'paste',
  applies: (kind) => kind !== 'textarea',
  apply(element, text) {
    const view = element.ownerDocument.defaultView ?? window;
    element.dispatchEvent(new view.ClipboardEvent('paste', pasteEventInit(view, text)));
  },
};

/**
 * execCommand('insertText'): Lexical handles it; Draft.js only for single-line text (it drops
 * paragraph breaks), so multi-line text skips it there. For textareas it keeps native undo.
 */
const execInsertText: InsertMethod = {
  name: 'execCommand',
  applies: (kind, text) => kind !== 'draft' || !text.includes('\n'),
  apply(element, text) {
    element.ownerDocument.execCommand('insertText', false, text);
  },
};

/** A beforeinput event: Lexical handles it; Draft.js and React ignore it. */
const beforeInput: InsertMethod = {
  name: 'beforeinput',
  applies: (kind) => kind === 'lexical',
  apply(element, text) {
    const view = element.ownerDocument.defaultView ?? window;
    element.dispatchEvent(
      new view.InputEvent('beforeinput', {
        bubbles: true,
        cancelable: true,
        inputType: 'insertText',
        data: text,
      }),
    );
  },
};

/**
 * For plain textareas when execCommand is unavailable: set the value through the prototype's
 * setter (React tracks the instance setter and would ignore the change) and fire input.
 */
const nativeValue: InsertMethod = {
  name: 'nativeValue',
  applies: (kind) => kind === 'textarea',
  apply(element, text) {
    const field = element as HTMLTextAreaElement;
    const view = element.ownerDocument.defaultView ?? window;
    const setter = Object.getOwnPropertyDescriptor(
      view.HTMLTextAreaElement.prototype,
      'value',
    )?.set;
    const start = field.selectionStart ?? field.value.length;
    const end = field.selectionEnd ?? field.value.length;
    const next = field.value.slice(0, start) + text + field.value.slice(end);
    setter?.call(field, next);
    field.dispatchEvent(new view.Event('input', { bubbles: true }));
  },
};

export const INSERT_METHODS: readonly InsertMethod[] = [
  paste,
  execInsertText,
  beforeInput,
  nativeValue,
];

export function methodsFor(kind: EditorKind, text: string): InsertMethod[] {
  return INSERT_METHODS.filter((method) => method.applies(kind, text));
}
