/**
 * Calendar reminders (lib/calendar/reminders.ts): off, before each planned post, or one summary
 * a day at a chosen hour. A personal setting; turning it on asks the browser for the optional
 * `notifications` permission first, straight from the person's choice (browsers require that
 * gesture), and leaves reminders off when it is refused, saying so.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { DEFAULT_REMINDERS, type ReminderMode } from '@/lib/calendar/reminders';
import { useDashboard } from '../context';
import { SelectField } from './form';

const MODES: readonly ReminderMode[] = ['off', 'each', 'digest'];
const MODE_KEYS = {
  off: 'dashboard.settings.remindersOff',
  each: 'dashboard.settings.remindersEach',
  digest: 'dashboard.settings.remindersDigest',
} as const;
const HOURS = Array.from({ length: 24 }, (_, hour) => String(hour));

export function RemindersField() {
  const { repos, t, fail, notify, requestPermission } = useDashboard();
  const settings =
    useLiveQuery(() => repos.settings.get('calendarReminders'), [repos]) ?? DEFAULT_REMINDERS;
  const [refused, setRefused] = useState(false);
  const name = useId();

  const choose = async (mode: ReminderMode, digestHour = settings.digestHour) => {
    setRefused(false);
    try {
      if (mode !== 'off' && !(await requestPermission('notifications'))) {
        setRefused(true);
        return;
      }
      await repos.settings.set('calendarReminders', { mode, digestHour });
      notify(t('dashboard.settings.remindersSaved', { choice: t(MODE_KEYS[mode]) }));
    } catch (error) {
      fail(error);
    }
  };

  return (
    <fieldset>
      <legend>{t('dashboard.settings.reminders')}</legend>
      {MODES.map((mode) => (
        <label key={mode} className="sapa-check">
          <input
            type="radio"
            name={name}
            value={mode}
            checked={settings.mode === mode}
            onChange={() => void choose(mode)}
          />
          {t(MODE_KEYS[mode])}
        </label>
      ))}
      {settings.mode === 'digest' && (
        <SelectField
          label={t('dashboard.settings.remindersHour')}
          value={String(settings.digestHour)}
          options={HOURS.map((hour) => ({ value: hour, label: `${hour.padStart(2, '0')}:00` }))}
          onChange={(hour) => void choose('digest', Number(hour))}
        />
      )}
      {refused && <p role="alert">{t('dashboard.settings.remindersRefused')}</p>}
      <p className="sapa-hint">{t('dashboard.settings.remindersHint')}</p>
    </fieldset>
  );
}
