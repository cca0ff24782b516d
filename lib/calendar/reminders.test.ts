import { describe, expect, it } from 'vitest';
import { makePlan } from './plan-fixture';
import {
  EMPTY_REMINDER_STATE,
  remindersNow,
  type ReminderInput,
  type ReminderSettings,
} from './reminders';
import type { Actor } from './status';

const ana: Actor = { id: 'member-ana', role: 'writer' };
const budi: Actor = { id: 'member-budi', role: 'reviewer' };
const each: ReminderSettings = { mode: 'each', digestHour: 8 };
const digest: ReminderSettings = { mode: 'digest', digestHour: 8 };
/** A wall-clock time in WIB (UTC+7) as an instant. */
const wib = (day: string, time: string) => Date.parse(`${day}T${time}:00+07:00`);

const story = makePlan({
  id: 'plan-dongeng',
  title: 'Dongeng anak',
  date: '2026-12-05',
  time: '10:00',
  platforms: ['instagram'],
  assignee: 'member-ana',
});
const quiz = makePlan({
  id: 'plan-kuis',
  title: 'Kuis literasi',
  date: '2026-12-05',
  time: '15:00',
  platforms: ['x'],
});
const review = makePlan({
  id: 'plan-survei',
  title: 'Survei layanan',
  date: '2026-12-07',
  status: 'in-review',
  assignee: 'member-ana',
  reviewer: 'member-budi',
  updatedAt: 5_000,
});

const input = (extra: Partial<ReminderInput>): ReminderInput => ({
  plans: [story, quiz, review],
  me: ana,
  now: wib('2026-12-05', '09:00'),
  zone: 'Asia/Jakarta',
  settings: each,
  state: EMPTY_REMINDER_STATE,
  ...extra,
});

describe('reminders for each planned post', () => {
  it('comes half an hour before, once, for the plans that are this browser’s or nobody’s', () => {
    expect(remindersNow(input({ now: wib('2026-12-05', '09:29') })).notes).toEqual([]);
    const first = remindersNow(input({ now: wib('2026-12-05', '09:30') }));
    expect(first.notes).toEqual([
      {
        kind: 'due',
        key: 'due|plan-dongeng|2026-12-05',
        planId: 'plan-dongeng',
        title: 'Dongeng anak',
        time: '10:00',
        platforms: ['instagram'],
      },
    ]);
    // The next check says nothing new about it.
    const again = remindersNow(input({ now: wib('2026-12-05', '09:45'), state: first.state }));
    expect(again.notes).toEqual([]);
    // The unassigned afternoon plan comes at 14:30.
    const later = remindersNow(input({ now: wib('2026-12-05', '14:30'), state: again.state }));
    expect(later.notes.map((n) => n.key)).toEqual(['due|plan-kuis|2026-12-05']);
  });

  it('still reminds of a plan whose time passed while the browser was closed, that day only', () => {
    const evening = remindersNow(input({ now: wib('2026-12-05', '20:00') }));
    expect(evening.notes.map((n) => n.key)).toEqual([
      'due|plan-dongeng|2026-12-05',
      'due|plan-kuis|2026-12-05',
    ]);
    expect(remindersNow(input({ now: wib('2026-12-06', '08:00') })).notes).toEqual([]);
  });

  it('says nothing about plans posted, skipped, or assigned to someone else', () => {
    const plans = [
      { ...story, status: 'posted' as const },
      { ...quiz, status: 'skipped' as const },
      makePlan({ id: 'p3', date: '2026-12-05', time: '09:00', assignee: 'member-budi' }),
    ];
    expect(remindersNow(input({ plans, now: wib('2026-12-05', '23:00') })).notes).toEqual([]);
  });

  it('tells the named reviewer of a plan waiting, once per time it is sent', () => {
    const forBudi = remindersNow(input({ me: budi, plans: [review] }));
    expect(forBudi.notes).toEqual([
      {
        kind: 'review',
        key: 'review|plan-survei|5000',
        planId: 'plan-survei',
        title: 'Survei layanan',
        date: '2026-12-07',
      },
    ]);
    expect(remindersNow(input({ me: budi, plans: [review], state: forBudi.state })).notes).toEqual(
      [],
    );
    const resent = { ...review, updatedAt: 9_000 };
    expect(
      remindersNow(input({ me: budi, plans: [resent], state: forBudi.state })).notes,
    ).toHaveLength(1);
    // The writer who sent it is not asked to review it.
    expect(remindersNow(input({ plans: [review] })).notes).toEqual([]);
  });

  it('reads "today" in the library’s zone: 23:30 WIT is still the 5th', () => {
    const late = makePlan({ id: 'late', date: '2026-12-05', time: '23:30' });
    const wit = Date.parse('2026-12-05T23:10:00+09:00');
    const notes = remindersNow(input({ plans: [late], zone: 'Asia/Jayapura', now: wit })).notes;
    expect(notes.map((n) => n.key)).toEqual(['due|late|2026-12-05']);
  });

  it('forgets what it showed after a week', () => {
    const old = { shown: [{ key: 'due|x|2026-11-20', day: '2026-11-20' }] };
    expect(remindersNow(input({ state: old })).state.shown).toEqual([]);
  });
});

describe('the daily digest', () => {
  it('comes once a day at the chosen hour, with what is due and waiting', () => {
    const me: Actor = { id: 'member-ana', role: 'coordinator' };
    const plans = [story, quiz, { ...review, reviewer: undefined }];
    expect(
      remindersNow(input({ me, plans, settings: digest, now: wib('2026-12-05', '07:59') })).notes,
    ).toEqual([]);
    const morning = remindersNow(
      input({ me, plans, settings: digest, now: wib('2026-12-05', '08:05') }),
    );
    expect(morning.notes).toEqual([
      {
        kind: 'digest',
        key: 'digest|2026-12-05',
        due: 2,
        reviews: 1,
        titles: ['Dongeng anak', 'Kuis literasi', 'Survei layanan'],
      },
    ]);
    expect(
      remindersNow(
        input({
          me,
          plans,
          settings: digest,
          now: wib('2026-12-05', '12:00'),
          state: morning.state,
        }),
      ).notes,
    ).toEqual([]);
  });

  it('stays quiet on a day with nothing due or waiting', () => {
    expect(
      remindersNow(input({ plans: [], settings: digest, now: wib('2026-12-05', '09:00') })).notes,
    ).toEqual([]);
  });

  it('shows nothing when reminders are off', () => {
    expect(
      remindersNow(
        input({ settings: { mode: 'off', digestHour: 8 }, now: wib('2026-12-05', '23:00') }),
      ).notes,
    ).toEqual([]);
  });
});
