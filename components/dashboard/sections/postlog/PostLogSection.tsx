/**
 * The post log: every post Sapa saw go out, newest first, with what was checked and posted past,
 * searchable and filtered; numbers and a category can be added to each; delete has an undo.
 * The list is virtualised (@tanstack/react-virtual): only the entries on screen are in the DOM.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import type { PlatformId } from '@/lib/db';
import { filterLog, monthsInLog, NO_FILTER, type LogFilter } from '@/lib/report';
import { useDashboard } from '../../context';
import { CheckboxField, Field, SelectField } from '../form';
import { platformOptions } from '../platforms';
import { TitledSection } from '../titled';
import { InsightsPaste } from './InsightsPaste';
import { LogEntry } from './LogEntry';
import { personTimeZone, usePostLog } from './usePostLog';
import { isMine, useTeamLog } from './useTeamLog';
import { dateFormat } from '@/lib/i18n/formats';

export function PostLogSection() {
  const { t, locale } = useDashboard();
  const { entries, templates, templateMap, planTitles } = usePostLog();
  const [filter, setFilter] = useState<LogFilter>(NO_FILTER);
  // The team's entries too when the team shares its post log: "mine" keeps this browser's.
  const teamLog = useTeamLog(entries);
  const [onlyMine, setOnlyMine] = useState(false);
  const timeZone = useMemo(() => personTimeZone(), []);
  const shown = useMemo(() => {
    const own = onlyMine ? (entries ?? []).filter((e) => isMine(e, teamLog.memberId)) : entries;
    return filterLog(own ?? [], filter, timeZone, templateMap);
  }, [entries, filter, timeZone, templateMap, onlyMine, teamLog.memberId]);
  const months = useMemo(() => monthsInLog(entries ?? [], timeZone), [entries, timeZone]);
  const patch = (next: Partial<LogFilter>) => setFilter((f) => ({ ...f, ...next }));
  const all = { value: '', label: t('dashboard.drafts.all') } as const;
  const monthName = dateFormat(locale, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

  return (
    <TitledSection title={t('dashboard.log.title')}>
      <p className="sapa-hint">{t('dashboard.log.intro')}</p>
      <InsightsPaste entries={entries ?? []} timeZone={timeZone} />
      <div className="sapa-row sapa-filters">
        <Field
          type="search"
          label={t('dashboard.log.search')}
          value={filter.query}
          onChange={(query) => patch({ query })}
        />
        <SelectField<PlatformId | ''>
          label={t('dashboard.drafts.platform')}
          value={filter.platform}
          options={[all, ...platformOptions(t)]}
          onChange={(platform) => patch({ platform })}
        />
        <SelectField
          label={t('dashboard.log.month')}
          value={filter.month}
          options={[
            all,
            ...months.map((m) => ({ value: m, label: monthName.format(new Date(`${m}-15`)) })),
          ]}
          onChange={(month) => patch({ month })}
        />
        <SelectField
          label={t('dashboard.log.template')}
          value={filter.templateId}
          options={[all, ...templates.map((tpl) => ({ value: tpl.id, label: tpl.name }))]}
          onChange={(templateId) => patch({ templateId })}
        />
        {teamLog.team && (
          <SelectField
            label={t('dashboard.log.who')}
            value={onlyMine ? 'mine' : ''}
            options={[
              { value: '', label: t('dashboard.log.whoTeam') },
              { value: 'mine', label: t('dashboard.log.whoMine') },
            ]}
            onChange={(who) => setOnlyMine(who === 'mine')}
          />
        )}
        <CheckboxField
          label={t('dashboard.log.overriddenOnly')}
          checked={filter.overriddenOnly}
          onChange={(overriddenOnly) => patch({ overriddenOnly })}
        />
      </div>
      {entries === undefined ? (
        <p>{t('dashboard.loading')}</p>
      ) : shown.length === 0 ? (
        <p>{t(entries.length === 0 ? 'dashboard.log.empty' : 'dashboard.log.none')}</p>
      ) : (
        <>
          <p className="sapa-hint" aria-live="polite">
            {t('dashboard.log.count', { count: shown.length })}
          </p>
          <VirtualLog
            entries={shown}
            templateMap={templateMap}
            planTitles={planTitles}
            {...(teamLog.team ? { posterName: teamLog.posterName } : {})}
          />
        </>
      )}
    </TitledSection>
  );
}

/** The entries in a scrolling box of its own; rows are measured as they render (heights vary). */
function VirtualLog(props: {
  entries: ReturnType<typeof filterLog>;
  templateMap: ReturnType<typeof usePostLog>['templateMap'];
  planTitles: ReturnType<typeof usePostLog>['planTitles'];
  /** Names who posted each entry (when the log covers the team). */
  posterName?: (entry: ReturnType<typeof filterLog>[number]) => string;
}) {
  const { t } = useDashboard();
  const box = useRef<HTMLDivElement>(null);
  // Sapa's build has no React Compiler to skip this for; the virtualiser re-renders the list.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: props.entries.length,
    getScrollElement: () => box.current,
    estimateSize: () => 180,
    overscan: 4,
    // The first render fills a laptop screen before the box is measured.
    initialRect: { width: 960, height: 720 },
    getItemKey: (index) => props.entries[index]!.id,
    // Rows whose content changed (numbers applied from an export, or undone) are measured again
    // by a ResizeObserver. Its callback runs before the frame is painted; positions written from
    // it straight to the DOM show at once, where a re-render would paint one frame (or more)
    // with the rows where they were: a blank gap under a row that shrank.
    directDomUpdates: true,
  });
  return (
    <div ref={box} className="sapa-log-scroll" tabIndex={0} aria-label={t('dashboard.log.list')}>
      {/* The virtualiser sets the list's height and each row's position (directDomUpdates). */}
      <ul className="sapa-log" ref={virtualizer.containerRef}>
        {virtualizer.getVirtualItems().map((row) => (
          <li
            key={row.key}
            data-index={row.index}
            ref={virtualizer.measureElement}
            className="sapa-log-row"
          >
            <LogEntry
              entry={props.entries[row.index]!}
              templateMap={props.templateMap}
              planTitles={props.planTitles}
              {...(props.posterName ? { poster: props.posterName(props.entries[row.index]!) } : {})}
            />
          </li>
        ))}
      </ul>
    </div>
  );
}
