import { useDashboard } from '../../context';
import { FormError } from '../form';
import { TitledSection } from '../titled';
import { SharePostLogField } from './SharePostLogField';
import { TeamSyncConnectForm } from './TeamSyncConnectForm';
import { TeamSyncActions, TeamSyncStatusView } from './TeamSyncStatusView';
import { useTeamSync } from './useTeamSync';

/**
 * Two-way sync with the team's CouchDB database: connect (the password goes to the background
 * and is never shown again), the live status the background publishes, "Sync now", disconnect.
 */
export function TeamSyncPanel() {
  const { t } = useDashboard();
  const sync = useTeamSync();
  const { status, connected, editing, busy, problem } = sync;
  const showForm = !connected || editing;

  return (
    <TitledSection card title={t('sync.couch.title')}>
      <p className="sapa-hint">{t('sync.couch.intro')}</p>

      {connected && (
        <div aria-busy={status.state === 'syncing'}>
          <TeamSyncStatusView status={status} />
          <TeamSyncActions
            busy={busy}
            editing={editing}
            onSyncNow={() => void sync.syncNow()}
            onStartEditing={sync.startEditing}
            onDisconnect={() => void sync.disconnect()}
          />
          <SharePostLogField />
        </div>
      )}

      {showForm && (
        <TeamSyncConnectForm
          connected={connected}
          editing={editing}
          form={sync.form}
          busy={busy}
          problem={problem}
          setField={sync.setField}
          onSubmit={(e) => void sync.connect(e)}
          onCancel={sync.stopEditing}
        />
      )}
      {!showForm && <FormError message={problem} />}
    </TitledSection>
  );
}
