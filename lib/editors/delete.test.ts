/**
 * What the editor hears when Sapa deletes the selection: the same event a Backspace over a
 * selection gives it. The real editors answering these events are driven in Chromium by the
 * end-to-end tests (jsdom has no `execCommand`, and Lexical reads no selection it cannot see).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deleteSelection } from './delete';

function heard(kind: 'lexical' | 'draft'): Event[] {
  const editor = document.createElement('div');
  document.body.append(editor);
  const events: Event[] = [];
  document.addEventListener('beforeinput', (e) => events.push(e), { once: true });
  document.addEventListener('keydown', (e) => events.push(e), { once: true });
  deleteSelection(editor, kind);
  return events;
}

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('deleteSelection', () => {
  it('asks Lexical for a backward deletion, as a Backspace does', () => {
    const [event, ...rest] = heard('lexical');
    expect(rest).toEqual([]);
    expect(event).toBeInstanceOf(InputEvent);
    expect(event).toMatchObject({
      type: 'beforeinput',
      inputType: 'deleteContentBackward',
      bubbles: true,
      cancelable: true,
      composed: true,
    });
  });

  it('presses Backspace in Draft.js, with the key code its key bindings read', () => {
    const [event, ...rest] = heard('draft');
    expect(rest).toEqual([]);
    expect(event).toBeInstanceOf(KeyboardEvent);
    expect(event).toMatchObject({
      type: 'keydown',
      key: 'Backspace',
      code: 'Backspace',
      keyCode: 8,
      which: 8,
      bubbles: true,
      cancelable: true,
      composed: true,
    });
  });

  it("uses the browser's delete command in a plain text box", () => {
    const execCommand = vi.fn(() => true);
    Object.defineProperty(document, 'execCommand', { configurable: true, value: execCommand });
    const field = document.createElement('textarea');
    document.body.append(field);
    const events: Event[] = [];
    document.addEventListener('keydown', (e) => events.push(e), { once: true });
    deleteSelection(field, 'textarea');
    expect(execCommand).toHaveBeenCalledWith('delete');
    expect(events).toEqual([]);
  });
});
