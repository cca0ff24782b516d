/**
 * The shortcut field of the template and hashtag set editors (lib/quick-insert): what a shortcut
 * may be, and that no other template or hashtag set has it already.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import {
  MAX_SHORTCUT_LENGTH,
  normaliseShortcut,
  shortcutProblem,
  type ShortcutProblem,
} from '@/lib/quick-insert/shortcuts';
import type { MessageKey } from '@/lib/i18n';
import { DEFAULT_PICKER_TRIGGER } from '@/lib/quick-insert/picker';
import { useDashboard } from '../context';
import { Field } from './form';

const PROBLEM_KEYS: Record<Exclude<ShortcutProblem, 'taken'>, MessageKey> = {
  spaces: 'dashboard.library.errShortcutSpaces',
  tooShort: 'dashboard.library.errShortcutTooShort',
  tooLong: 'dashboard.library.errShortcutTooLong',
  looksLikeText: 'dashboard.library.errShortcutLooksLikeText',
};

/**
 * Why `value` cannot be this item's shortcut, in the UI language, or '' when it can. `ownId` is
 * the item being edited (undefined for a new one).
 */
export function useShortcutCheck(ownId: string | undefined): (value: string) => string {
  const { repos, t } = useDashboard();
  const others = useLiveQuery(async () => {
    const [templates, sets] = await Promise.all([repos.templates.list(), repos.hashtagSets.list()]);
    return [...templates, ...sets].filter((item) => item.id !== ownId && item.shortcut);
  }, [repos, ownId]);
  const trigger = useLiveQuery(() => repos.settings.get('pickerTrigger'), [repos]);
  return (value) => {
    const taken = (others ?? []).map((item) => item.shortcut ?? '');
    const problem = shortcutProblem(value, taken);
    const opener = trigger ?? DEFAULT_PICKER_TRIGGER;
    // Typing it would open the picker at the cursor before the shortcut is complete.
    if (!problem && normaliseShortcut(value).startsWith(opener))
      return t('dashboard.library.errShortcutPicker', { trigger: opener });
    if (!problem) return '';
    if (problem !== 'taken') return t(PROBLEM_KEYS[problem], { max: MAX_SHORTCUT_LENGTH });
    const shortcut = normaliseShortcut(value);
    const owner = (others ?? []).find(
      (item) => normaliseShortcut(item.shortcut ?? '') === shortcut,
    );
    return t('dashboard.library.errShortcutTaken', { shortcut, name: owner?.name ?? '' });
  };
}

export function ShortcutField(props: { value: string; onChange: (value: string) => void }) {
  const { t } = useDashboard();
  return (
    <Field
      label={t('dashboard.library.shortcut')}
      value={props.value}
      hint={t('dashboard.library.shortcutHint')}
      placeholder=";baru"
      onChange={props.onChange}
    />
  );
}
