/**
 * Deletes the selected text through the editor's own handling of a deletion, so its state (not
 * only its DOM) changes, as a Backspace over a selection would.
 *
 * - Lexical turns a `beforeinput` of `deleteContentBackward` into DELETE_CHARACTER_COMMAND, which
 *   removes a non-collapsed selection.
 * - Draft.js binds Backspace (keyCode 8) to its `backspace` command, which removes the selection.
 *   As for undo (history.ts), the key code is given in the init so it reaches the page's world.
 * - A plain text box: the browser's own delete command.
 */
import type { EditorKind } from './types';

export function deleteSelection(editor: HTMLElement, kind: EditorKind): void {
  if (kind === 'lexical') {
    editor.dispatchEvent(
      new InputEvent('beforeinput', {
        inputType: 'deleteContentBackward',
        bubbles: true,
        cancelable: true,
        composed: true,
      }),
    );
    return;
  }
  if (kind === 'draft') {
    editor.dispatchEvent(
      new KeyboardEvent('keydown', {
        key: 'Backspace',
        code: 'Backspace',
        keyCode: 8,
        which: 8,
        bubbles: true,
        cancelable: true,
        composed: true,
      } as KeyboardEventInit),
    );
    return;
  }
  editor.ownerDocument.execCommand('delete');
}
