import { useLiveQuery } from 'dexie-react-hooks';
import {
  parseSettings,
  PLATFORM_IDS,
  RULES,
  type ChecklistSettings,
  type PlatformId,
  type RuleSetting,
  type Severity,
} from '@/lib/checklist';
import { pick, useDashboard } from '../context';
import { useChecklistForm, type TypedRange, type TypedRanges } from './checklistForm';
import { Field, FormActions, FormError } from './form';
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
  const { t } = useDashboard();
  const form = useChecklistForm(props.settings);
  return (
    <TitledForm title={t('dashboard.checklist.title')} onSubmit={form.save}>
      {props.invalid && (
        <p className="sapa-warn" role="alert">
          {t('dashboard.checklist.storedInvalid')}
        </p>
      )}
      <RuleTable kind="auto" rules={form.rules} onChange={form.setRule} />
      <RuleTable kind="manual" rules={form.rules} onChange={form.setRule} />
      <div className="sapa-row">
        <Field
          label={t('dashboard.checklist.wordsId')}
          hint={t('dashboard.checklist.onePerLine')}
          value={form.words.id}
          multiline
          rows={6}
          onChange={form.setWordsId}
        />
        <Field
          label={t('dashboard.checklist.wordsEn')}
          hint={t('dashboard.checklist.onePerLine')}
          value={form.words.en}
          multiline
          rows={6}
          onChange={form.setWordsEn}
        />
      </div>
      <Field
        label={t('dashboard.checklist.banned')}
        hint={t('dashboard.checklist.bannedHint')}
        value={form.words.banned}
        multiline
        rows={4}
        onChange={form.setBanned}
      />
      <HashtagRanges ranges={form.ranges} onChange={form.setRange} />
      <FormError message={form.error} />
      <FormActions />
    </TitledForm>
  );
}

/** The fewest and most hashtags per platform; blank for no limit. */
function HashtagRanges(props: {
  ranges: TypedRanges;
  onChange: (platform: PlatformId, patch: Partial<TypedRange>) => void;
}) {
  const { t } = useDashboard();
  return (
    <fieldset>
      <legend>{t('dashboard.checklist.ranges')}</legend>
      {PLATFORM_IDS.map((p) => (
        <div key={p} className="sapa-row">
          <Field
            label={t('dashboard.checklist.rangeMin', { platform: t(PLATFORM_KEYS[p]) })}
            type="number"
            value={props.ranges[p].min}
            onChange={(min) => props.onChange(p, { min })}
          />
          <Field
            label={t('dashboard.checklist.rangeMax', { platform: t(PLATFORM_KEYS[p]) })}
            type="number"
            value={props.ranges[p].max}
            onChange={(max) => props.onChange(p, { max })}
          />
        </div>
      ))}
    </fieldset>
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
