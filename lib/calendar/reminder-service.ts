/**
 * Calendar reminders in the background (issue #16, item 6): an alarm every few minutes while
 * reminders are on asks `remindersNow` (reminders.ts, pure) what is due, shows it as browser
 * notifications, and remembers what it showed. Clicking one opens the dashboard's calendar.
 *
 * The `notifications` permission is optional: the dashboard asks for it when the person turns
 * reminders on, and nothing is shown (and nothing fails) while it is not granted.
 */
import type { Repositories } from '@/lib/db';
import type { AlarmsLike } from '@/lib/extension/apis';
import { ensureAlarm } from '@/lib/extension/apis';
import { formatList, translator, type Locale } from '@/lib/i18n';
import { actorFor } from './handlers';
import {
  DEFAULT_REMINDERS,
  EMPTY_REMINDER_STATE,
  remindersNow,
  type ReminderNote,
  type ReminderSettings,
  type ReminderState,
} from './reminders';

declare module '@/lib/db/repositories/settings' {
  interface SettingsMap {
    /** Written by the dashboard's Settings (reminders.ts). Personal: each browser chooses. */
    calendarReminders: ReminderSettings;
    /** What this browser's reminders showed (reminders.ts). */
    calendarReminderState: ReminderState;
  }
}

export const REMINDER_ALARM = 'sapa-calendar-reminders';
/** Often enough that "half an hour before" comes within five minutes of it. */
export const REMINDER_PERIOD_MINUTES = 5;
/** Notification ids start with this, so a click on another kind is not taken for one. */
export const REMINDER_NOTIFICATION_PREFIX = 'sapa-reminder|';

export interface NotificationsLike {
  create(
    id: string,
    options: { type: 'basic'; iconUrl: string; title: string; message: string },
  ): Promise<unknown>;
  onClicked?: { addListener(listener: (id: string) => void): void };
}

export interface ReminderServiceDeps {
  ready: () => Promise<Repositories>;
  alarms?: AlarmsLike & { clear(name: string): Promise<unknown> };
  notifications?: NotificationsLike;
  /** Whether the optional `notifications` permission is granted now. */
  permitted: () => Promise<boolean>;
  /** The browser's UI language, for the "follow the browser" choice. */
  browserLocale: () => string;
  iconUrl: string;
  openCalendar: () => Promise<void>;
  now?: () => number;
  log?: (message: string, error?: unknown) => void;
}

/** The text of one notification, in the person's language. */
export function notificationText(
  note: ReminderNote,
  locale: Locale,
): { title: string; message: string } {
  const t = translator(locale);
  switch (note.kind) {
    case 'due':
      return {
        title: t('calendar.reminder.dueTitle', { time: note.time, title: note.title }),
        message: t('calendar.reminder.dueMessage', {
          platforms: formatList(
            locale,
            note.platforms.map((p) => t(`platform.${p as 'x'}`)),
          ),
        }),
      };
    case 'review':
      return {
        title: t('calendar.reminder.reviewTitle', { title: note.title }),
        message: t('calendar.reminder.reviewMessage'),
      };
    case 'digest':
      return {
        title: t('calendar.reminder.digestTitle'),
        message: `${t('calendar.reminder.digestCounts', { due: note.due, reviews: note.reviews })} ${note.titles.join(' · ')}`,
      };
  }
}

export function createReminderService(deps: ReminderServiceDeps) {
  const now = deps.now ?? Date.now;
  const log = deps.log ?? (() => undefined);

  async function settingsOf(repos: Repositories): Promise<ReminderSettings> {
    return (await repos.settings.get('calendarReminders')) ?? DEFAULT_REMINDERS;
  }

  async function localeOf(repos: Repositories): Promise<Locale> {
    const chosen = (await repos.settings.get('locale')) ?? 'auto';
    if (chosen !== 'auto') return chosen;
    return deps.browserLocale().toLowerCase().startsWith('id') ? 'id' : 'en';
  }

  /** Keeps the alarm running exactly while reminders are on. */
  async function schedule(): Promise<void> {
    if (!deps.alarms) return;
    const settings = await settingsOf(await deps.ready());
    if (settings.mode === 'off') await deps.alarms.clear(REMINDER_ALARM);
    else await ensureAlarm(deps.alarms, REMINDER_ALARM, REMINDER_PERIOD_MINUTES, 0.5);
  }

  /** One check: shows what is due now. Returns the notes shown (for tests and the log). */
  async function check(): Promise<ReminderNote[]> {
    const repos = await deps.ready();
    const settings = await settingsOf(repos);
    if (settings.mode === 'off' || !deps.notifications || !(await deps.permitted())) return [];
    const [plans, members, memberId, brand, state, locale] = await Promise.all([
      repos.plannedPosts.inRange('0000-01-01', '9999-12-31'),
      repos.teamMembers.list(),
      repos.settings.get('memberId'),
      repos.brandKit.get(),
      repos.settings.get('calendarReminderState'),
      localeOf(repos),
    ]);
    const outcome = remindersNow({
      plans,
      me: actorFor(memberId ?? 'local', members),
      now: now(),
      zone: brand?.timeZone ?? 'Asia/Jakarta',
      settings,
      state: state ?? EMPTY_REMINDER_STATE,
    });
    for (const note of outcome.notes) {
      await deps.notifications.create(`${REMINDER_NOTIFICATION_PREFIX}${note.key}`, {
        type: 'basic',
        iconUrl: deps.iconUrl,
        ...notificationText(note, locale),
      });
    }
    await repos.settings.set('calendarReminderState', outcome.state);
    return outcome.notes;
  }

  return {
    schedule,
    check,
    onAlarm(name: string): void {
      if (name !== REMINDER_ALARM) return;
      check().catch((error: unknown) => log('calendar reminders failed', error));
    },
    onClicked(id: string): void {
      if (!id.startsWith(REMINDER_NOTIFICATION_PREFIX)) return;
      deps.openCalendar().catch((error: unknown) => log('opening the calendar failed', error));
    },
  };
}

export type ReminderService = ReturnType<typeof createReminderService>;
