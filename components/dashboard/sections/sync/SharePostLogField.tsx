import { useLiveQuery } from 'dexie-react-hooks';
import { useDashboard } from '../../context';
import { CheckboxField } from '../form';

/**
 * The team's choice to share its post log. It is a shared team setting (`teamSettings`), not a
 * personal one: every member sees the same choice, and a change reaches everyone at their next
 * sync, so the log and the report never cover half a team by accident.
 */
export function SharePostLogField() {
  const { t, repos, notify, fail } = useDashboard();
  const shared = useLiveQuery(async () => (await repos.teamSettings.get()).sharePostLog, [repos]);
  if (shared === undefined) return null;
  const change = async (on: boolean) => {
    try {
      await repos.teamSettings.save({ sharePostLog: on });
      notify(t(on ? 'sync.sharePostLog.on' : 'sync.sharePostLog.off'));
    } catch (error) {
      fail(error);
    }
  };
  return (
    <div className="sapa-share-post-log">
      <CheckboxField
        label={t('sync.sharePostLog.label')}
        checked={shared}
        onChange={(on) => void change(on)}
      />
      <p className="sapa-hint">{t('sync.sharePostLog.hint')}</p>
    </div>
  );
}
