import { useId, useState } from 'react';
import { POST_METRICS, type PostLogRecord, type PostMetric } from '@/lib/db';
import { categoryOf, parseMetricText, type TemplateInfo } from '@/lib/report';
import { useDashboard } from '../../context';
import { Field } from '../form';

/** Categories offered beside the templates' own (a person may type any other). */
export const SUGGESTED_CATEGORIES = ['collection', 'event', 'service', 'literacy', 'greeting'];

/**
 * The numbers a person copies from the platform's insights, and the post's category. A field
 * left empty is "not entered" (never zero): the report leaves it out.
 */
export function NumbersForm(props: {
  entry: PostLogRecord;
  templateMap: ReadonlyMap<string, TemplateInfo>;
  onDone: () => void;
}) {
  const { entry } = props;
  const { t, repos, notify, fail } = useDashboard();
  const listId = useId();
  const [values, setValues] = useState<Record<PostMetric, string>>(
    () =>
      Object.fromEntries(
        POST_METRICS.map((m) => [m, entry.metrics?.[m]?.toString() ?? '']),
      ) as Record<PostMetric, string>,
  );
  const [category, setCategory] = useState(categoryOf(entry, props.templateMap));
  const [problem, setProblem] = useState<string | null>(null);
  const categories = [
    ...new Set([
      ...SUGGESTED_CATEGORIES,
      ...[...props.templateMap.values()].map((t) => t.category),
    ]),
  ];

  const save = async () => {
    const metrics: Partial<Record<PostMetric, number | null>> = {};
    for (const metric of POST_METRICS) {
      const value = parseMetricText(values[metric]);
      if (value === undefined) {
        setProblem(t('dashboard.log.notANumber', { field: t(`dashboard.log.metric.${metric}`) }));
        return;
      }
      metrics[metric] = value;
    }
    // The template's category is kept as it is, not copied: a later change to it still counts.
    const template = entry.templateId ? props.templateMap.get(entry.templateId) : undefined;
    const chosen = category.trim();
    try {
      await repos.postLog.annotate(entry.id, {
        metrics,
        category: chosen && chosen !== template?.category ? chosen : null,
      });
      notify(t('dashboard.log.saved'));
      props.onDone();
    } catch (error) {
      fail(error);
    }
  };

  return (
    <form
      className="sapa-log-numbers"
      aria-label={t('dashboard.log.numbersTitle')}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <p className="sapa-hint">{t('dashboard.log.numbersHint')}</p>
      <div className="sapa-log-metrics">
        {POST_METRICS.map((metric) => (
          <Field
            key={metric}
            label={t(`dashboard.log.metric.${metric}`)}
            value={values[metric]}
            onChange={(value) => setValues((v) => ({ ...v, [metric]: value }))}
          />
        ))}
      </div>
      <div className="sapa-field">
        <label htmlFor={`${listId}-category`}>{t('dashboard.log.categoryField')}</label>
        <input
          id={`${listId}-category`}
          list={listId}
          value={category}
          onChange={(e) => setCategory(e.target.value)}
        />
        <datalist id={listId}>
          {categories.map((c) => (
            <option key={c} value={c} />
          ))}
        </datalist>
      </div>
      {problem && (
        <p className="sapa-errors" role="alert">
          {problem}
        </p>
      )}
      <div className="sapa-actions">
        <button type="submit">{t('dashboard.save')}</button>
        <button type="button" className="sapa-secondary" onClick={props.onDone}>
          {t('dashboard.cancel')}
        </button>
      </div>
    </form>
  );
}
