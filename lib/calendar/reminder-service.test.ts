import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Repositories } from '@/lib/db';
import { openTestRepositories } from '@/tests/support/routed';
import {
  createReminderService,
  REMINDER_ALARM,
  type NotificationsLike,
  type ReminderServiceDeps,
} from './reminder-service';

let repos: Repositories;
let close: () => Promise<void>;
let shown: { id: string; title: string; message: string }[];
let alarms: Map<string, { periodInMinutes: number }>;
let granted: boolean;
const opened = vi.fn(async () => undefined);

/** 09:40 WIB on 5 December 2026. */
const NOW = Date.parse('2026-12-05T09:40:00+07:00');

function service(extra: Partial<ReminderServiceDeps> = {}) {
  const notifications: NotificationsLike = {
    create: async (id, options) =>
      shown.push({ id, title: options.title, message: options.message }),
  };
  return createReminderService({
    ready: async () => repos,
    alarms: {
      create: (name, info) => alarms.set(name, { periodInMinutes: info.periodInMinutes }),
      get: async (name) => (alarms.has(name) ? { name, ...alarms.get(name)! } : undefined),
      clear: async (name) => alarms.delete(name),
      onAlarm: { addListener: () => undefined },
    },
    notifications,
    permitted: async () => granted,
    browserLocale: () => 'id-ID',
    iconUrl: 'chrome-extension://sapa/icon/128.png',
    openCalendar: opened,
    now: () => NOW,
    ...extra,
  });
}

beforeEach(async () => {
  ({ repos, close } = await openTestRepositories('member-ana'));
  shown = [];
  alarms = new Map();
  granted = true;
  opened.mockClear();
  await repos.plannedPosts.create({
    title: 'Dongeng anak',
    platforms: ['instagram', 'facebook'],
    date: '2026-12-05',
    time: '10:00',
    caption: '',
    status: 'approved',
    notes: '',
    comments: [],
  });
});
afterEach(() => close());

describe('calendar reminders in the background', () => {
  it('keeps its alarm exactly while reminders are on', async () => {
    const reminders = service();
    await reminders.schedule();
    expect(alarms.has(REMINDER_ALARM)).toBe(false);
    await repos.settings.set('calendarReminders', { mode: 'each', digestHour: 8 });
    await reminders.schedule();
    expect(alarms.get(REMINDER_ALARM)).toEqual({ periodInMinutes: 5 });
    await repos.settings.set('calendarReminders', { mode: 'off', digestHour: 8 });
    await reminders.schedule();
    expect(alarms.has(REMINDER_ALARM)).toBe(false);
  });

  it('shows a due plan once, in the language the browser speaks, and opens the calendar on a click', async () => {
    await repos.settings.set('calendarReminders', { mode: 'each', digestHour: 8 });
    const reminders = service();
    await reminders.check();
    expect(shown).toEqual([
      {
        id: expect.stringMatching(/^sapa-reminder\|due\|/),
        title: 'Rencana pukul 10:00: Dongeng anak',
        message:
          'Di Instagram dan Facebook. Buka kolom tulis untuk mengunggahnya, atau kalender Sapa untuk melihat rencananya.',
      },
    ]);
    await reminders.check();
    expect(shown).toHaveLength(1);
    reminders.onClicked(shown[0]!.id);
    reminders.onClicked('another-extension-note');
    expect(opened).toHaveBeenCalledTimes(1);
  });

  it('follows the language chosen in Settings over the browser’s', async () => {
    await repos.settings.set('calendarReminders', { mode: 'digest', digestHour: 8 });
    await repos.settings.set('locale', 'en');
    await service().check();
    expect(shown.map((n) => [n.title, n.message])).toEqual([
      ["Today in Sapa's calendar", 'Planned posts today: 1. Reviews waiting: 0. Dongeng anak'],
    ]);
  });

  it('shows nothing while reminders are off or the browser has not allowed notifications', async () => {
    await service().check();
    await repos.settings.set('calendarReminders', { mode: 'each', digestHour: 8 });
    granted = false;
    await service().check();
    expect(shown).toEqual([]);
    // Nothing is remembered as shown, so allowing notifications later still shows it.
    granted = true;
    await service().check();
    expect(shown).toHaveLength(1);
  });
});
