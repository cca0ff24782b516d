import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { PLATFORM_IDS, type PlatformId } from '@/lib/db';
import { useDashboard } from '../context';
import { PLATFORM_KEYS } from './platforms';
import { CheckboxField } from './form';
import { PickerTriggerField } from './PickerTriggerField';
import { RemindersField } from './RemindersField';
import { TitledSection } from './titled';

type LocaleChoice = 'auto' | 'id' | 'en';

export function SettingsSection() {
  const { repos, t, fail, notify } = useDashboard();
  const choice = useLiveQuery(() => repos.settings.get('locale'), [repos]) ?? 'auto';
  const xPremium = useLiveQuery(() => repos.settings.get('xPremium'), [repos]) ?? false;
  const ids = useId();
  const shortcutsOff = useLiveQuery(() => repos.settings.get('shortcutsOff'), [repos]) ?? [];

  const setShortcuts = async (platform: PlatformId, on: boolean) => {
    const others = shortcutsOff.filter((p) => p !== platform);
    try {
      await repos.settings.set('shortcutsOff', on ? others : [...others, platform]);
    } catch (error) {
      fail(error);
    }
  };

  const setLocale = async (value: LocaleChoice) => {
    try {
      await repos.settings.set('locale', value);
    } catch (error) {
      fail(error);
    }
  };

  const setPremium = async (value: boolean) => {
    try {
      await repos.settings.set('xPremium', value);
      notify(t(value ? 'dashboard.settings.premiumOn' : 'dashboard.settings.premiumOff'));
    } catch (error) {
      fail(error);
    }
  };

  const options: { value: LocaleChoice; label: string }[] = [
    { value: 'auto', label: t('dashboard.settings.langAuto') },
    { value: 'id', label: t('dashboard.settings.langId') },
    { value: 'en', label: t('dashboard.settings.langEn') },
  ];

  return (
    <TitledSection title={t('dashboard.settings.title')}>
      <fieldset>
        <legend>{t('dashboard.settings.language')}</legend>
        {options.map((o) => (
          <label key={o.value} className="sapa-check">
            <input
              type="radio"
              name={`${ids}-locale`}
              value={o.value}
              checked={choice === o.value}
              onChange={() => void setLocale(o.value)}
            />
            {o.label}
          </label>
        ))}
        <p className="sapa-hint">{t('dashboard.settings.languageHint')}</p>
      </fieldset>
      <fieldset>
        <legend>{t('dashboard.settings.x')}</legend>
        <CheckboxField
          label={t('dashboard.settings.xPremium')}
          checked={xPremium}
          onChange={(on) => void setPremium(on)}
        />
        <p className="sapa-hint">{t('dashboard.settings.xPremiumHint')}</p>
      </fieldset>
      <fieldset>
        <legend>{t('dashboard.settings.shortcuts')}</legend>
        {PLATFORM_IDS.map((platform) => (
          <CheckboxField
            key={platform}
            label={t('dashboard.settings.shortcutsOn', { platform: t(PLATFORM_KEYS[platform]) })}
            checked={!shortcutsOff.includes(platform)}
            onChange={(on) => void setShortcuts(platform, on)}
          />
        ))}
        <p className="sapa-hint">{t('dashboard.settings.shortcutsHint')}</p>
      </fieldset>
      <PickerTriggerField />
      <RemindersField />
      <fieldset>
        <legend>{t('dashboard.settings.welcome')}</legend>
        <a href="#welcome">{t('dashboard.settings.welcomeAgain')}</a>
      </fieldset>
    </TitledSection>
  );
}
