import { useId, useState } from 'react';
import type { PostLogRecord } from '@/lib/db';
import { MAX_POST_LOG_CATEGORY_CHARS } from '@/lib/db/limits';
import { textProblem } from '@/lib/text';
import { categoryOf, type TemplateInfo } from '@/lib/report';
import { useDashboard } from '../../context';
import { MetricFields, metricTexts, readMetrics, type MetricTexts } from './MetricFields';

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
  const { t, locale, repos, notify, fail } = useDashboard();
  const listId = useId();
  const [values, setValues] = useState<MetricTexts>(() => metricTexts(entry.metrics));
  const [category, setCategory] = useState(categoryOf(entry, props.templateMap));
  const [problem, setProblem] = useState<string | null>(null);
  const categories = [
    ...new Set([
      ...SUGGESTED_CATEGORIES,
      ...[...props.templateMap.values()].map((t) => t.category),
    ]),
  ];

  const save = async () => {
    const read = readMetrics(values, t);
    if ('problem' in read) {
      setProblem(read.problem);
      return;
    }
    // The template's category is kept as it is, not copied: a later change to it still counts.
    const template = entry.templateId ? props.templateMap.get(entry.templateId) : undefined;
    const chosen = category.trim();
    // The same check as every other way in (lib/text): a category the backup or sync would refuse.
    const bad = textProblem(chosen, 'name');
    if (bad) {
      setProblem(t('dashboard.log.errCategoryText', { reason: bad[locale] }));
      return;
    }
    try {
      await repos.postLog.annotate(entry.id, {
        metrics: read.metrics,
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
      <MetricFields
        texts={values}
        onChange={(metric, text) => setValues((v) => ({ ...v, [metric]: text }))}
      />
      <div className="sapa-field">
        <label htmlFor={`${listId}-category`}>{t('dashboard.log.categoryField')}</label>
        <input
          id={`${listId}-category`}
          list={listId}
          value={category}
          maxLength={MAX_POST_LOG_CATEGORY_CHARS}
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
