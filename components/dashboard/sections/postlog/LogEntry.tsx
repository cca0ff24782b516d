import { useState } from 'react';
import { getRule } from '@/lib/checklist';
import { POST_METRICS, type PostLogRecord } from '@/lib/db';
import type { Locale } from '@/lib/i18n';
import { formatList } from '@/lib/i18n';
import { categoryOf, hashtagsOf, type TemplateInfo } from '@/lib/report';
import { dateTimeFormat, useDashboard } from '../../context';
import { PLATFORM_KEYS } from '../platforms';
import { NumbersForm } from './NumbersForm';
import { numberFormat } from '@/lib/i18n/formats';

/** A checklist rule's name in the UI language (its id when the rule is no longer Sapa's). */
export function ruleName(ruleId: string, locale: Locale): string {
  return getRule(ruleId)?.title[locale] ?? ruleId;
}

/** One post in the log: what went out, where and when, what was checked, and its numbers. */
export function LogEntry(props: {
  entry: PostLogRecord;
  templateMap: ReadonlyMap<string, TemplateInfo>;
  /** Titles of the planned posts entries fulfilled; null for a plan since deleted. */
  planTitles?: ReadonlyMap<string, string | null>;
  /** Who posted it, by name, when the log covers the team (its post log is shared). */
  poster?: string;
}) {
  const { entry: e, templateMap } = props;
  const planTitle = e.plannedPostId ? props.planTitles?.get(e.plannedPostId) : undefined;
  const { t, locale, repos, notify, fail, openTab } = useDashboard();
  const [editing, setEditing] = useState(false);
  const template = e.templateId ? templateMap.get(e.templateId) : undefined;
  const category = categoryOf(e, templateMap);
  const tags = hashtagsOf(e.text);
  const warnings = (e.checks ?? []).filter((c) => c.severity === 'warn');
  const blocking = (e.checks ?? []).filter((c) => c.severity === 'block');
  const names = (ids: readonly string[]) =>
    formatList(
      locale,
      ids.map((id) => ruleName(id, locale)),
    );

  const remove = async () => {
    try {
      const removed = await repos.postLog.remove(e.id);
      if (!removed) return;
      notify(t('dashboard.log.deleted'), {
        label: t('dashboard.undo'),
        run: () => repos.postLog.restore(removed),
      });
    } catch (error) {
      fail(error);
    }
  };

  return (
    <article className="sapa-card sapa-log-entry" aria-label={t(PLATFORM_KEYS[e.platform])}>
      <p className="sapa-hint">
        <strong>{t(PLATFORM_KEYS[e.platform])}</strong> ·{' '}
        <time dateTime={new Date(e.at).toISOString()}>{dateTimeFormat(locale).format(e.at)}</time>
        {e.account && (
          <>
            {' · '}
            {t('dashboard.log.account', { account: e.account })}
          </>
        )}
        {props.poster && (
          <>
            {' · '}
            {t('dashboard.log.postedBy', { name: props.poster })}
          </>
        )}
        {e.templateId && (
          <>
            {' · '}
            {t('dashboard.log.fromTemplate', {
              name: template?.name ?? t('dashboard.log.templateGone'),
            })}
          </>
        )}
        {e.plannedPostId && planTitle !== undefined && (
          <>
            {' · '}
            {t('dashboard.log.fromPlan', {
              title: planTitle ?? t('dashboard.log.planGone'),
            })}
          </>
        )}
        {category && (
          <>
            {' · '}
            {t('dashboard.log.category', { category })}
          </>
        )}
      </p>
      <p className="sapa-draft-text">{e.text || t('dashboard.log.noCaption')}</p>
      {tags.length > 0 && (
        <p className="sapa-hint">
          {t('dashboard.log.hashtags', { tags: tags.map((tag) => `#${tag.tag}`).join(' ') })}
        </p>
      )}
      {e.override ? (
        <p className="sapa-warn">
          {t('dashboard.log.overridden', { rules: names(e.override.ruleIds) })}
        </p>
      ) : (
        blocking.length > 0 && (
          <p className="sapa-warn">
            {t('dashboard.log.blocking', { rules: names(blocking.map((c) => c.ruleId)) })}
          </p>
        )
      )}
      {warnings.length > 0 && (
        <p className="sapa-hint">
          {t('dashboard.log.warnings', { rules: names(warnings.map((c) => c.ruleId)) })}
        </p>
      )}
      {e.checks === undefined && !e.override && (
        <p className="sapa-hint">{t('dashboard.log.checksUnknown')}</p>
      )}
      {e.checks?.length === 0 && <p className="sapa-hint">{t('dashboard.log.checksPassed')}</p>}
      {e.metrics && <MetricsLine metrics={e.metrics} />}
      <div className="sapa-actions">
        {e.url && (
          <button
            type="button"
            className="sapa-secondary"
            title={e.url}
            onClick={() => openTab(e.url!)}
          >
            {t('dashboard.log.openPost')}
          </button>
        )}
        <button
          type="button"
          className="sapa-secondary"
          aria-expanded={editing}
          onClick={() => setEditing((open) => !open)}
        >
          {t('dashboard.log.addNumbers')}
        </button>
        <button type="button" className="sapa-danger" onClick={() => void remove()}>
          {t('dashboard.delete')}
        </button>
      </div>
      {editing && (
        <NumbersForm entry={e} templateMap={templateMap} onDone={() => setEditing(false)} />
      )}
    </article>
  );
}

/**
 * The numbers entered for a post, in the UI language's number format, always in the form's
 * order: the stored object's key order is not the same everywhere (a synced entry's keys come
 * back sorted), and the same entry should read the same on every member's computer.
 */
function MetricsLine(props: { metrics: NonNullable<PostLogRecord['metrics']> }) {
  const { t, locale } = useDashboard();
  const nf = numberFormat(locale);
  const parts = POST_METRICS.flatMap((key) => {
    const value = props.metrics[key];
    return value === undefined ? [] : [`${t(`dashboard.log.metric.${key}`)} ${nf.format(value)}`];
  });
  return <p className="sapa-hint">{parts.join(' · ')}</p>;
}
