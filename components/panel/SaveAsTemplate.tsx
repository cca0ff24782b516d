/** "Save as template": keeps the composer's current text as a new template in the library. */
import { useId, useState } from 'react';
import type { TabContext } from './shared';

export function SaveAsTemplate({ ctx, onSaved }: { ctx: TabContext; onSaved: () => void }) {
  const { t, state, client } = ctx;
  const nameId = useId();
  const [name, setName] = useState('');
  const [saving, setSaving] = useState(false);
  const empty = !state.composerText.trim();

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return ctx.flash({ text: t('templates.nameRequired'), warn: true });
    if (empty) return ctx.flash({ text: t('templates.saveEmpty'), warn: true });
    setSaving(true);
    const res = await client.request('templates.create', {
      name: name.trim(),
      body: state.composerText,
      locale: state.locale,
    });
    setSaving(false);
    if (!res.ok) return ctx.fail(res.error);
    ctx.flash({ text: t('templates.saved', { name: res.data.name }), warn: false });
    setName('');
    onSaved();
  };

  return (
    <form className="sapa-section" onSubmit={save} aria-labelledby={`${nameId}-title`}>
      <h3 id={`${nameId}-title`}>{t('templates.saveTitle')}</h3>
      <p className="sapa-muted">{t('templates.saveHint')}</p>
      <div className="sapa-row">
        <label htmlFor={nameId} className="sapa-visually-hidden">
          {t('templates.saveName')}
        </label>
        <input
          id={nameId}
          type="text"
          value={name}
          placeholder={t('templates.saveName')}
          onChange={(e) => setName(e.target.value)}
        />
        <button type="submit" disabled={saving} className="sapa-secondary">
          {t('templates.saveButton')}
        </button>
      </div>
    </form>
  );
}
