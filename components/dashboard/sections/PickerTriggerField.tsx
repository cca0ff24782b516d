/**
 * What opens the picker at the caret (`;;` unless the person chose another): a personal
 * setting, checked with the same rule the background applies (lib/quick-insert/picker.ts).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { DEFAULT_PICKER_TRIGGER, pickerTriggerProblem } from '@/lib/quick-insert/picker';
import { normaliseShortcut } from '@/lib/quick-insert/shortcuts';
import { useDashboard } from '../context';
import { Field } from './form';

export function PickerTriggerField() {
  const { repos, t, fail, notify } = useDashboard();
  const stored = useLiveQuery(() => repos.settings.get('pickerTrigger'), [repos]);
  const shortcuts = useLiveQuery(async () => {
    const [templates, sets] = await Promise.all([repos.templates.list(), repos.hashtagSets.list()]);
    return [...templates, ...sets].flatMap((item) => (item.shortcut ? [item.shortcut] : []));
  }, [repos]);
  const [typed, setTyped] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const value = typed ?? stored ?? DEFAULT_PICKER_TRIGGER;

  const save = async () => {
    const found = pickerTriggerProblem(value);
    if (found) {
      setProblem(t(`dashboard.settings.pickerProblem.${found}`));
      return;
    }
    // A shortcut beginning with the trigger could never be typed: the picker would open first.
    const blocked = (shortcuts ?? []).find((shortcut) =>
      normaliseShortcut(shortcut).startsWith(value.trim()),
    );
    if (blocked) {
      setProblem(t('dashboard.settings.pickerProblem.shortcut', { shortcut: blocked }));
      return;
    }
    setProblem(null);
    try {
      await repos.settings.set('pickerTrigger', value.trim());
      setTyped(null);
      notify(t('dashboard.settings.pickerSaved', { trigger: value.trim() }));
    } catch (error) {
      fail(error);
    }
  };

  return (
    <fieldset>
      <legend>{t('dashboard.settings.picker')}</legend>
      <form
        noValidate
        className="sapa-row"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <Field
          label={t('dashboard.settings.pickerTrigger')}
          value={value}
          onChange={setTyped}
          hint={t('dashboard.settings.pickerHint')}
        />
        <button type="submit" className="sapa-secondary">
          {t('dashboard.save')}
        </button>
      </form>
      {problem && (
        <p className="sapa-errors" role="alert">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
