import { useId } from 'react';
import { useDashboard } from '../../context';

/** Two-way sync with the team's CouchDB database: settings, status, "Sync now". */
export function TeamSyncPanel() {
  const { t } = useDashboard();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('sync.couch.title')}</h2>
    </section>
  );
}
