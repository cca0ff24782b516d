/**
 * Favourites and recently used, per person: which templates and hashtag sets someone reaches for.
 * Pure helpers; the background keeps them in the personal (never synced) settings table.
 */

/** One kind's picks: favourite ids, and recently used ids, most recent first. */
export interface KindPicks {
  favourites: string[];
  recent: string[];
}

export interface SearchPicks {
  template: KindPicks;
  hashtagSet: KindPicks;
}

/** How many recently used records are remembered per kind. */
export const MAX_RECENT = 10;
/** Most favourites per kind (a cap, so the setting stays small). */
export const MAX_FAVOURITES = 200;

const FAVOURITE_BOOST = 2;
const RECENT_BOOST = 1.5;

export function emptyPicks(): SearchPicks {
  return {
    template: { favourites: [], recent: [] },
    hashtagSet: { favourites: [], recent: [] },
  };
}

/** Score factor for a record: a favourite counts double, a recent one half as much again. */
export function pickBoost(id: string, picks: KindPicks): number {
  if (picks.favourites.includes(id)) return FAVOURITE_BOOST;
  const at = picks.recent.indexOf(id);
  // The most recent weighs most; the tenth still a little more than the rest.
  return at < 0 ? 1 : 1 + (RECENT_BOOST - 1) * (1 - at / MAX_RECENT);
}

/** `ids` (in their default order) with favourites first, then the recently used, then the rest. */
export function rankByPicks(ids: string[], picks: KindPicks | undefined): string[] {
  if (!picks) return ids;
  const present = new Set(ids);
  const favourites = ids.filter((id) => picks.favourites.includes(id));
  const taken = new Set(favourites);
  const recent = picks.recent.filter((id) => present.has(id) && !taken.has(id));
  for (const id of recent) taken.add(id);
  return [...favourites, ...recent, ...ids.filter((id) => !taken.has(id))];
}

/** Picks after `id` was used: it moves to the front of the recent list. */
export function markUsed(picks: KindPicks, id: string): KindPicks {
  return {
    favourites: picks.favourites,
    recent: [id, ...picks.recent.filter((x) => x !== id)].slice(0, MAX_RECENT),
  };
}

/** Picks with `id` made a favourite or not. */
export function setFavourite(picks: KindPicks, id: string, favourite: boolean): KindPicks {
  const rest = picks.favourites.filter((x) => x !== id);
  return {
    favourites: favourite ? [...rest, id].slice(-MAX_FAVOURITES) : rest,
    recent: picks.recent,
  };
}
