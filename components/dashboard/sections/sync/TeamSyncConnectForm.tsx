import { useId, type FormEvent } from 'react';
import { useDashboard } from '../../context';
import { Field, FormError } from '../form';
import type { TeamSyncBusy, TeamSyncForm } from './useTeamSync';

/** The server address, database and account to connect with, or to change the connection to. */
export function TeamSyncConnectForm(props: {
  connected: boolean;
  editing: boolean;
  form: TeamSyncForm;
  busy: TeamSyncBusy;
  problem: string | null;
  setField: (key: keyof TeamSyncForm) => (value: string) => void;
  onSubmit: (event: FormEvent) => void;
  onCancel: () => void;
}) {
  const { t } = useDashboard();
  const ids = useId();
  const { form, busy, setField } = props;
  return (
    <form onSubmit={props.onSubmit} aria-labelledby={`${ids}-form`}>
      <h3 id={`${ids}-form`}>
        {props.connected ? t('sync.couch.changeTitle') : t('sync.couch.connectTitle')}
      </h3>
      <Field
        label={t('sync.couch.url')}
        value={form.url}
        onChange={setField('url')}
        type="url"
        required
        placeholder="https://couch.perpustakaan.example"
        hint={t('sync.couch.urlHint')}
      />
      <Field
        label={t('sync.couch.database')}
        value={form.database}
        onChange={setField('database')}
        required
        placeholder="sapa-tim"
        hint={t('sync.couch.databaseHint')}
      />
      <Field
        label={t('sync.couch.username')}
        value={form.username}
        onChange={setField('username')}
      />
      <Field
        label={t('sync.couch.password')}
        value={form.password}
        onChange={setField('password')}
        type="password"
        hint={t('sync.couch.passwordHint')}
      />
      <FormError message={props.problem} />
      <div className="sapa-actions">
        <button type="submit" disabled={busy !== null} aria-busy={busy === 'connect'}>
          {busy === 'connect' ? t('sync.couch.connecting') : t('sync.couch.connect')}
        </button>
        {props.editing && (
          <button type="button" onClick={props.onCancel} disabled={busy !== null}>
            {t('dashboard.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
