import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import {
  PLATFORM_IDS,
  type BrandKitRecord,
  type ContentLocale,
  type PlatformId,
  type TemplateRecord,
  type TemplateVariable,
  type VariableType,
} from '@/lib/db';
import { BRAND_VARIABLES, placeholdersIn, renderTemplate } from '@/lib/library/render';
import { today, useDashboard } from '../context';
import { CheckboxField, Field, FormActions, SelectField } from './form';
import type { EditorSlot } from './ListDetailEditor';
import { LengthCount, PLATFORM_KEYS, platformOptions } from './platforms';
import { TitledForm } from './titled';
import { perPlatform } from '@/lib/platforms';

interface Form {
  name: string;
  category: string;
  locale: ContentLocale;
  body: string;
  variants: Record<PlatformId, string>;
  variables: TemplateVariable[];
}

type TemplateInput = ReturnType<typeof toInput>;

const VARIABLE_TYPES: VariableType[] = ['text', 'date', 'link', 'choice'];
const VARIABLE_NAME_RE = /^[A-Za-z_][A-Za-z0-9_]{0,39}$/;

function formOf(t: TemplateRecord | undefined, locale: ContentLocale): Form {
  return {
    name: t?.name ?? '',
    category: t?.category ?? '',
    locale: t?.locale ?? locale,
    body: t?.body ?? '',
    variants: perPlatform((site) => t?.variants[site.id] ?? ''),
    variables: t?.variables.map((v) => ({ ...v, label: { ...v.label } })) ?? [],
  };
}

function toInput(form: Form) {
  const variants: Partial<Record<PlatformId, string>> = {};
  for (const p of PLATFORM_IDS) if (form.variants[p].trim()) variants[p] = form.variants[p];
  return {
    name: form.name.trim(),
    category: form.category.trim() || 'custom',
    locale: form.locale,
    body: form.body,
    variants,
    variables: form.variables.map((v) => {
      const out: TemplateVariable = {
        ...v,
        name: v.name.trim(),
        label: { id: v.label.id.trim() || v.name.trim(), en: v.label.en.trim() || v.name.trim() },
      };
      if (v.type === 'choice') out.options = (v.options ?? []).map((o) => o.trim()).filter(Boolean);
      else delete out.options;
      if (!v.required) delete out.required;
      return out;
    }),
  };
}

/** What saving this template unchanged from the editor would store (blank parts tidied). */
export function editorInput(template: TemplateRecord): TemplateInput {
  return toInput(formOf(template, template.locale));
}

function sampleValue(v: TemplateVariable, locale: ContentLocale): string {
  if (v.default?.trim()) return v.default;
  switch (v.type) {
    case 'date':
      return today();
    case 'link':
      return 'https://example.org/';
    case 'choice':
      return v.options?.[0] ?? '';
    default:
      return `[${v.label[locale] || v.name}]`;
  }
}

