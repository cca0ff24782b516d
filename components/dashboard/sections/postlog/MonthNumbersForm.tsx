/**
 * The month's own numbers for one platform, from the platform's insights for the whole month:
 * for a team that reads the month's totals rather than each post's. Kept per person (the
 * settings table, like the post log itself); the report uses them in place of the posts' numbers
 * for that platform (lib/report/month-numbers.ts says why they are never added together).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { PLATFORM_IDS, type PlatformId, type PostMetric, type PostMetrics } from '@/lib/db';
import { withMonthNumbers, type MonthNumbers } from '@/lib/report';
import { useDashboard } from '../../context';
import { PLATFORM_KEYS } from '../platforms';
import { MetricFields, metricTexts, readMetrics, type MetricTexts } from './MetricFields';

/** Every month's numbers, kept live: the report follows a save at once. */
export function useMonthNumbers(month: string): MonthNumbers | undefined {
  const { repos } = useDashboard();
  const book = useLiveQuery(() => repos.settings.get('reportMonthNumbers'), [repos]);
  return book?.[month];
}

/** `numbers` comes from the report's own live query (`useMonthNumbers`), so both show one copy. */
export function MonthNumbersForm({
  month,
  monthName,
  numbers,
}: {
  month: string;
  monthName: string;
  numbers: MonthNumbers | undefined;
}) {
  const { t, repos, notify, fail } = useDashboard();
  const id = useId();
  const [platform, setPlatform] = useState<PlatformId>('instagram');
  // What the person types, per month and platform; the stored numbers until they type.
  const [typed, setTyped] = useState<{ key: string; texts: MetricTexts } | null>(null);
  const key = `${month}|${platform}`;
  const texts = typed?.key === key ? typed.texts : metricTexts(numbers?.[platform]);
  const [problem, setProblem] = useState<string | null>(null);

  const save = async () => {
    const read = readMetrics(texts, t);
    if ('problem' in read) {
      setProblem(read.problem);
      return;
    }
    const metrics: PostMetrics = {};
    for (const [metric, value] of Object.entries(read.metrics))
      if (value !== null) metrics[metric as PostMetric] = value;
    setProblem(null);
    try {
      const book = (await repos.settings.get('reportMonthNumbers')) ?? {};
      await repos.settings.set(
        'reportMonthNumbers',
        withMonthNumbers(book, month, platform, metrics),
      );
      setTyped(null);
      notify(
        t('dashboard.report.monthNumbers.saved', {
          platform: t(PLATFORM_KEYS[platform]),
          month: monthName,
        }),
      );
    } catch (error) {
      fail(error);
    }
  };

  return (
    <details className="sapa-card sapa-no-print sapa-month-numbers">
      <summary>{t('dashboard.report.monthNumbers.title', { month: monthName })}</summary>
      <form
        aria-label={t('dashboard.report.monthNumbers.title', { month: monthName })}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <p className="sapa-hint">{t('dashboard.report.monthNumbers.hint')}</p>
        <div className="sapa-field">
          <label htmlFor={`${id}-platform`}>{t('dashboard.report.col.platforms')}</label>
          <select
            id={`${id}-platform`}
            value={platform}
            onChange={(e) => {
              setPlatform(e.target.value as PlatformId);
              setProblem(null);
            }}
          >
            {PLATFORM_IDS.map((p) => (
              <option key={p} value={p}>
                {t(PLATFORM_KEYS[p])}
              </option>
            ))}
          </select>
        </div>
        <MetricFields
          texts={texts}
          onChange={(metric, text) => setTyped({ key, texts: { ...texts, [metric]: text } })}
        />
        {problem && (
          <p className="sapa-errors" role="alert">
            {problem}
          </p>
        )}
        <div className="sapa-actions">
          <button type="submit">{t('dashboard.save')}</button>
        </div>
      </form>
    </details>
  );
}
