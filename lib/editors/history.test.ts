/**
 * What the editor hears when Sapa undoes an insertion: what the browser sends for Ctrl+Z or
 * Edit → Undo. The real editors answering it are driven in Chromium by the end-to-end tests.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { undoInEditor } from './history';

function editorIn(): { editor: HTMLElement; events: Event[] } {
  const editor = document.createElement('div');
  editor.tabIndex = 0;
  document.body.append(editor);
  const events: Event[] = [];
  document.addEventListener('beforeinput', (e) => events.push(e), { once: true });
  document.addEventListener('keydown', (e) => events.push(e), { once: true });
  return { editor, events };
}

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('undoInEditor', () => {
  it("asks Lexical's history for the previous state, after focusing the editor", () => {
    const { editor, events } = editorIn();
    const focus = vi.spyOn(editor, 'focus');
    expect(undoInEditor(editor, 'lexical')).toBe(true);
    expect(focus).toHaveBeenCalledWith({ preventScroll: true });
    expect(events).toHaveLength(1);
    expect(events[0]).toBeInstanceOf(InputEvent);
    expect(events[0]).toMatchObject({
      type: 'beforeinput',
      inputType: 'historyUndo',
      bubbles: true,
      cancelable: true,
      composed: true,
    });
  });

  it('presses Ctrl+Z (and Cmd+Z) in Draft.js, with the key code its key bindings read', () => {
    const { editor, events } = editorIn();
    expect(undoInEditor(editor, 'draft')).toBe(true);
    expect(document.activeElement).toBe(editor);
    expect(events).toHaveLength(1);
    expect(events[0]).toBeInstanceOf(KeyboardEvent);
    expect(events[0]).toMatchObject({
      type: 'keydown',
      key: 'z',
      code: 'KeyZ',
      keyCode: 90,
      which: 90,
      ctrlKey: true,
      metaKey: true,
      bubbles: true,
      cancelable: true,
      composed: true,
    });
  });

  it('knows no history to ask in a plain text box, and sends nothing', () => {
    const { editor, events } = editorIn();
    const focus = vi.spyOn(editor, 'focus');
    expect(undoInEditor(editor, 'textarea')).toBe(false);
    expect(focus).not.toHaveBeenCalled();
    expect(events).toEqual([]);
  });
});
