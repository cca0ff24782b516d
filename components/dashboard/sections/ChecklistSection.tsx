import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import {
  normaliseHashtag,
  parseSettings,
  PLATFORM_IDS,
  RULES,
  type ChecklistSettings,
  type PlatformId,
  type RuleSetting,
  type Severity,
} from '@/lib/checklist';
import { displayTag } from '@/lib/db';
import { lines, pick, typedTags, useDashboard } from '../context';
import { Field, FormActions } from './form';
import { PLATFORM_KEYS } from './platforms';
import { TitledForm } from './titled';

const SEVERITIES: Severity[] = ['block', 'warn', 'info'];

export function ChecklistSection() {
  const { repos, t } = useDashboard();
  const record = useLiveQuery(() => repos.checklistSettings.get(), [repos]);
  if (!record) return <p>{t('dashboard.loading')}</p>;
  let settings: ChecklistSettings;
  let invalid = false;
  try {
    settings = parseSettings(record);
  } catch {
    settings = parseSettings({
      rules: {},
      sensitiveWords: { id: [], en: [] },
      bannedHashtags: [],
      hashtagRanges: {},
    });
    invalid = true;
  }
  return <ChecklistForm key={record.updatedAt} settings={settings} invalid={invalid} />;
}

function ChecklistForm(props: { settings: ChecklistSettings; invalid: boolean }) {
  const { repos, t, notify, fail } = useDashboard();
  const [rules, setRules] = useState<Record<string, RuleSetting>>(props.settings.rules);
  const [wordsId, setWordsId] = useState(props.settings.sensitiveWords.id.join('\n'));
  const [wordsEn, setWordsEn] = useState(props.settings.sensitiveWords.en.join('\n'));
  const [banned, setBanned] = useState(
    props.settings.bannedHashtags.map((h) => `#${displayTag(h)}`).join('\n'),
  );
  const [ranges, setRanges] = useState<Record<PlatformId, { min: string; max: string }>>(() => {
    const out = {} as Record<PlatformId, { min: string; max: string }>;
    for (const p of PLATFORM_IDS) {
      const r = props.settings.hashtagRanges[p];
      out[p] = { min: r ? String(r.min) : '', max: r ? String(r.max) : '' };
    }
    return out;
  });
  const [error, setError] = useState('');

  const setRule = (id: string, patch: Partial<RuleSetting>) =>
    setRules((r) => ({ ...r, [id]: { ...r[id]!, ...patch } }));

  const save = async () => {
    const hashtagRanges: ChecklistSettings['hashtagRanges'] = {};
    for (const p of PLATFORM_IDS) {
      const { min, max } = ranges[p];
      if (!min.trim() && !max.trim()) continue;
      const lo = Number(min);
      const hi = Number(max);
      if (!Number.isInteger(lo) || !Number.isInteger(hi) || lo < 0 || hi < lo) {
        setError(t('dashboard.checklist.errRange', { platform: t(PLATFORM_KEYS[p]) }));
        return;
      }
      hashtagRanges[p] = { min: lo, max: hi };
    }
    const bannedTags = [...new Set(typedTags(banned).map(normaliseHashtag))];
    let next: ChecklistSettings;
    try {
      next = parseSettings({
        ...props.settings,
        rules,
        sensitiveWords: { id: lines(wordsId), en: lines(wordsEn) },
        bannedHashtags: bannedTags,
        hashtagRanges,
      });
    } catch {
      setError(t('dashboard.checklist.errInvalid'));
      return;
    }
    setError('');
    try {
      await repos.checklistSettings.save({
        rules: next.rules,
        sensitiveWords: next.sensitiveWords,
        bannedHashtags: next.bannedHashtags,
        hashtagRanges: next.hashtagRanges,
      });
      notify(t('dashboard.checklist.saved'));
    } catch (err) {
      fail(err);
    }
  };

  return (
    <TitledForm title={t('dashboard.checklist.title')} onSubmit={save}>
      {props.invalid && (
        <p className="sapa-warn" role="alert">
          {t('dashboard.checklist.storedInvalid')}
        </p>
      )}
      <RuleTable kind="auto" rules={rules} onChange={setRule} />
      <RuleTable kind="manual" rules={rules} onChange={setRule} />
      <div className="sapa-row">
        <Field
          label={t('dashboard.checklist.wordsId')}
          hint={t('dashboard.checklist.onePerLine')}
          value={wordsId}
          multiline
          rows={6}
          onChange={setWordsId}
        />
        <Field
          label={t('dashboard.checklist.wordsEn')}
          hint={t('dashboard.checklist.onePerLine')}
          value={wordsEn}
          multiline
          rows={6}
          onChange={setWordsEn}
        />
      </div>
      <Field
        label={t('dashboard.checklist.banned')}
        hint={t('dashboard.checklist.bannedHint')}
        value={banned}
        multiline
        rows={4}
        onChange={setBanned}
      />
      <fieldset>
        <legend>{t('dashboard.checklist.ranges')}</legend>
        {PLATFORM_IDS.map((p) => (
          <div key={p} className="sapa-row">
            <Field
              label={t('dashboard.checklist.rangeMin', { platform: t(PLATFORM_KEYS[p]) })}
              type="number"
              value={ranges[p].min}
              onChange={(min) => setRanges((r) => ({ ...r, [p]: { ...r[p], min } }))}
            />
            <Field
              label={t('dashboard.checklist.rangeMax', { platform: t(PLATFORM_KEYS[p]) })}
              type="number"
              value={ranges[p].max}
              onChange={(max) => setRanges((r) => ({ ...r, [p]: { ...r[p], max } }))}
            />
          </div>
        ))}
      </fieldset>
      {error && (
        <p className="sapa-errors" role="alert">
          {error}
        </p>
      )}
      <FormActions />
    </TitledForm>
  );
}

