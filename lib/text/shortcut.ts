/**
 * What a composer shortcut (`;baru`, lib/quick-insert) may be: the one rule every way in shares,
 * the dashboard, the repositories and the pack, sync and subscription schemas. Pure.
 */

/** Longest shortcut the dashboard accepts. */
export const MAX_SHORTCUT_LENGTH = 32;

/** Shortcuts compare without regard to case or Unicode form (`;Baru` is `;baru`). */
export function normaliseShortcut(value: string): string {
  return value.trim().normalize('NFC').toLocaleLowerCase('id');
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