/** Editing one of the team's own templates, or writing a new one. */
export function TemplateEditor(
  props: EditorSlot<TemplateRecord, TemplateInput> & { categories: string[] },
) {
  const { repos, t, locale } = useDashboard();
  const [form, setForm] = useState<Form>(() => formOf(props.item, locale));
  const [errors, setErrors] = useState<string[]>([]);
  const brandKit = useLiveQuery(() => repos.brandKit.get(), [repos]);
  const xPremium = useLiveQuery(() => repos.settings.get('xPremium'), [repos]) ?? false;

  const patch = (p: Partial<Form>) => setForm((f) => ({ ...f, ...p }));
  const patchVariable = (i: number, p: Partial<TemplateVariable>) =>
    setForm((f) => ({
      ...f,
      variables: f.variables.map((v, j) => (j === i ? { ...v, ...p } : v)),
    }));

  const validate = (): string[] => {
    const out: string[] = [];
    if (!form.name.trim()) out.push(t('dashboard.templates.errName'));
    if (!form.body.trim()) out.push(t('dashboard.templates.errBody'));
    const seen = new Set<string>();
    form.variables.forEach((v, i) => {
      const n = v.name.trim();
      if (!VARIABLE_NAME_RE.test(n)) out.push(t('dashboard.templates.errVarName', { n: i + 1 }));
      else if (seen.has(n)) out.push(t('dashboard.templates.errVarDuplicate', { name: n }));
      seen.add(n);
      if (v.type === 'choice' && !(v.options ?? []).some((o) => o.trim()))
        out.push(t('dashboard.templates.errVarOptions', { name: n || String(i + 1) }));
    });
    return out;
  };

  const save = async () => {
    const problems = validate();
    setErrors(problems);
    if (problems.length) return;
    await props.save(toInput(form));
  };

  const declared = new Set(form.variables.map((v) => v.name.trim()));
  const used = placeholdersIn([form.body, ...Object.values(form.variants)].join('\n'));
  const unknown = used.filter(
    (n) => !declared.has(n) && !(BRAND_VARIABLES as readonly string[]).includes(n),
  );

  return (
    <TitledForm title={props.title} onSubmit={save}>
      <Field
        label={t('dashboard.templates.name')}
        value={form.name}
        required
        onChange={(name) => patch({ name })}
      />
      <div className="sapa-row">
        <CategoryField
          value={form.category}
          categories={props.categories}
          onChange={(category) => patch({ category })}
        />
        <SelectField
          label={t('dashboard.templates.language')}
          value={form.locale}
          options={[
            { value: 'id', label: t('dashboard.settings.langId') },
            { value: 'en', label: t('dashboard.settings.langEn') },
          ]}
          onChange={(locale) => patch({ locale })}
        />
      </div>
      <Field
        label={t('dashboard.templates.body')}
        value={form.body}
        multiline
        rows={6}
        required
        hint={t('dashboard.templates.bodyHint', {
          brand: BRAND_VARIABLES.map((b) => `{{${b}}}`).join(' '),
        })}
        onChange={(body) => patch({ body })}
      />
      {unknown.length > 0 && (
        <p className="sapa-warn">
          {t('dashboard.templates.unknownVars', {
            names: unknown.map((n) => `{{${n}}}`).join(', '),
          })}
        </p>
      )}

      <fieldset>
        <legend>{t('dashboard.templates.variables')}</legend>
        {form.variables.length === 0 && (
          <p className="sapa-hint">{t('dashboard.templates.noVariables')}</p>
        )}
        {form.variables.map((v, i) => (
          <VariableFields
            key={i}
            n={i + 1}
            variable={v}
            onChange={(p) => patchVariable(i, p)}
            onRemove={() =>
              setForm((f) => ({ ...f, variables: f.variables.filter((_, j) => j !== i) }))
            }
          />
        ))}
        <button
          type="button"
          className="sapa-secondary"
          onClick={() =>
            setForm((f) => ({
              ...f,
              variables: [...f.variables, { name: '', label: { id: '', en: '' }, type: 'text' }],
            }))
          }
        >
          {t('dashboard.templates.addVariable')}
        </button>
      </fieldset>

      <PlatformVersions
        body={form.body}
        variants={form.variants}
        xPremium={xPremium}
        onChange={(p, text) => setForm((f) => ({ ...f, variants: { ...f.variants, [p]: text } }))}
      />

      <TemplatePreview
        input={toInput(form)}
        variables={form.variables}
        brandKit={brandKit ?? null}
        xPremium={xPremium}
      />

      {errors.length > 0 && (
        <ul className="sapa-errors" role="alert">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
      <FormActions onDelete={props.onDelete}>
        {props.onDuplicate && (
          <button type="button" className="sapa-secondary" onClick={props.onDuplicate}>
            {t('dashboard.templates.duplicate')}
          </button>
        )}
      </FormActions>
    </TitledForm>
  );
}

/** The category: typed freely, with the categories already in use offered as suggestions. */
function CategoryField(props: {
  value: string;
  categories: string[];
  onChange: (category: string) => void;
}) {
  const { t } = useDashboard();
  const id = useId();
  return (
    <div className="sapa-field">
      <label htmlFor={`${id}-cat`}>{t('dashboard.templates.category')}</label>
      <input
        id={`${id}-cat`}
        list={`${id}-cats`}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      />
      <datalist id={`${id}-cats`}>
        {props.categories.map((c) => (
          <option key={c} value={c} />
        ))}
      </datalist>
    </div>
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

/** A version of the text per platform; an empty one uses the caption text, and says so. */
function PlatformVersions(props: {
  body: string;
  variants: Record<PlatformId, string>;
  xPremium: boolean;
  onChange: (platform: PlatformId, text: string) => void;
}) {
  const { t } = useDashboard();
  const ids = useId();
  return (
    <fieldset>
      <legend>{t('dashboard.templates.variants')}</legend>
      <p className="sapa-hint">{t('dashboard.templates.variantsHint')}</p>
      {PLATFORM_IDS.map((p) => {
        const own = props.variants[p];
        return (
          <div key={p} className="sapa-field">
            <label htmlFor={`${ids}-var-${p}`}>
              {t('dashboard.templates.variantFor', { platform: t(PLATFORM_KEYS[p]) })}
            </label>
            <textarea
              id={`${ids}-var-${p}`}
              rows={3}
              value={own}
              aria-describedby={`${ids}-count-${p}`}
              onChange={(e) => props.onChange(p, e.target.value)}
            />
            <p className="sapa-hint">
              <LengthCount
                id={`${ids}-count-${p}`}
                text={own.trim() ? own : props.body}
                platform={p}
                xPremium={props.xPremium}
              />{' '}
              {!own.trim() && t('dashboard.templates.usesBody')}
            </p>
          </div>
        );
      })}
    </fieldset>
  );
}

/** The template as it would be posted on a chosen platform, variables filled with samples. */
function TemplatePreview(props: {
  input: TemplateInput;
  variables: TemplateVariable[];
  brandKit: BrandKitRecord | null;
  xPremium: boolean;
}) {
  const { t } = useDashboard();
  const [platform, setPlatform] = useState<PlatformId>('instagram');
  const titleId = useId();
  const { input } = props;
  const values: Record<string, string> = {};
  for (const v of props.variables) values[v.name] = sampleValue(v, input.locale);
  const preview = renderTemplate(input, {
    platform,
    locale: input.locale,
    values,
    brandKit: props.brandKit,
  });
  return (
    <section className="sapa-preview-box" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('dashboard.templates.preview')}</h3>
      <SelectField
        label={t('dashboard.templates.previewOn')}
        value={platform}
        options={platformOptions(t)}
        onChange={setPlatform}
      />
      <p className="sapa-hint">{t('dashboard.templates.previewHint')}</p>
      <div className={`sapa-preview sapa-preview-${platform}`} data-testid="preview">
        {preview.text || '—'}
      </div>
      <p className="sapa-hint">
        <LengthCount text={preview.text} platform={platform} xPremium={props.xPremium} />
      </p>
      {preview.missing.length > 0 && (
        <p className="sapa-warn">
          {t('dashboard.templates.missing', {
            names: preview.missing.map((n) => `{{${n}}}`).join(', '),
          })}
        </p>
      )}
    </section>
  );
}
