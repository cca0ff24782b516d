import type { TemplateVariable, VariableType } from '@/lib/db';
import { useDashboard } from '../context';
import { CheckboxField, Field, SelectField } from './form';

const VARIABLE_TYPES: VariableType[] = ['text', 'date', 'time', 'link', 'choice'];

/** The template's variables, each with its fields and Remove, and Add variable. */
export function TemplateVariables(props: {
  variables: TemplateVariable[];
  onChange: (change: (variables: TemplateVariable[]) => TemplateVariable[]) => void;
}) {
  const { t } = useDashboard();
  const { variables, onChange } = props;
  return (
    <fieldset>
      <legend>{t('dashboard.templates.variables')}</legend>
      {variables.length === 0 && (
        <p className="sapa-hint">{t('dashboard.templates.noVariables')}</p>
      )}
      {variables.map((v, i) => (
        <VariableFields
          key={i}
          n={i + 1}
          variable={v}
          onChange={(p) => onChange((all) => all.map((w, j) => (j === i ? { ...w, ...p } : w)))}
          onRemove={() => onChange((all) => all.filter((_, j) => j !== i))}
        />
      ))}
      <button
        type="button"
        className="sapa-secondary"
        onClick={() =>
          onChange((all) => [...all, { name: '', label: { id: '', en: '' }, type: 'text' }])
        }
      >
        {t('dashboard.templates.addVariable')}
      </button>
    </fieldset>
  );
}

/** One variable of the template: its name in the text, type, labels, options, and Remove. */
function VariableFields(props: {
  /** Its place in the list, from 1, as the person counts. */
  n: number;
  variable: TemplateVariable;
  onChange: (patch: Partial<TemplateVariable>) => void;
  onRemove: () => void;
}) {
  const { t } = useDashboard();
  const { n, variable: v, onChange } = props;
  return (
    <fieldset className="sapa-variable">
      <legend>{t('dashboard.templates.variableN', { n })}</legend>
      <div className="sapa-row">
        <Field
          label={t('dashboard.templates.varName')}
          value={v.name}
          hint={t('dashboard.templates.varNameHint')}
          onChange={(name) => onChange({ name })}
        />
        <SelectField
          label={t('dashboard.templates.varType')}
          value={v.type}
          options={VARIABLE_TYPES.map((type) => ({
            value: type,
            label: t(`dashboard.templates.type.${type}`),
          }))}
          onChange={(type) => onChange({ type })}
        />
      </div>
      <div className="sapa-row">
        <Field
          label={t('dashboard.templates.varLabelId')}
          value={v.label.id}
          onChange={(id) => onChange({ label: { ...v.label, id } })}
        />
        <Field
          label={t('dashboard.templates.varLabelEn')}
          value={v.label.en}
          onChange={(en) => onChange({ label: { ...v.label, en } })}
        />
      </div>
      {v.type === 'choice' && (
        <Field
          label={t('dashboard.templates.varOptions')}
          value={(v.options ?? []).join('\n')}
          multiline
          rows={3}
          onChange={(text) => onChange({ options: text.split('\n') })}
        />
      )}
      <div className="sapa-row">
        <CheckboxField
          label={t('dashboard.templates.varRequired')}
          checked={Boolean(v.required)}
          onChange={(required) => onChange({ required })}
        />
        <button type="button" className="sapa-secondary" onClick={props.onRemove}>
          {t('dashboard.templates.removeVariable', { n })}
        </button>
      </div>
    </fieldset>
  );
}