type Rule = (typeof RULES)[number];

interface RuleTableProps {
  kind: Rule['kind'];
  rules: Record<string, RuleSetting>;
  onChange: (id: string, patch: Partial<RuleSetting>) => void;
}

/**
 * The automatic or the manual rules as a table: each on or off, with its severity; a manual item
 * can also be required before posting.
 */
function RuleTable(props: RuleTableProps) {
  const { t } = useDashboard();
  const manual = props.kind === 'manual';
  return (
    <table className="sapa-rules">
      <caption>
        {t(manual ? 'dashboard.checklist.manualRules' : 'dashboard.checklist.autoRules')}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('dashboard.checklist.colRule')}</th>
          <th scope="col">{t('dashboard.checklist.colOn')}</th>
          <th scope="col">{t('dashboard.checklist.colSeverity')}</th>
          {manual && <th scope="col">{t('dashboard.checklist.colRequired')}</th>}
        </tr>
      </thead>
      <tbody>
        {RULES.filter((rule) => rule.kind === props.kind).map((rule) => (
          <RuleRow
            key={rule.id}
            rule={rule}
            setting={props.rules[rule.id] ?? { enabled: true, severity: rule.defaultSeverity }}
            onChange={(patch) => props.onChange(rule.id, patch)}
          />
        ))}
      </tbody>
    </table>
  );
}

function RuleRow(props: {
  rule: Rule;
  setting: RuleSetting;
  onChange: (patch: Partial<RuleSetting>) => void;
}) {
  const { t, locale } = useDashboard();
  const { rule, setting, onChange } = props;
  const title = pick(rule.title, locale);
  return (
    <tr>
      <th scope="row">
        {title}
        <span className="sapa-hint"> ({rule.item})</span>
      </th>
      <td>
        <input
          type="checkbox"
          aria-label={t('dashboard.checklist.enabledFor', { rule: title })}
          checked={setting.enabled}
          onChange={(e) => onChange({ enabled: e.target.checked })}
        />
      </td>
      <td>
        <select
          aria-label={t('dashboard.checklist.severityFor', { rule: title })}
          value={setting.severity}
          onChange={(e) => onChange({ severity: e.target.value as Severity })}
        >
          {SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {t(`dashboard.checklist.severity.${s}`)}
            </option>
          ))}
        </select>
      </td>
      {rule.kind === 'manual' && (
        <td>
          <input
            type="checkbox"
            aria-label={t('dashboard.checklist.requiredFor', { rule: title })}
            checked={Boolean(setting.required)}
            onChange={(e) => onChange({ required: e.target.checked })}
          />
        </td>
      )}
    </tr>
  );
}
