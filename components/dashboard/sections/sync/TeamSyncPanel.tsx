import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type FormEvent } from 'react';
import { originPattern, SYNC_OFF, type TeamSyncError } from '@/lib/team-sync/status';
import { dateTimeFormat, useDashboard } from '../../context';
import { Field } from '../form';
import { TitledSection } from '../titled';

interface Form {
  url: string;
  database: string;
  username: string;
  password: string;
}

const EMPTY: Form = { url: '', database: '', username: '', password: '' };

/** A valid http(s) address without credentials in it, or null. */
function serverAddress(value: string): URL | null {
  try {
    const url = new URL(value.trim());
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    if (url.username || url.password || url.search || url.hash) return null;
    return url;
  } catch {
    return null;
  }
}

/**
 * Two-way sync with the team's CouchDB database: connect (the password goes to the background
 * and is never shown again), the live status the background publishes, "Sync now", disconnect.
 */
export function TeamSyncPanel() {
  const { repos, t, locale, notify, fail, background, requestOrigin } = useDashboard();
  const ids = useId();
  const status = useLiveQuery(() => repos.settings.get('teamSyncStatus'), [repos]) ?? SYNC_OFF;
  const [editing, setEditing] = useState(false);
  const [form, setForm] = useState<Form>(EMPTY);
  const [busy, setBusy] = useState<'connect' | 'sync' | 'disconnect' | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const when = dateTimeFormat(locale);
  const connected = status.state !== 'off' && !!status.server;
  const showForm = !connected || editing;
  const set = (key: keyof Form) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const say = (error: TeamSyncError) => setProblem(error.message[locale]);

  const connect = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const address = serverAddress(form.url);
    if (!address) return setProblem(t('sync.couch.badUrl'));
    if (!/^[a-z][a-z0-9_$()+/-]*$/.test(form.database.trim()))
      return setProblem(t('sync.couch.badDatabase'));
    setBusy('connect');
    try {
      // Asked first, while the click still counts as the person's gesture.
      if (!(await requestOrigin(originPattern(address.href))))
        return setProblem(t('sync.couch.permissionDenied', { origin: address.origin }));
      const answer = await background.request('sync.configure', {
        url: address.href.replace(/\/+$/, ''),
        database: form.database.trim(),
        ...(form.username.trim() ? { username: form.username.trim() } : {}),
        ...(form.password ? { password: form.password } : {}),
      });
      if (!answer.ok) return setProblem(answer.error.message[locale]);
      if (!answer.data.connected)
        return answer.data.error ? say(answer.data.error) : setProblem(t('sync.error.unknown'));
      setForm(EMPTY);
      setEditing(false);
      notify(t('sync.couch.connected'));
    } catch (error) {
      fail(error);
    } finally {
      setBusy(null);
    }
  };

  const syncNow = async () => {
    setProblem(null);
    setBusy('sync');
    try {
      const answer = await background.request('sync.now');
      if (!answer.ok) setProblem(answer.error.message[locale]);
      else if (answer.data.state === 'idle') notify(t('sync.couch.synced'));
    } finally {
      setBusy(null);
    }
  };

  const disconnect = async () => {
    if (!window.confirm(t('sync.couch.disconnectConfirm'))) return;
    setBusy('disconnect');
    try {
      const answer = await background.request('sync.disconnect');
      if (!answer.ok) setProblem(answer.error.message[locale]);
      else notify(t('sync.couch.disconnected'));
    } finally {
      setBusy(null);
    }
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

  return (
    <TitledSection card title={t('sync.couch.title')}>
      <p className="sapa-hint">{t('sync.couch.intro')}</p>

      {connected && (
        <div aria-busy={status.state === 'syncing'}>
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
                conflicts: status.lastReport.conflicts,
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
          {status.skipped.length > 0 && (
            <div className="sapa-errors">
              <p>{t('sync.couch.skipped', { count: status.skipped.length })}</p>
              <ul>
                {status.skipped.slice(0, 20).map((s) => (
                  <li key={s.docId}>
                    <code>{s.docId}</code>: {s.reason[locale]}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <div className="sapa-actions">
            <button type="button" onClick={() => void syncNow()} disabled={busy !== null}>
              {busy === 'sync' ? t('sync.couch.syncing') : t('sync.couch.syncNow')}
            </button>
            {!editing && (
              <button type="button" onClick={startEditing} disabled={busy !== null}>
                {t('sync.couch.change')}
              </button>
            )}
            <button
              type="button"
              className="sapa-secondary"
              onClick={() => void disconnect()}
              disabled={busy !== null}
            >
              {t('sync.couch.disconnect')}
            </button>
          </div>
        </div>
      )}

      {showForm && (
        <form onSubmit={(e) => void connect(e)} aria-labelledby={`${ids}-form`}>
          <h3 id={`${ids}-form`}>
            {connected ? t('sync.couch.changeTitle') : t('sync.couch.connectTitle')}
          </h3>
          <Field
            label={t('sync.couch.url')}
            value={form.url}
            onChange={set('url')}
            type="url"
            required
            placeholder="https://couch.perpustakaan.example"
            hint={t('sync.couch.urlHint')}
          />
          <Field
            label={t('sync.couch.database')}
            value={form.database}
            onChange={set('database')}
            required
            placeholder="sapa-tim"
            hint={t('sync.couch.databaseHint')}
          />
          <Field
            label={t('sync.couch.username')}
            value={form.username}
            onChange={set('username')}
          />
          <Field
            label={t('sync.couch.password')}
            value={form.password}
            onChange={set('password')}
            type="password"
            hint={t('sync.couch.passwordHint')}
          />
          {problem && (
            <p className="sapa-errors" role="alert">
              {problem}
            </p>
          )}
          <div className="sapa-actions">
            <button type="submit" disabled={busy !== null} aria-busy={busy === 'connect'}>
              {busy === 'connect' ? t('sync.couch.connecting') : t('sync.couch.connect')}
            </button>
            {editing && (
              <button type="button" onClick={() => setEditing(false)} disabled={busy !== null}>
                {t('dashboard.cancel')}
              </button>
            )}
          </div>
        </form>
      )}
      {!showForm && problem && (
        <p className="sapa-errors" role="alert">
          {problem}
        </p>
      )}
    </TitledSection>
  );
}
