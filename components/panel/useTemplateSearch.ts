/**
 * The Templates tab's search: what the person types, and the templates that match it, from the
 * background's library index (lib/search): name, text, variables, hashtags and category, with
 * prefixes and typos; favourites and the recently used first when nothing is typed.
 */
import { useEffect, useState } from 'react';
import type { TemplateView } from '@/lib/messaging';
import { MAX_LIMIT } from '@/lib/messaging/fields';
import { useRequest, type TabContext } from './shared';

/** Waits for a pause in typing so each keystroke does not start a search. */
const SEARCH_DELAY_MS = 150;

export function useDebounced(value: string, delayMs = SEARCH_DELAY_MS): string {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}

/** Templates matching `query`, best first; with no query, all of them, the picks first. */
function useTemplates(ctx: TabContext, query: string, picksKey: string) {
  const { client, state } = ctx;
  return useRequest<TemplateView[]>(
    () =>
      client.request('templates.search', {
        query,
        platform: state.platform,
        locale: state.locale,
        limit: MAX_LIMIT,
      }),
    `${state.platform}|${state.locale}|${query}|${picksKey}`,
  );
}

/** This person's favourite templates, and a way to mark one. */
export function useFavourites(ctx: TabContext, kind: 'template' | 'hashtagSet') {
  const picks = useRequest(() => ctx.client.request('search.picks'), 'picks');
  const favourites = new Set(picks.data?.[kind].favourites ?? []);
  const toggle = async (id: string) => {
    const res = await ctx.client.request('search.favourite', {
      kind,
      id,
      favourite: !favourites.has(id),
    });
    if (!res.ok) return ctx.fail(res.error);
    picks.reload();
  };
  /** Changes when the favourites do, so a list can ask again in the new order. */
  const key = [...favourites].join(',');
  return { favourites, toggle, key };
}

export function useTemplateSearch(ctx: TabContext) {
  const [query, setQuery] = useState('');
  const searched = useDebounced(query).trim();
  const favourites = useFavourites(ctx, 'template');
  // The order follows the favourites: a new favourite moves up at once.
  const list = useTemplates(ctx, searched, favourites.key);
  const used = (id: string) => void ctx.client.request('search.used', { kind: 'template', id });
  return { query, setQuery, searched, list, favourites, used };
}
