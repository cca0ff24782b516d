import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState } from 'react';
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
  const { shown, change } = useOptimisticChoice(shared, async (on) => {
    try {
      await repos.teamSettings.save({ sharePostLog: on });
      notify(t(on ? 'sync.sharePostLog.on' : 'sync.sharePostLog.off'));
      return true;
    } catch (error) {
      fail(error, t(on ? 'sync.sharePostLog.notOn' : 'sync.sharePostLog.notOff'));
      return false;
    }
  });
  if (shown === undefined) return null;
  return (
    <div className="sapa-share-post-log">
      <CheckboxField
        label={t('sync.sharePostLog.label')}
        checked={shown}
        onChange={(on) => void change(on)}
      />
      <p className="sapa-hint">{t('sync.sharePostLog.hint')}</p>
    </div>
  );
}

/**
 * A stored yes/no shown as the person chose it at once, while the save runs: the choice holds
 * until the stored value matches it (the save's own write, seen by the live query), and goes
 * back to the stored value when the latest save fails.
 */
function useOptimisticChoice(
  stored: boolean | undefined,
  save: (on: boolean) => Promise<boolean>,
): { shown: boolean | undefined; change: (on: boolean) => Promise<void> } {
  const [chosen, setChosen] = useState<boolean | undefined>(undefined);
  const latest = useRef(0);
  // Adjusted while rendering (React's way to follow a prop), not in an effect: no stale frame.
  if (chosen !== undefined && stored === chosen) setChosen(undefined);
  const change = async (on: boolean) => {
    latest.current += 1;
    const asked = latest.current;
    setChosen(on);
    const saved = await save(on);
    if (!saved && asked === latest.current) setChosen(undefined);
  };
  return { shown: chosen ?? stored, change };
}
