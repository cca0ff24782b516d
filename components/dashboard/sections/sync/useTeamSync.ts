import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { isSyncOn, originPattern, SYNC_OFF, type TeamSyncStatus } from '@/lib/team-sync/status';
import { checkServerUrl } from '@/lib/team-sync/server-url';
import { useDashboard } from '../../context';

export interface TeamSyncForm {
  url: string;
  database: string;
  username: string;
  password: string;
}

export type TeamSyncBusy = 'connect' | 'sync' | 'disconnect' | null;

const EMPTY: TeamSyncForm = { url: '', database: '', username: '', password: '' };

/** A valid, secure server address without credentials in it, or null. */
function serverAddress(value: string): URL | null {
  const checked = checkServerUrl(value);
  return checked.ok ? checked.url : null;
}

/** The form's values as the background's `sync.configure` takes them. */
function configuration(address: URL, form: TeamSyncForm) {
  return {
    url: address.href.replace(/\/+$/, ''),
    database: form.database.trim(),
    ...(form.username.trim() ? { username: form.username.trim() } : {}),
    ...(form.password ? { password: form.password } : {}),
  };
}

type BusyWith = (kind: TeamSyncBusy, task: () => Promise<unknown>) => Promise<void>;

/**
 * The team sync panel's state and actions: the status the background publishes, the connection
 * form, which action is under way, and the problem to show.
 */
export function useTeamSync() {
  const { repos, t, locale, notify, background } = useDashboard();
  const status: TeamSyncStatus =
    useLiveQuery(() => repos.settings.get('teamSyncStatus'), [repos]) ?? SYNC_OFF;
  const [busy, setBusy] = useState<TeamSyncBusy>(null);
  const [problem, setProblem] = useState<string | null>(null);

  /** Marks `kind` as under way while `task` runs, so every button waits for it. */
  const busyWith: BusyWith = async (kind, task) => {
    setBusy(kind);
    try {
      await task();
    } finally {
      setBusy(null);
    }
  };

  const syncNow = async () => {
    setProblem(null);
    await busyWith('sync', async () => {
      const answer = await background.request('sync.now');
      if (!answer.ok) setProblem(answer.error.message[locale]);
      else if (answer.data.state === 'idle') notify(t('sync.couch.synced'));
    });
  };

  const disconnect = async () => {
    if (!window.confirm(t('sync.couch.disconnectConfirm'))) return;
    await busyWith('disconnect', async () => {
      const answer = await background.request('sync.disconnect');
      if (!answer.ok) setProblem(answer.error.message[locale]);
      else notify(t('sync.couch.disconnected'));
    });
  };

  return {
    status,
    connected: isSyncOn(status),
    busy,
    problem,
    syncNow,
    disconnect,
    ...useConnectionForm(status, busyWith, setProblem),
  };
}

/** The connection form: its values, whether it changes an existing connection, and connecting. */
function useConnectionForm(
  status: TeamSyncStatus,
  busyWith: BusyWith,
  setProblem: (problem: string | null) => void,
) {
  const { t, locale, notify, fail, background, requestOrigin } = useDashboard();
  const [editing, setEditing] = useState(false);
  const [form, setForm] = useState<TeamSyncForm>(EMPTY);

  const setField = (key: keyof TeamSyncForm) => (value: string) =>
    setForm((f) => ({ ...f, [key]: value }));

  /** Checks the form before anything is asked of the person or the background. */
  const formProblem = (): string | null => {
    const address = checkServerUrl(form.url);
    if (!address.ok && address.problem === 'insecure') return t('sync.couch.insecureUrl');
    if (!address.ok) return t('sync.couch.badUrl');
    if (!/^[a-z][a-z0-9_$()+/-]*$/.test(form.database.trim())) return t('sync.couch.badDatabase');
    return null;
  };

  const connect = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const invalid = formProblem();
    if (invalid) return setProblem(invalid);
    const address = serverAddress(form.url)!;
    await busyWith('connect', async () => {
      try {
        // Asked first, while the click still counts as the person's gesture.
        if (!(await requestOrigin(originPattern(address.href))))
          return setProblem(t('sync.couch.permissionDenied', { origin: address.origin }));
        const answer = await background.request('sync.configure', configuration(address, form));
        if (!answer.ok) return setProblem(answer.error.message[locale]);
        if (!answer.data.connected)
          return setProblem(answer.data.error?.message[locale] ?? t('sync.error.unknown'));
        setForm(EMPTY);
        setEditing(false);
        notify(t('sync.couch.connected'));
      } catch (error) {
        fail(error);
      }
    });
  };

  const startEditing = () => {
    setForm({
      url: status.server?.url ?? '',
      database: status.server?.database ?? '',
      username: status.server?.username ?? '',
      password: '',
    });
    setEditing(true);
  };

  return { editing, form, setField, connect, startEditing, stopEditing: () => setEditing(false) };
}
