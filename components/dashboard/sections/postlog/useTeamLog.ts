import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo } from 'react';
import { memberNames } from '@/lib/calendar';
import type { PostLogRecord } from '@/lib/db';
import { useDashboard } from '../../context';

/**
 * Whether an entry was posted from this browser. An entry written before the post log could be
 * shared has no poster: only this browser's person can have written it.
 */
export function isMine(entry: Pick<PostLogRecord, 'postedBy'>, memberId: string): boolean {
  return entry.postedBy === undefined || entry.postedBy === memberId;
}

/**
 * What the post log page needs to cover the team: whether the team shares its post log, and the
 * poster of an entry by name (the name the team gave that member, never a raw member id).
 */
export function useTeamLog(entries: readonly PostLogRecord[] | undefined): {
  /** The team shares its post log, or the log holds a teammate's entries (shared before). */
  team: boolean;
  memberId: string;
  posterName: (entry: PostLogRecord) => string;
} {
  const { repos, memberId, t } = useDashboard();
  const shared = useLiveQuery(async () => (await repos.teamSettings.get()).sharePostLog, [repos]);
  const members = useLiveQuery(() => repos.teamMembers.list(), [repos]);
  const nameOf = useMemo(() => memberNames(members ?? []), [members]);
  const posterName = useCallback(
    (entry: PostLogRecord) =>
      isMine(entry, memberId)
        ? t('dashboard.log.you')
        : (nameOf(entry.postedBy) ?? t('dashboard.log.teammate')),
    [memberId, nameOf, t],
  );
  const team = shared === true || (entries ?? []).some((entry) => !isMine(entry, memberId));
  return { team, memberId, posterName };
}
