import type { TeamSyncStatus } from '@/lib/team-sync/status';
import { dateTimeFormat, useDashboard } from '../../context';
import type { TeamSyncBusy } from './useTeamSync';

/** Which server, the last sync, what is waiting, and what went wrong, as the background says. */
export function TeamSyncStatusView({ status }: { status: TeamSyncStatus }) {
  const { t, locale } = useDashboard();
  const when = dateTimeFormat(locale);
  return (
    <>
      <p>
        {t('sync.couch.server', {
          database: status.server!.database,
          url: status.server!.url,
        })}
        {status.server!.username &&
          ` ${t('sync.couch.asUser', { username: status.server!.username })}`}
      </p>
      <p role="status">
        {status.state === 'syncing'
          ? t('sync.couch.syncing')
          : status.lastSyncAt
            ? t('sync.couch.lastSync', { when: when.format(status.lastSyncAt) })
            : t('sync.couch.never')}
      </p>
      <p>
        {status.pending > 0
          ? t('sync.couch.pending', { count: status.pending })
          : t('sync.couch.nothingPending')}
      </p>
      {status.lastReport && (
        <p className="sapa-hint">
          {t('sync.couch.report', {
            pushed: status.lastReport.pushed,
            pulled: status.lastReport.pulled,
            conflicts: t('count.conflicts', { count: status.lastReport.conflicts }),
          })}
        </p>
      )}
      {status.state === 'error' && status.error && (
        <div className="sapa-errors" role="alert">
          <p>{status.error.message[locale]}</p>
          {status.nextRetryAt && (
            <p>{t('sync.couch.retryAt', { when: when.format(status.nextRetryAt) })}</p>
          )}
        </div>
      )}
      <SkippedDocs status={status} />
    </>
  );
}

/**
 * What the last sync could not use, with why, in two lists: documents from the server that
 * could not be taken in, and changes made here that cannot be sent (they are not in the
 * pending count, so without this list "nothing waiting" would hide them). Twenty of each.
 */
function SkippedDocs({ status }: { status: TeamSyncStatus }) {
  const { t } = useDashboard();
  const local = status.skipped.filter((s) => s.local);
  const remote = status.skipped.filter((s) => !s.local);
  return (
    <>
      {local.length > 0 && (
        <DocList title={t('sync.couch.refusedLocal', { count: local.length })} docs={local} />
      )}
      {remote.length > 0 && (
        <DocList title={t('sync.couch.skipped', { count: remote.length })} docs={remote} />
      )}
    </>
  );
}

function DocList(props: { title: string; docs: TeamSyncStatus['skipped'] }) {
  const { locale } = useDashboard();
  return (
    <div className="sapa-errors">
      <p>{props.title}</p>
      <ul>
        {props.docs.slice(0, 20).map((s) => (
          <li key={s.docId}>
            <code>{s.docId}</code>: {s.reason[locale]}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Sync now, change the connection, disconnect. */
export function TeamSyncActions(props: {
  busy: TeamSyncBusy;
  editing: boolean;
  onSyncNow: () => void;
  onStartEditing: () => void;
  onDisconnect: () => void;
}) {
  const { t } = useDashboard();
  const { busy } = props;
  return (
    <div className="sapa-actions">
      <button type="button" onClick={props.onSyncNow} disabled={busy !== null}>
        {busy === 'sync' ? t('sync.couch.syncing') : t('sync.couch.syncNow')}
      </button>
      {!props.editing && (
        <button type="button" onClick={props.onStartEditing} disabled={busy !== null}>
          {t('sync.couch.change')}
        </button>
      )}
      <button
        type="button"
        className="sapa-secondary"
        onClick={props.onDisconnect}
        disabled={busy !== null}
      >
        {t('sync.couch.disconnect')}
      </button>
    </div>
  );
}
