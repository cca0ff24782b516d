/**
 * The numbers a person copies from a platform's insights (reach, impressions, likes, comments,
 * shares, saves, new followers): the fields, and reading what was typed. Shared by a post's
 * numbers (NumbersForm) and a month's (MonthNumbersForm).
 */
import { POST_METRICS, type PostMetric } from '@/lib/db';
import { parseMetricText } from '@/lib/report';
import { useDashboard } from '../../context';
import { Field } from '../form';

export type MetricTexts = Record<PostMetric, string>;

export function metricTexts(metrics: Partial<Record<PostMetric, number>> | undefined): MetricTexts {
  return Object.fromEntries(
    POST_METRICS.map((metric) => [metric, metrics?.[metric]?.toString() ?? '']),
  ) as MetricTexts;
}

/**
 * What was typed, as numbers (null: left empty, so not entered), or the first field that is not
 * a whole number, named in the UI language.
 */
export function readMetrics(
  texts: MetricTexts,
  t: ReturnType<typeof useDashboard>['t'],
): { metrics: Record<PostMetric, number | null> } | { problem: string } {
  const metrics = {} as Record<PostMetric, number | null>;
  for (const metric of POST_METRICS) {
    const value = parseMetricText(texts[metric]);
    if (value === undefined)
      return {
        problem: t('dashboard.log.notANumber', { field: t(`dashboard.log.metric.${metric}`) }),
      };
    metrics[metric] = value;
  }
  return { metrics };
}

export function MetricFields(props: {
  texts: MetricTexts;
  onChange: (metric: PostMetric, text: string) => void;
}) {
  const { t } = useDashboard();
  return (
    <div className="sapa-log-metrics">
      {POST_METRICS.map((metric) => (
        <Field
          key={metric}
          label={t(`dashboard.log.metric.${metric}`)}
          value={props.texts[metric]}
          onChange={(text) => props.onChange(metric, text)}
        />
      ))}
    </div>
  );
}
