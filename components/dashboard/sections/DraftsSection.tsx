import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import {
  foldForSearch,
  PLATFORM_IDS,
  type DraftRecord,
  type DraftStatus,
  type PlatformId,
} from '@/lib/db';
import { dateTimeFormat, useDashboard } from '../context';
import { Field, SelectField } from './form';
import { PLATFORM_KEYS, platformOptions } from './platforms';
import { TitledSection } from './titled';
import { perPlatform } from '@/lib/platforms';

/** Where each platform's composer opens; the panel there offers the saved drafts. */
export const COMPOSER_URLS: Record<PlatformId, string> = perPlatform((site) => site.composerUrl);

const STATUSES: DraftStatus[] = ['draft', 'ready', 'posted'];
const MAX_PER_PLATFORM = 1000;

export function DraftsSection() {
  const { repos, t } = useDashboard();
  const drafts = useLiveQuery(async () => {
    const all = await Promise.all(
      PLATFORM_IDS.map((p) => repos.drafts.recent(p, MAX_PER_PLATFORM)),
    );
    return all.flat().sort((a, b) => b.updatedAt - a.updatedAt);
  }, [repos]);
  const [platform, setPlatform] = useState<PlatformId | ''>('');
  const [status, setStatus] = useState<DraftStatus | ''>('');
  const [query, setQuery] = useState('');

  const shown = useMemo(() => {
    const q = foldForSearch(query.trim());
    return (drafts ?? []).filter(
      (d) =>
        (!platform || d.platform === platform) &&
        (!status || d.status === status) &&
        (!q || foldForSearch(d.text).includes(q)),
    );
  }, [drafts, platform, status, query]);

  /** The empty choice of a filter: no filtering, every platform or status. */
  const all = { value: '', label: t('dashboard.drafts.all') } as const;

  return (
    <TitledSection title={t('dashboard.drafts.title')}>
      <p className="sapa-hint">{t('dashboard.drafts.intro')}</p>
      <div className="sapa-row sapa-filters">
        <Field
          type="search"
          label={t('dashboard.drafts.search')}
          value={query}
          onChange={setQuery}
        />
        <SelectField
          label={t('dashboard.drafts.platform')}
          value={platform}
          options={[all, ...platformOptions(t)]}
          onChange={setPlatform}
        />
        <SelectField
          label={t('dashboard.drafts.status')}
          value={status}
          options={[
            all,
            ...STATUSES.map((s) => ({ value: s, label: t(`dashboard.drafts.status.${s}`) })),
          ]}
          onChange={setStatus}
        />
      </div>
      {drafts === undefined ? (
        <p>{t('dashboard.loading')}</p>
      ) : shown.length === 0 ? (
        <p>{t('dashboard.drafts.none')}</p>
      ) : (
        <ul className="sapa-drafts">
          {shown.map((d) => (
            <DraftCard key={d.id} draft={d} />
          ))}
        </ul>
      )}
    </TitledSection>
  );
}

/** A saved draft: platform, status, last change, its start, and a link to that composer. */
function DraftCard({ draft: d }: { draft: DraftRecord }) {
  const { t, locale, openTab } = useDashboard();
  const when = dateTimeFormat(locale);
  return (
    <li className="sapa-card">
      <p className="sapa-hint">
        {t(PLATFORM_KEYS[d.platform])} · {t(`dashboard.drafts.status.${d.status}`)} ·{' '}
        {t('dashboard.drafts.updated', { time: when.format(d.updatedAt) })}
      </p>
      <p className="sapa-draft-text">{d.text.length > 280 ? `${d.text.slice(0, 280)}…` : d.text}</p>
      <button
        type="button"
        className="sapa-secondary"
        onClick={() => openTab(COMPOSER_URLS[d.platform])}
      >
        {t('dashboard.drafts.open', { platform: t(PLATFORM_KEYS[d.platform]) })}
      </button>
    </li>
  );
}
