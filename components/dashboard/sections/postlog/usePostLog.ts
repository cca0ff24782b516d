import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { PostLogRecord } from '@/lib/db';
import type { TemplateInfo } from '@/lib/report';
import { useDashboard } from '../../context';

/** The person's time zone, from the browser; the report's pure code takes it as a parameter. */
export function personTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** The whole post log (newest first) and the templates' names and categories, kept live. */
export function usePostLog(): {
  entries: PostLogRecord[] | undefined;
  templates: TemplateInfo[];
  templateMap: ReadonlyMap<string, TemplateInfo>;
} {
  const { repos } = useDashboard();
  const entries = useLiveQuery(() => repos.postLog.all(), [repos]);
  const list = useLiveQuery(() => repos.templates.list(), [repos]);
  return useMemo(() => {
    const templates = (list ?? []).map(({ id, name, category }) => ({ id, name, category }));
    return { entries, templates, templateMap: new Map(templates.map((t) => [t.id, t])) };
  }, [entries, list]);
}
