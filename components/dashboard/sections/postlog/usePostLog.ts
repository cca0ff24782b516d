import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { PostLogRecord } from '@/lib/db';
import type { TemplateInfo } from '@/lib/report';
import { useDashboard } from '../../context';

/** The person's time zone, from the browser; the report's pure code takes it as a parameter. */
export function personTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/**
 * The whole post log (newest first), the templates' names and categories, and the titles of the
 * planned posts entries fulfilled (null for a plan since deleted), kept live.
 */
export function usePostLog(): {
  entries: PostLogRecord[] | undefined;
  templates: TemplateInfo[];
  templateMap: ReadonlyMap<string, TemplateInfo>;
  planTitles: ReadonlyMap<string, string | null>;
} {
  const { repos } = useDashboard();
  const entries = useLiveQuery(() => repos.postLog.all(), [repos]);
  const list = useLiveQuery(() => repos.templates.list(), [repos]);
  const planIds = useMemo(
    () => [...new Set((entries ?? []).flatMap((e) => (e.plannedPostId ? [e.plannedPostId] : [])))],
    [entries],
  );
  const plans = useLiveQuery(
    async () =>
      new Map(
        await Promise.all(
          planIds.map(
            async (id) => [id, (await repos.plannedPosts.get(id))?.title ?? null] as const,
          ),
        ),
      ),
    [repos, planIds],
  );
  return useMemo(() => {
    const templates = (list ?? []).map(({ id, name, category }) => ({ id, name, category }));
    return {
      entries,
      templates,
      templateMap: new Map(templates.map((t) => [t.id, t])),
      planTitles: plans ?? new Map<string, string | null>(),
    };
  }, [entries, list, plans]);
}
