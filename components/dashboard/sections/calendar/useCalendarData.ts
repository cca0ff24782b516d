import { useCallback, useEffect, useState } from 'react';
import type { PlannedPostRecord, TeamMemberRecord } from '@/lib/calendar';
import type { Actor } from '@/lib/calendar';
import { watchCommittedWrites } from '@/lib/db';
import { useDashboard } from '../../context';

export interface CalendarData {
  plans: PlannedPostRecord[];
  members: TeamMemberRecord[];
  me: Actor;
  /** Reads again now (after this page's own write, before the change notice arrives). */
  reload: () => void;
}

/**
 * The plans of the visible range and the team, read through the background's calendar requests,
 * and read again whenever a committed write touches the calendar's tables (this page's, team
 * sync's, another tab's).
 */
export function useCalendarData(range: { from: string; to: string } | null): CalendarData {
  const { background, db, memberId, fail } = useDashboard();
  const [plans, setPlans] = useState<PlannedPostRecord[]>([]);
  const [team, setTeam] = useState<{ members: TeamMemberRecord[]; me: Actor }>({
    members: [],
    me: { id: memberId, role: 'coordinator' },
  });
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);

  useEffect(
    () =>
      watchCommittedWrites(db.name, (tables) => {
        if (tables.includes('plannedPosts') || tables.includes('teamMembers')) reload();
      }),
    [db.name, reload],
  );

  useEffect(() => {
    if (!range) return;
    let live = true;
    void (async () => {
      const [planRes, teamRes] = await Promise.all([
        background.request('calendar.plans', { from: range.from, to: range.to }),
        background.request('calendar.team'),
      ]);
      if (!live) return;
      if (planRes.ok) setPlans(planRes.data);
      else fail(planRes.error);
      if (teamRes.ok) setTeam(teamRes.data);
      else fail(teamRes.error);
    })();
    return () => {
      live = false;
    };
  }, [background, range, version, fail]);

  return { plans, members: team.members, me: team.me, reload };
}
