import { useState } from 'react';
import { MEMBER_ROLES, type MemberRole, type TeamMemberRecord } from '@/lib/calendar';
import { useDashboard } from '../../context';
import { Field, FormError, SelectField } from '../form';
import { TitledSection } from '../titled';
import { ROLE_KEYS } from './labels';

/**
 * The team's members: a name and a role for each member id (the id team sync writes as
 * `updatedBy`). Each browser shows its own id here, so a member can name themselves, or tell the
 * coordinator the id to name.
 */
export function TeamMembers(props: { members: TeamMemberRecord[]; onChanged: () => void }) {
  const { t, background, memberId, locale, notify } = useDashboard();
  const [id, setId] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<MemberRole>('writer');
  const [error, setError] = useState<string | null>(null);

  const save = async () => {
    if (!name.trim()) return setError(t('calendar.team.nameRequired'));
    setError(null);
    const res = await background.request('calendar.saveMember', {
      id: id.trim() || memberId,
      displayName: name.trim(),
      role,
    });
    if (!res.ok) return setError(res.error.message[locale]);
    notify(t('calendar.team.saved', { name: res.data.displayName }));
    setId('');
    setName('');
    props.onChanged();
  };

  const remove = async (member: TeamMemberRecord) => {
    const res = await background.request('calendar.removeMember', { id: member.id });
    if (!res.ok) return setError(res.error.message[locale]);
    props.onChanged();
  };

  return (
    <TitledSection title={t('calendar.team.title')} card>
      <p className="sapa-hint">{t('calendar.team.intro', { id: memberId })}</p>
      {props.members.length === 0 ? (
        <p>{t('calendar.team.none')}</p>
      ) : (
        <ul className="sapa-cal-members">
          {props.members.map((m) => (
            <li key={m.id}>
              <span>
                <strong>{m.displayName}</strong> · {t(ROLE_KEYS[m.role])} · <code>{m.id}</code>
                {m.id === memberId && ` (${t('calendar.team.you')})`}
              </span>
              <button
                type="button"
                onClick={() => {
                  setId(m.id);
                  setName(m.displayName);
                  setRole(m.role);
                }}
              >
                {t('calendar.team.edit', { name: m.displayName })}
              </button>
              <button type="button" className="sapa-danger" onClick={() => void remove(m)}>
                {t('calendar.team.remove', { name: m.displayName })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="sapa-cal-member-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <Field
          label={t('calendar.team.memberId')}
          value={id}
          onChange={setId}
          placeholder={memberId}
          hint={t('calendar.team.memberIdHint')}
        />
        <Field label={t('calendar.team.name')} value={name} onChange={setName} required />
        <SelectField
          label={t('calendar.team.role')}
          value={role}
          options={MEMBER_ROLES.map((r) => ({ value: r, label: t(ROLE_KEYS[r]) }))}
          onChange={setRole}
        />
        <FormError message={error} />
        <div className="sapa-actions">
          <button type="submit">{t('calendar.team.save')}</button>
        </div>
      </form>
    </TitledSection>
  );
}
