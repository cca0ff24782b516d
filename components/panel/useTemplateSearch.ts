/** The Templates tab's search: what the person types, and the templates that match it. */
import { useEffect, useState } from 'react';
import type { TemplateView } from '@/lib/messaging';
import type { ContentLocale } from '@/lib/db/types';
import { useRequest, type TabContext } from './shared';

/** Waits for a pause in typing so each keystroke does not start a search. */
const SEARCH_DELAY_MS = 200;

function useDebounced(value: string, delayMs: number): string {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}

/** Templates matching `query`; with no query, all of them, the UI language's first. */
function useTemplates(ctx: TabContext, query: string) {
  const { client, state } = ctx;
  const trimmed = query.trim();
  return useRequest<TemplateView[]>(async () => {
    if (trimmed) {
      return client.request('templates.search', { query: trimmed, platform: state.platform });
    }
    const other: ContentLocale = state.locale === 'id' ? 'en' : 'id';
    const first = await client.request('templates.list', {
      locale: state.locale,
      platform: state.platform,
    });
    if (!first.ok) return first;
    const second = await client.request('templates.list', {
      locale: other,
      platform: state.platform,
    });
    if (!second.ok) return second;
    return { ok: true, data: [...first.data, ...second.data] };
  }, `${state.platform}|${state.locale}|${trimmed}`);
}

export function useTemplateSearch(ctx: TabContext) {
  const [query, setQuery] = useState('');
  const searched = useDebounced(query, SEARCH_DELAY_MS).trim();
  const list = useTemplates(ctx, searched);
  return { query, setQuery, searched, list };
}
