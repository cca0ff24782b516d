/**
 * Shortcuts typed in the composer (issue #19, item 2): a template or hashtag set may have one,
 * e.g. `;baru`, which becomes its text when the person types it and then a space or Tab. Pure:
 * what counts as a shortcut, whether one was just typed, and whether a new one may be saved.
 *
 * A shortcut is one whitespace-free word of its own: it is found only when the whole word before
 * the caret is the shortcut, so it never fires inside a word (`kata;baru`), a link
 * (`https://a.b/;baru`) or an e-mail address (`ana;baru@perpus.id`).
 */

import { normaliseShortcut } from '@/lib/text/shortcut';

export {
  MAX_SHORTCUT_LENGTH,
  normaliseShortcut,
  shortcutProblem,
  type ShortcutProblem,
} from '@/lib/text/shortcut';

/** The keys that end a shortcut. */
export const SHORTCUT_END_KEYS: readonly string[] = [' ', 'Tab'];

export interface ShortcutMatch {
  /** The shortcut as its owner saved it (normalised). */
  shortcut: string;
  /** Where the typed shortcut starts and ends in the text before the caret. */
  start: number;
  end: number;
}

/**
 * The shortcut that ends at the caret, if the last word before it is one. `textBeforeCaret` is
 * the composer's text up to the caret (the key that ends the shortcut not yet in it).
 */
export function findShortcut(
  textBeforeCaret: string,
  shortcuts: ReadonlySet<string>,
): ShortcutMatch | null {
  const word = /(\S+)$/u.exec(textBeforeCaret);
  if (!word?.[1]) return null;
  const shortcut = normaliseShortcut(word[1]);
  if (!shortcuts.has(shortcut)) return null;
  return { shortcut, start: word.index, end: textBeforeCaret.length };
}
