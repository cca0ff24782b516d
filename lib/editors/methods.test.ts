/**
 * The insertion methods one by one: which editors each is tried on, and the event or call each
 * makes. insert.test.ts runs them against the real editors.
 */
import '@/tests/support/editing-events';
import { afterEach, describe, expect, it } from 'vitest';
import { INSERT_METHODS, methodsFor } from './methods';
import type { EditorKind, InsertMethodName } from './types';

const method = (name: InsertMethodName) => INSERT_METHODS.find((m) => m.name === name)!;

function listen<T extends Event>(element: HTMLElement, type: string): T[] {
  const seen: T[] = [];
  element.addEventListener(type, (event) => {
    seen.push(event as T);
    event.preventDefault();
  });
  return seen;
}

afterEach(() => {
  document.body.replaceChildren();
  Reflect.deleteProperty(document, 'execCommand');
});

describe('which methods are tried, in order', () => {
  const cases: [EditorKind, string, InsertMethodName[]][] = [
    ['lexical', 'Halo', ['paste', 'execCommand', 'beforeinput']],
    ['lexical', 'Halo\nDunia', ['paste', 'execCommand', 'beforeinput']],
    ['draft', 'Halo', ['paste', 'execCommand']],
    // execCommand drops paragraph breaks in Draft.js.
    ['draft', 'Halo\nDunia', ['paste']],
    ['textarea', 'Halo\nDunia', ['execCommand', 'nativeValue']],
  ];
  it.each(cases)('%s, %j: %j', (kind, text, names) => {
    expect(methodsFor(kind, text).map((m) => m.name)).toEqual(names);
  });
});

describe('paste', () => {
  it('sends a cancelable, bubbling paste with only text/plain, for Chromium and Gecko alike', () => {
    const editor = document.createElement('div');
    document.body.append(editor);
    const pastes = listen<ClipboardEvent & { dataType?: string; data?: string }>(editor, 'paste');
    method('paste').apply(editor, 'Halo\nDunia');
    expect(pastes).toHaveLength(1);
    const [paste] = pastes;
    expect(paste!.bubbles).toBe(true);
    expect(paste!.cancelable).toBe(true);
    expect(paste!.clipboardData?.types).toEqual(['text/plain']);
    expect(paste!.clipboardData?.getData('text/plain')).toBe('Halo\nDunia');
  });

  it('carries the members Gecko reads its paste data from', () => {
    const editor = document.createElement('div');
    document.body.append(editor);
    let init: Record<string, unknown> = {};
    const { ClipboardEvent } = window;
    class Recording extends ClipboardEvent {
      constructor(type: string, options: ClipboardEventInit) {
        super(type, options);
        init = { ...options };
      }
    }
    Object.assign(window, { ClipboardEvent: Recording });
    try {
      method('paste').apply(editor, 'Halo');
    } finally {
      Object.assign(window, { ClipboardEvent });
    }
    expect(init).toMatchObject({ dataType: 'text/plain', data: 'Halo' });
  });
});

describe('execCommand', () => {
  it("inserts through the document's insertText command", () => {
    const calls: unknown[][] = [];
    Object.assign(document, { execCommand: (...args: unknown[]) => calls.push(args) });
    const editor = document.createElement('div');
    document.body.append(editor);
    method('execCommand').apply(editor, 'Halo');
    expect(calls).toEqual([['insertText', false, 'Halo']]);
  });
});

describe('beforeinput', () => {
  it('sends a cancelable, bubbling insertText with the text as its data', () => {
    const editor = document.createElement('div');
    document.body.append(editor);
    const inputs = listen<InputEvent>(editor, 'beforeinput');
    method('beforeinput').apply(editor, 'Halo');
    expect(inputs).toHaveLength(1);
    expect(inputs[0]).toBeInstanceOf(InputEvent);
    expect(inputs[0]).toMatchObject({
      bubbles: true,
      cancelable: true,
      inputType: 'insertText',
      data: 'Halo',
    });
  });
});

describe('nativeValue', () => {
  function field(value: string, start: number, end = start) {
    const area = document.createElement('textarea');
    area.value = value;
    document.body.append(area);
    area.setSelectionRange(start, end);
    // What React does: an instance setter that would swallow the change if Sapa used it.
    const instanceSets: string[] = [];
    Object.defineProperty(area, 'value', {
      configurable: true,
      get: () =>
        Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.get!.call(area),
      set: (next: string) => void instanceSets.push(next),
    });
    const inputs = listen<Event>(area, 'input');
    return { area, instanceSets, inputs };
  }

  it('puts the text at the caret through the prototype setter and fires input', () => {
    const { area, instanceSets, inputs } = field('Halo Dunia', 5);
    method('nativeValue').apply(area, 'indah ');
    expect(area.value).toBe('Halo indah Dunia');
    expect(instanceSets).toEqual([]);
    expect(inputs).toHaveLength(1);
    expect(inputs[0]!.bubbles).toBe(true);
  });

  it('replaces the selected part', () => {
    const { area } = field('Halo Dunia', 5, 10);
    method('nativeValue').apply(area, 'Perpustakaan');
    expect(area.value).toBe('Halo Perpustakaan');
  });
});
