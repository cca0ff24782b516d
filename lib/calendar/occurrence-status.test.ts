import { describe, expect, it } from 'vitest';
import { occurrenceActions, occurrenceStatus, occurrenceTransition } from './occurrence-status';
import { makePlan } from './plan-fixture';
import type { Actor } from './status';

// Every Friday in December 2026: the 4th, 11th, 18th and 25th.
const weekly = makePlan({
  date: '2026-12-04',
  status: 'approved',
  assignee: 'writer-1',
  recurrence: { rule: 'FREQ=WEEKLY;BYDAY=FR;UNTIL=20261225', exceptions: [] },
});
const reviewer: Actor = { id: 'rev', role: 'reviewer' };
const writer: Actor = { id: 'writer-2', role: 'writer' };

describe('the status of one occurrence of a series', () => {
  it('posts one Friday and leaves the others approved, as the series is', () => {
    const posted = occurrenceTransition(weekly, '2026-12-11', 'mark-posted', reviewer, 5_000)!;
    expect(occurrenceStatus(posted, '2026-12-11')).toBe('posted');
    expect(occurrenceStatus(posted, '2026-12-04')).toBe('approved');
    expect(occurrenceStatus(posted, '2026-12-18')).toBe('approved');
    expect(posted.status).toBe('approved');
    expect(posted.updatedAt).toBe(5_000);
    expect(posted.updatedBy).toBe('rev');
  });

  it('offers posted and skip on an open day, reopen on a closed one, to those who may write', () => {
    expect(occurrenceActions(weekly, '2026-12-18', reviewer)).toEqual(['mark-posted', 'skip']);
    const skipped = occurrenceTransition(weekly, '2026-12-18', 'skip', writer, 5_000)!;
    expect(occurrenceActions(skipped, '2026-12-18', writer)).toEqual(['reopen']);
    // A reviewer who is not the assignee does not reopen a writer's day.
    expect(occurrenceActions(skipped, '2026-12-18', reviewer)).toEqual([]);
    expect(occurrenceTransition(skipped, '2026-12-18', 'reopen', reviewer, 6_000)).toBeNull();
    expect(occurrenceTransition(skipped, '2026-12-18', 'mark-posted', writer, 6_000)).toBeNull();
  });

  it('reopens a day to follow the series again, keeping its own title, not its posts', () => {
    const edited = makePlan({
      ...weekly,
      recurrence: {
        rule: weekly.recurrence!.rule,
        exceptions: [
          {
            date: '2026-12-25',
            override: { title: 'Edisi Natal', status: 'posted', postedOn: { instagram: 'log_1' } },
          },
        ],
      },
    });
    const reopened = occurrenceTransition(edited, '2026-12-25', 'reopen', writer, 7_000)!;
    expect(reopened.recurrence!.exceptions).toEqual([
      { date: '2026-12-25', override: { title: 'Edisi Natal' } },
    ]);
    expect(occurrenceStatus(reopened, '2026-12-25')).toBe('approved');
    // A day with nothing else of its own loses its exception altogether.
    const skipped = occurrenceTransition(weekly, '2026-12-04', 'skip', writer, 5_000)!;
    const back = occurrenceTransition(skipped, '2026-12-04', 'reopen', writer, 6_000)!;
    expect(back.recurrence!.exceptions).toEqual([]);
  });

  it('has nothing for a plan that does not repeat, or a series already closed as a whole', () => {
    const single = makePlan({ status: 'approved' });
    expect(occurrenceActions(single, single.date, writer)).toEqual([]);
    expect(occurrenceActions({ ...weekly, status: 'skipped' }, '2026-12-04', writer)).toEqual([]);
  });
});
