/**
 * What the composer's panel shows of a plan: the text it puts into the composer and which of its
 * platforms it went out on. Kept apart from `plan-to-post.ts`, whose recurrences bring rrule: the
 * panel's UI script, which every composer's first panel compiles, has no use for it.
 */
import type { PlatformId } from '@/lib/db/types';
import type { PostedOn } from './types';

/**
 * What the plan puts into the composer: its caption (the template's rendered text when it has
 * one, else the free caption) and its hashtag set, a blank line between them, as a person
 * would write them.
 */
export function planText(caption: string, tags: readonly string[]): string {
  const hashtags = tags.map((tag) => `#${tag}`).join(' ');
  return [caption.trim(), hashtags].filter(Boolean).join('\n\n');
}

/** Which of a plan's platforms went out so far and which are still to go, in the plan's order. */
export function postingProgress(
  platforms: readonly PlatformId[],
  postedOn: PostedOn | undefined,
): { posted: PlatformId[]; left: PlatformId[] } {
  return {
    posted: platforms.filter((p) => postedOn?.[p]),
    left: platforms.filter((p) => !postedOn?.[p]),
  };
}
