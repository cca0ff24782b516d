/**
 * The editors' own undo, asked for the way the browser asks when the person presses Ctrl+Z or
 * chooses Edit → Undo, so the editor's state (not only its DOM) goes back and its history stays
 * whole.
 *
 * - Lexical (Instagram, Facebook) turns a `beforeinput` whose `inputType` is `historyUndo` into
 *   its UNDO_COMMAND, which @lexical/history answers with the previous editor state (lexical
 *   0.52, `onBeforeInput`: both the range-selection and the no-selection paths dispatch it).
 * - Draft.js (X, TikTok Studio) binds undo to a keydown of Z (keyCode 90) with the command
 *   modifier (`getDefaultKeyBinding`, `keyCommandUndo` → `EditorState.undo`). The event crosses
 *   from the content script's isolated world to the page's, where only the event's init dictionary
 *   travels, so `keyCode` is given there; Ctrl and Meta are both set because Draft.js reads Meta
 *   on macOS and Ctrl elsewhere.
 *
 * Returns false where Sapa knows no history to ask (a plain text box).
 */
import type { EditorKind } from './types';

function historyUndoEvent(): InputEvent {
  return new InputEvent('beforeinput', {
    inputType: 'historyUndo',
    bubbles: true,
    cancelable: true,
    composed: true,
  });
}

function ctrlZ(): KeyboardEvent {
  return new KeyboardEvent('keydown', {
    key: 'z',
    code: 'KeyZ',
    keyCode: 90,
    which: 90,
    ctrlKey: true,
    metaKey: true,
    bubbles: true,
    cancelable: true,
    composed: true,
  } as KeyboardEventInit);
}

export function undoInEditor(editor: HTMLElement, kind: EditorKind): boolean {
  if (kind === 'textarea') return false;
  editor.focus({ preventScroll: true });
  editor.dispatchEvent(kind === 'lexical' ? historyUndoEvent() : ctrlZ());
  return true;
}
