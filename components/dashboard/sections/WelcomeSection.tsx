/**
 * The first-run welcome: one short page (about two minutes) that sets up the library's name,
 * time zone, accounts and public contacts, the language, the platforms the team uses and the
 * starter templates. "Later" leaves everything as it is; the panel keeps pointing here until done.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { PLATFORM_IDS, type BrandKitRecord, type PlatformId, type TemplateRecord } from '@/lib/db';
import type { MessageKey } from '@/lib/i18n';
import { timeZoneOf } from '@/lib/library/render';
import {
  finishWelcome,
  skipWelcome,
  starterChoices,
  type WelcomeAnswers,
  type WelcomeProblem,
} from '@/lib/welcome';
import { useDashboard } from '../context';
import { TimeZoneField } from './BrandKitSection';
import { CheckboxField, Field } from './form';
import { PLATFORM_KEYS } from './platforms';

const PROBLEM_TEXT: Record<WelcomeProblem, MessageKey> = {
  libraryName: 'dashboard.welcome.needName',
  platforms: 'dashboard.welcome.needPlatform',
  email: 'dashboard.welcome.badEmail',
};

export function WelcomeSection(props: { onDone: () => void }) {
  const { repos, t } = useDashboard();
  const kit = useLiveQuery(() => repos.brandKit.get(), [repos]);
  const templates = useLiveQuery(() => repos.templates.list(), [repos]);
  const locale = useLiveQuery(() => repos.settings.get('locale'), [repos]);
  const welcome = useLiveQuery(async () => (await repos.settings.get('welcome')) ?? null, [repos]);
  if (!kit || !templates || welcome === undefined) return <p>{t('dashboard.loading')}</p>;
  return (
    <WelcomeForm
      kit={kit}
      templates={templates}
      locale={locale ?? 'auto'}
      usedBefore={welcome?.platforms ?? []}
      onDone={props.onDone}
    />
  );
}

function initialAnswers(
  kit: BrandKitRecord,
  templates: readonly TemplateRecord[],
  locale: WelcomeAnswers['locale'],
  usedBefore: readonly PlatformId[],
): WelcomeAnswers {
  const handles: Partial<Record<PlatformId, string>> = { ...kit.handles };
  return {
    libraryName: kit.libraryName,
    timeZone: timeZoneOf(kit),
    locale,
    platforms: usedBefore.length > 0 ? [...usedBefore] : [...PLATFORM_IDS],
    handles,
    phone: kit.phone ?? '',
    whatsApp: kit.whatsApp ?? '',
    email: kit.email ?? '',
    starterTopics: starterChoices(templates, 'id').map((choice) => choice.topic),
  };
}

function WelcomeForm(props: {
  kit: BrandKitRecord;
  templates: TemplateRecord[];
  locale: WelcomeAnswers['locale'];
  usedBefore: PlatformId[];
  onDone: () => void;
}) {
  const { repos, t, locale, notify, fail, panelPrefs } = useDashboard();
  const ids = useId();
  const [answers, setAnswers] = useState(() =>
    initialAnswers(props.kit, props.templates, props.locale, props.usedBefore),
  );
  const [problems, setProblems] = useState<WelcomeProblem[]>([]);
  const [saving, setSaving] = useState(false);
  const starters = starterChoices(props.templates, locale);
  const set = <K extends keyof WelcomeAnswers>(key: K, value: WelcomeAnswers[K]) =>
    setAnswers((a) => ({ ...a, [key]: value }));
  const toggle = <T,>(list: readonly T[], item: T, on: boolean): T[] =>
    on ? [...list.filter((x) => x !== item), item] : list.filter((x) => x !== item);

  const save = async () => {
    setSaving(true);
    try {
      const result = await finishWelcome({ repos, prefs: panelPrefs }, answers);
      setProblems(result.problems);
      if (result.problems.length > 0) return;
      notify(t('dashboard.welcome.done', { library: answers.libraryName.trim() }));
      props.onDone();
    } catch (error) {
      fail(error);
    } finally {
      setSaving(false);
    }
  };
  const later = async () => {
    try {
      await skipWelcome({ repos, prefs: panelPrefs });
      notify(t('dashboard.welcome.skipped'));
      props.onDone();
    } catch (error) {
      fail(error);
    }
  };

  const problemId = (problem: WelcomeProblem) => `${ids}-${problem}`;
  const shown = (problem: WelcomeProblem) =>
    problems.includes(problem) && (
      <p id={problemId(problem)} className="sapa-errors" role="alert">
        {t(PROBLEM_TEXT[problem])}
      </p>
    );

  return (
    <form
      className="sapa-welcome"
      aria-labelledby={`${ids}-title`}
      aria-describedby={`${ids}-intro`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h2 id={`${ids}-title`}>{t('dashboard.welcome.title')}</h2>
      <p id={`${ids}-intro`}>{t('dashboard.welcome.intro')}</p>
      <fieldset>
        <legend>{t('dashboard.welcome.library')}</legend>
        <Field
          label={t('dashboard.brand.libraryName')}
          value={answers.libraryName}
          required
          placeholder={t('dashboard.welcome.libraryExample')}
          onChange={(value) => set('libraryName', value)}
        />
        {shown('libraryName')}
        <TimeZoneField value={answers.timeZone} onChange={(zone) => set('timeZone', zone)} />
      </fieldset>
      <fieldset>
        <legend>{t('dashboard.welcome.platforms')}</legend>
        <p className="sapa-hint">{t('dashboard.welcome.platformsHint')}</p>
        {PLATFORM_IDS.map((platform) => (
          <div key={platform} className="sapa-welcome-platform">
            <CheckboxField
              label={t(PLATFORM_KEYS[platform])}
              checked={answers.platforms.includes(platform)}
              onChange={(on) => set('platforms', toggle(answers.platforms, platform, on))}
            />
            {answers.platforms.includes(platform) && (
              <Field
                label={t('dashboard.welcome.handleOn', { platform: t(PLATFORM_KEYS[platform]) })}
                value={answers.handles[platform] ?? ''}
                placeholder="@perpustakaan"
                onChange={(value) => set('handles', { ...answers.handles, [platform]: value })}
              />
            )}
          </div>
        ))}
        {shown('platforms')}
      </fieldset>
      <fieldset>
        <legend>{t('dashboard.welcome.contacts')}</legend>
        <p className="sapa-hint">{t('dashboard.welcome.contactsHint')}</p>
        <div className="sapa-row">
          <Field
            label={t('dashboard.brand.phone')}
            value={answers.phone}
            type="tel"
            onChange={(value) => set('phone', value)}
          />
          <Field
            label={t('dashboard.brand.whatsApp')}
            value={answers.whatsApp}
            type="tel"
            onChange={(value) => set('whatsApp', value)}
          />
          <Field
            label={t('dashboard.brand.email')}
            value={answers.email}
            type="email"
            onChange={(value) => set('email', value)}
          />
        </div>
        {shown('email')}
      </fieldset>
      <fieldset>
        <legend>{t('dashboard.settings.language')}</legend>
        {(['auto', 'id', 'en'] as const).map((choice) => (
          <label key={choice} className="sapa-check">
            <input
              type="radio"
              name={`${ids}-locale`}
              value={choice}
              checked={answers.locale === choice}
              onChange={() => set('locale', choice)}
            />
            {t(LANGUAGE_LABELS[choice])}
          </label>
        ))}
      </fieldset>
      {starters.length > 0 && (
        <fieldset>
          <legend>{t('dashboard.welcome.starters')}</legend>
          <p className="sapa-hint">{t('dashboard.welcome.startersHint')}</p>
          {starters.map((starter) => (
            <CheckboxField
              key={starter.topic}
              label={starter.name}
              checked={answers.starterTopics.includes(starter.topic)}
              onChange={(on) =>
                set('starterTopics', toggle(answers.starterTopics, starter.topic, on))
              }
            />
          ))}
        </fieldset>
      )}
      <div className="sapa-actions">
        <button type="submit" disabled={saving}>
          {t('dashboard.welcome.save')}
        </button>
        <button type="button" className="sapa-secondary" onClick={() => void later()}>
          {t('dashboard.welcome.later')}
        </button>
      </div>
    </form>
  );
}

const LANGUAGE_LABELS: Record<WelcomeAnswers['locale'], MessageKey> = {
  auto: 'dashboard.settings.langAuto',
  id: 'dashboard.settings.langId',
  en: 'dashboard.settings.langEn',
};
