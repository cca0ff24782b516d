/**
 * The picker at the caret (issue #19, item 3): typing the trigger (`;;` unless the person chose
 * another) in a composer opens a small list of templates and hashtag sets beside the caret. Pure:
 * when the trigger was just typed, which triggers may be chosen, and the list's order.
 *
 * Like a shortcut, the trigger counts only as a word of its own, so it never fires inside a word,
 * a link (`https://a.b/;;`) or an e-mail address.
 */
import type { SearchPicks } from '@/lib/search/picks';

export const DEFAULT_PICKER_TRIGGER = ';;';
export const MAX_PICKER_TRIGGER_LENGTH = 4;

export interface TypedTrigger {
  /** Where the typed trigger starts and ends in the text before the caret. */
  start: number;
  end: number;
}

/** The trigger just typed at the caret, when the last word before the caret is exactly it. */
export function findPickerTrigger(textBeforeCaret: string, trigger: string): TypedTrigger | null {
  if (!trigger || !textBeforeCaret.endsWith(trigger)) return null;
  const word = /(\S+)$/u.exec(textBeforeCaret);
  if (word?.[1] !== trigger) return null;
  return { start: word.index, end: textBeforeCaret.length };
}

export type PickerTriggerProblem = 'empty' | 'spaces' | 'tooShort' | 'tooLong' | 'looksLikeText';

/**
 * Why a trigger cannot be used, or null. Two to four signs that are not letters, digits, `#` or
 * `@` (those begin ordinary words, hashtags and mentions, so the list would open while writing).
 */
export function pickerTriggerProblem(value: string): PickerTriggerProblem | null {
  const trigger = value.trim();
  if (!trigger) return 'empty';
  if (/\s/u.test(value.trim())) return 'spaces';
  const length = [...trigger].length;
  if (length < 2) return 'tooShort';
  if (length > MAX_PICKER_TRIGGER_LENGTH) return 'tooLong';
  if (/[\p{L}\p{N}#@]/u.test(trigger)) return 'looksLikeText';
  return null;
}

export type PickerKind = 'template' | 'hashtagSet';

export interface PickerCandidate {
  kind: PickerKind;
  id: string;
}

export type PickerStanding = 'favourite' | 'recent' | null;

export interface OrderedCandidate<T extends PickerCandidate> {
  item: T;
  standing: PickerStanding;
}

/**
 * The list as the picker shows it: favourites first, then the recently used (most recent first,
 * templates and hashtag sets taking turns), then the rest in the order given (the search's best
 * first, templates before hashtag sets). Only candidates given appear: with a query, a favourite
 * that does not match stays out.
 */
export function orderPickerCandidates<T extends PickerCandidate>(
  templates: readonly T[],
  hashtagSets: readonly T[],
  picks: SearchPicks,
  limit = 50,
): OrderedCandidate<T>[] {
  const byKey = new Map<string, T>();
  for (const item of [...templates, ...hashtagSets]) byKey.set(`${item.kind}:${item.id}`, item);
  const placed = new Set<string>();
  const ordered: OrderedCandidate<T>[] = [];
  const place = (kind: PickerKind, id: string, standing: PickerStanding) => {
    const key = `${kind}:${id}`;
    const item = byKey.get(key);
    if (!item || placed.has(key)) return;
    placed.add(key);
    ordered.push({ item, standing });
  };
  for (const id of picks.template.favourites) place('template', id, 'favourite');
  for (const id of picks.hashtagSet.favourites) place('hashtagSet', id, 'favourite');
  const recentTurns = Math.max(picks.template.recent.length, picks.hashtagSet.recent.length);
  for (let i = 0; i < recentTurns; i++) {
    const template = picks.template.recent[i];
    const set = picks.hashtagSet.recent[i];
    if (template) place('template', template, 'recent');
    if (set) place('hashtagSet', set, 'recent');
  }
  for (const item of [...templates, ...hashtagSets]) place(item.kind, item.id, null);
  return ordered.slice(0, limit);
}
