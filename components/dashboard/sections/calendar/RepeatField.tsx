import { useId } from 'react';
import {
  checkRepeat,
  fitToDay,
  longDay,
  MAX_WEEKS,
  repeatKindsFor,
  repeatWords,
  weekdayName,
  type RepeatCheck,
  type RepeatKind,
  type RepeatSetting,
} from '@/lib/calendar/repeat';
import { MAX_SERIES_OCCURRENCES } from '@/lib/calendar/limits';
import type { Translator } from '@/lib/i18n';
import { useDashboard } from '../../context';
import { Field, SelectField } from '../form';

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** Why a repeat cannot be saved, in the UI language (null when it can). */
export function repeatProblem(t: Translator, check: RepeatCheck): string | null {
  if (check.ok) return null;
  switch (check.problem) {
    case 'no-end':
      return t('calendar.repeat.noEnd');
    case 'no-interval':
      return t('calendar.repeat.noInterval', { max: MAX_WEEKS });
    case 'ends-before':
      return t('calendar.repeat.endsBefore');
    case 'too-many':
      return t('calendar.repeat.tooMany', { max: MAX_SERIES_OCCURRENCES });
    case 'invalid':
      return t('calendar.repeat.invalid');
  }
}

/** The summary of a setting on a day, as the person reads it ("Every month on the 17th, …"). */
function summaryOf(t: Translator, setting: RepeatSetting, day: string, locale: string) {
  const words = repeatWords(setting, day, locale);
  if (!words) return '';
  const { nthKey, dayKey, ...values } = words.values;
  return t(words.key, {
    ...values,
    ...(nthKey ? { nth: t(nthKey) } : {}),
    ...(dayKey ? { day: t(dayKey, { day: values.day ?? '' }) } : {}),
  } as Record<string, string | number>);
}

/** The option a kind has on a day ("Every month on the second Monday"). */
function optionLabel(t: Translator, kind: RepeatKind, day: string, locale: string): string {
  if (kind === 'none') return t('calendar.repeat.option.none');
  if (kind === 'custom') return t('calendar.repeat.option.custom');
  const weekday = weekdayName(day, locale);
  if (kind === 'weekly') return t('calendar.repeat.option.weekly', { weekday });
  const words = repeatWords({ kind, interval: 1, until: '' }, day, locale);
  if (kind === 'monthly-day')
    return t('calendar.repeat.option.monthlyDay', {
      day: t(words!.values.dayKey!, { day: words!.values.day! }),
    });
  return t('calendar.repeat.option.monthlyNth', { weekday, nth: t(words!.values.nthKey!) });
}

/**
 * "Repeat" in the plan form: does not repeat, every N weeks on the day's weekday, every month on
 * its day, or on its nth (or last) weekday, always with an end. It says the rule in words and how
 * many occurrences it makes, or why it cannot be saved. `day` and `time` are the series' start:
 * the weekday and day of the month come from it (lib/calendar/repeat.ts).
 */
export function RepeatField(props: {
  setting: RepeatSetting;
  onChange: (setting: RepeatSetting) => void;
  day: string;
  time: string;
  /** The opened occurrence's day, when the form shows one occurrence of a series. */
  opened?: string;
}) {
  const { t, locale } = useDashboard();
  const summaryId = useId();
  const { setting, day } = props;
  if (!DAY_PATTERN.test(day)) return null;
  const kinds = repeatKindsFor(day);
  if (setting.kind === 'custom') kinds.push('custom');
  const shown = fitToDay(setting, day);
  const kind = shown.kind;
  const check = checkRepeat(shown, day, props.time);
  const change = (patch: Partial<RepeatSetting>) => props.onChange({ ...shown, ...patch });
  return (
    // A group named by its one "Repeat" label (a legend would say it twice on the screen).
    <div
      className="sapa-cal-repeat"
      role="group"
      aria-label={t('calendar.repeat.label')}
      aria-describedby={summaryId}
    >
      {props.opened && (
        <p className="sapa-hint">
          {t('calendar.repeat.opened', { date: longDay(props.opened, locale) })}
        </p>
      )}
      <SelectField
        label={t('calendar.repeat.label')}
        value={kind}
        options={kinds.map((k) => ({ value: k, label: optionLabel(t, k, day, locale) }))}
        onChange={(k) => change({ kind: k })}
      />
      {kind === 'weekly' && (
        <Field
          label={t('calendar.repeat.interval')}
          type="number"
          // Left as typed (empty while retyping); checkRepeat says when it is not 1–52.
          value={setting.interval ? String(setting.interval) : ''}
          onChange={(v) => change({ interval: v === '' ? 0 : Math.floor(Number(v)) || 0 })}
        />
      )}
      {kind !== 'none' && kind !== 'custom' && (
        <Field
          label={t('calendar.repeat.until')}
          type="date"
          value={setting.until}
          onChange={(v) => change({ until: v })}
          hint={t('calendar.repeat.untilHint')}
          required
        />
      )}
      {kind !== 'none' && (
        <p id={summaryId} className="sapa-hint" aria-live="polite">
          {check.ok
            ? `${summaryOf(t, shown, day, locale)} ${t('calendar.repeat.count', { count: check.count })}`
            : repeatProblem(t, check)}
        </p>
      )}
    </div>
  );
}
