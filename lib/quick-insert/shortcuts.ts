/**
 * Shortcuts typed in the composer (issue #19, item 2): a template or hashtag set may have one,
 * e.g. `;baru`, which becomes its text when the person types it and then a space or Tab. Pure:
 * what counts as a shortcut, whether one was just typed, and whether a new one may be saved.
 *
 * A shortcut is one whitespace-free word of its own: it is found only when the whole word before
 * the caret is the shortcut, so it never fires inside a word (`kata;baru`), a link
 * (`https://a.b/;baru`) or an e-mail address (`ana;baru@perpus.id`).
 */

/** Longest shortcut the dashboard accepts. */
export const MAX_SHORTCUT_LENGTH = 32;

/** The keys that end a shortcut. */
export const SHORTCUT_END_KEYS: readonly string[] = [' ', 'Tab'];

/** Shortcuts compare without regard to case or Unicode form (`;Baru` is `;baru`). */
export function normaliseShortcut(value: string): string {
  return value.trim().normalize('NFC').toLocaleLowerCase('id');
}

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

export type ShortcutProblem = 'spaces' | 'tooShort' | 'tooLong' | 'looksLikeText' | 'taken';

/**
 * Why a shortcut cannot be saved, or null when it can (an empty one means "no shortcut" and is
 * always fine). `taken` are the other items' shortcuts, templates and hashtag sets together.
 */
export function shortcutProblem(value: string, taken: Iterable<string>): ShortcutProblem | null {
  const shortcut = normaliseShortcut(value);
  if (!shortcut) return null;
  if (/\s/u.test(shortcut)) return 'spaces';
  if ([...shortcut].length < 2) return 'tooShort';
  if ([...shortcut].length > MAX_SHORTCUT_LENGTH) return 'tooLong';
  // A plain word, a hashtag or a mention would fire while the person simply writes.
  if (/^[\p{L}\p{N}#@]/u.test(shortcut)) return 'looksLikeText';
  for (const other of taken) if (normaliseShortcut(other) === shortcut) return 'taken';
  return null;
}
