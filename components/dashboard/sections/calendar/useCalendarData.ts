import { useCallback, useEffect, useRef, useState } from 'react';
import type { PlannedPostRecord, TeamMemberRecord } from '@/lib/calendar';
import type { Actor } from '@/lib/calendar';
import { addMonths, monthGridRange } from '@/lib/calendar/view';
import { watchCommittedWrites } from '@/lib/db';
import { useDashboard } from '../../context';
import { MONTH_VIEW } from './month/context';

export interface CalendarData {
  plans: PlannedPostRecord[];
  members: TeamMemberRecord[];
  me: Actor;
  /** Reads again now (after this page's own write, before the change notice arrives). */
  reload: () => void;
}

interface Range {
  from: string;
  to: string;
  /** FullCalendar's view: the month view reads the months either side ahead. */
  view?: string;
}

const keyOf = (range: { from: string; to: string }) => `${range.from}/${range.to}`;

/** The month a month view's six weeks are for: the month of its middle day. */
function monthShown(range: Range): string {
  const middle = new Date(Date.parse(`${range.from}T00:00:00Z`) + 20 * 86_400_000);
  return middle.toISOString().slice(0, 7);
}

/**
 * The plans of the visible range and the team, read through the background's calendar requests,
 * and read again whenever a committed write touches the calendar's tables (this page's, team
 * sync's, another tab's).
 *
 * In the month view, the months before and after are read ahead once the visible one has come,
 * and kept until the next write: Previous and Next then draw at once instead of waiting for the
 * background (about a third of a busy month's time, `npm run bench:calendar`).
 */
export function useCalendarData(range: Range | null): CalendarData {
  const { background, db, memberId, fail } = useDashboard();
  const [plans, setPlans] = useState<PlannedPostRecord[]>([]);
  const [team, setTeam] = useState<{ members: TeamMemberRecord[]; me: Actor }>({
    members: [],
    me: { id: memberId, role: 'coordinator' },
  });
  const [version, setVersion] = useState(0);
  // Ranges read since the last write; a write empties it (the version changes).
  const cache = useRef({ version: -1, ranges: new Map<string, Promise<PlannedPostRecord[]>>() });
  const reload = useCallback(() => setVersion((v) => v + 1), []);

  useEffect(
    () =>
      watchCommittedWrites(db.name, (tables) => {
        if (tables.includes('plannedPosts') || tables.includes('teamMembers')) reload();
      }),
    [db.name, reload],
  );

  const read = useCallback(
    (wanted: { from: string; to: string }) => {
      if (cache.current.version !== version) cache.current = { version, ranges: new Map() };
      const key = keyOf(wanted);
      let plansOf = cache.current.ranges.get(key);
      if (!plansOf) {
        plansOf = background
          .request('calendar.plans', { from: wanted.from, to: wanted.to })
          .then((res) => {
            if (res.ok) return res.data;
            cache.current.ranges.delete(key);
            throw res.error;
          });
        cache.current.ranges.set(key, plansOf);
        // A read ahead that fails is only reported if the person goes there.
        plansOf.catch(() => undefined);
      }
      return plansOf;
    },
    [background, version],
  );

  useEffect(() => {
    if (!range) return;
    let live = true;
    void read(range).then(
      (data) => {
        if (!live) return;
        setPlans(data);
        if (range.view !== MONTH_VIEW) return;
        const month = monthShown(range);
        for (const offset of [1, -1]) void read(monthGridRange(addMonths(month, offset)));
      },
      (error: unknown) => {
        if (live) fail(error);
      },
    );
    return () => {
      live = false;
    };
  }, [read, range, fail]);

  useEffect(() => {
    let live = true;
    void background.request('calendar.team').then((res) => {
      if (!live) return;
      if (res.ok) setTeam(res.data);
      else fail(res.error);
    });
    return () => {
      live = false;
    };
  }, [background, version, fail]);

  return { plans, members: team.members, me: team.me, reload };
}
