import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo, useState } from 'react';
import {
  PLATFORM_IDS,
  type ContentLocale,
  type PlatformId,
  type TemplateRecord,
  type TemplateVariable,
  type VariableType,
} from '@/lib/db';
import { BRAND_VARIABLES, placeholdersIn, renderTemplate } from '@/lib/library/render';
import { today, useDashboard } from '../context';
import { CheckboxField, Field, FormActions, SelectField } from './form';
import { ListDetailEditor, type ListTexts } from './ListDetailEditor';
import { LengthCount, PLATFORM_KEYS, platformOptions } from './shared';
import { TitledForm } from './titled';

interface Form {
  name: string;
  category: string;
  locale: ContentLocale;
  body: string;
  variants: Record<PlatformId, string>;
  variables: TemplateVariable[];
}

const VARIABLE_TYPES: VariableType[] = ['text', 'date', 'link', 'choice'];
const VARIABLE_NAME_RE = /^[A-Za-z_][A-Za-z0-9_]{0,39}$/;

function formOf(t: TemplateRecord | undefined, locale: ContentLocale): Form {
  return {
    name: t?.name ?? '',
    category: t?.category ?? '',
    locale: t?.locale ?? locale,
    body: t?.body ?? '',
    variants: {
      x: t?.variants.x ?? '',
      instagram: t?.variants.instagram ?? '',
      facebook: t?.variants.facebook ?? '',
      tiktok: t?.variants.tiktok ?? '',
    },
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

export const TEMPLATE_TEXTS: ListTexts = {
  listTitle: 'dashboard.templates.listTitle',
  newItem: 'dashboard.templates.new',
  none: 'dashboard.templates.none',
  pick: 'dashboard.templates.pick',
  deleted: 'dashboard.templates.deleted',
  restored: 'dashboard.templates.restored',
};

export function TemplatesSection() {
  const { repos, locale } = useDashboard();
  const templates = useLiveQuery(() => repos.templates.list(), [repos]);

  const categories = useMemo(
    () => [...new Set((templates ?? []).map((x) => x.category).filter(Boolean))].sort(),
    [templates],
  );

  return (
    <ListDetailEditor
      items={templates}
      store={repos.templates}
      texts={TEMPLATE_TEXTS}
      search={{
        label: 'dashboard.templates.search',
        text: (tpl) => `${tpl.name} ${tpl.category} ${tpl.body}`,
      }}
      summary={(tpl) => `${tpl.category} · ${tpl.locale === 'id' ? 'ID' : 'EN'}`}
      copyOwn={{
        // Through the editor's cleaning, as if the copy had been typed in and saved.
        make: (tpl, name) => repos.templates.create({ ...toInput(formOf(tpl, locale)), name }),
        done: 'dashboard.templates.duplicated',
      }}
      editor={(slot) => (
        <TemplateEditor
          template={slot.item}
          categories={categories}
          onSaved={slot.onSaved}
          onDelete={slot.onDelete}
          onDuplicate={slot.onDuplicate}
        />
      )}
      readOnly={(tpl) => <SubscribedTemplate template={tpl} />}
    />
  );
}

function TemplateEditor(props: {
  template: TemplateRecord | undefined;
  categories: string[];
  onSaved: (id: string) => void;
  onDelete?: () => void;
  onDuplicate?: () => void;
}) {
  const { repos, t, locale, notify, fail } = useDashboard();
  const [form, setForm] = useState<Form>(() => formOf(props.template, locale));
  const [errors, setErrors] = useState<string[]>([]);
  const [previewPlatform, setPreviewPlatform] = useState<PlatformId>('instagram');
  const brandKit = useLiveQuery(() => repos.brandKit.get(), [repos]);
  const xPremium = useLiveQuery(() => repos.settings.get('xPremium'), [repos]) ?? false;
  const ids = useId();

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
    try {
      const input = toInput(form);
      const saved = props.template
        ? await repos.templates.update(props.template.id, input)
        : await repos.templates.create(input);
      notify(t('dashboard.templates.saved', { name: saved.name }));
      props.onSaved(saved.id);
    } catch (error) {
      fail(error);
    }
  };

  const declared = new Set(form.variables.map((v) => v.name.trim()));
  const used = placeholdersIn([form.body, ...Object.values(form.variants)].join('\n'));
  const unknown = used.filter(
    (n) => !declared.has(n) && !(BRAND_VARIABLES as readonly string[]).includes(n),
  );

  const values: Record<string, string> = {};
  for (const v of form.variables) values[v.name] = sampleValue(v, form.locale);
  const preview = renderTemplate(toInput(form), {
    platform: previewPlatform,
    locale: form.locale,
    values,
    brandKit: brandKit ?? null,
  });

  return (
    <TitledForm
      title={
        props.template
          ? t('dashboard.templates.editTitle', { name: props.template.name })
          : t('dashboard.templates.newTitle')
      }
      onSubmit={save}
    >
      <Field
        label={t('dashboard.templates.name')}
        value={form.name}
        required
        onChange={(name) => patch({ name })}
      />
      <div className="sapa-row">
        <div className="sapa-field">
          <label htmlFor={`${ids}-cat`}>{t('dashboard.templates.category')}</label>
          <input
            id={`${ids}-cat`}
            list={`${ids}-cats`}
            value={form.category}
            onChange={(e) => patch({ category: e.target.value })}
          />
          <datalist id={`${ids}-cats`}>
            {props.categories.map((c) => (
              <option key={c} value={c} />
            ))}
          </datalist>
        </div>
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
          <fieldset key={i} className="sapa-variable">
            <legend>{t('dashboard.templates.variableN', { n: i + 1 })}</legend>
            <div className="sapa-row">
              <Field
                label={t('dashboard.templates.varName')}
                value={v.name}
                hint={t('dashboard.templates.varNameHint')}
                onChange={(name) => patchVariable(i, { name })}
              />
              <SelectField
                label={t('dashboard.templates.varType')}
                value={v.type}
                options={VARIABLE_TYPES.map((type) => ({
                  value: type,
                  label: t(`dashboard.templates.type.${type}`),
                }))}
                onChange={(type) => patchVariable(i, { type })}
              />
            </div>
            <div className="sapa-row">
              <Field
                label={t('dashboard.templates.varLabelId')}
                value={v.label.id}
                onChange={(id) => patchVariable(i, { label: { ...v.label, id } })}
              />
              <Field
                label={t('dashboard.templates.varLabelEn')}
                value={v.label.en}
                onChange={(en) => patchVariable(i, { label: { ...v.label, en } })}
              />
            </div>
            {v.type === 'choice' && (
              <Field
                label={t('dashboard.templates.varOptions')}
                value={(v.options ?? []).join('\n')}
                multiline
                rows={3}
                onChange={(text) => patchVariable(i, { options: text.split('\n') })}
              />
            )}
            <div className="sapa-row">
              <CheckboxField
                label={t('dashboard.templates.varRequired')}
                checked={Boolean(v.required)}
                onChange={(required) => patchVariable(i, { required })}
              />
              <button
                type="button"
                className="sapa-secondary"
                onClick={() =>
                  setForm((f) => ({ ...f, variables: f.variables.filter((_, j) => j !== i) }))
                }
              >
                {t('dashboard.templates.removeVariable', { n: i + 1 })}
              </button>
            </div>
          </fieldset>
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

      <fieldset>
        <legend>{t('dashboard.templates.variants')}</legend>
        <p className="sapa-hint">{t('dashboard.templates.variantsHint')}</p>
        {PLATFORM_IDS.map((p) => {
          const effective = form.variants[p].trim() ? form.variants[p] : form.body;
          return (
            <div key={p} className="sapa-field">
              <label htmlFor={`${ids}-var-${p}`}>
                {t('dashboard.templates.variantFor', { platform: t(PLATFORM_KEYS[p]) })}
              </label>
              <textarea
                id={`${ids}-var-${p}`}
                rows={3}
                value={form.variants[p]}
                aria-describedby={`${ids}-count-${p}`}
                onChange={(e) =>
                  setForm((f) => ({ ...f, variants: { ...f.variants, [p]: e.target.value } }))
                }
              />
              <p className="sapa-hint">
                <LengthCount
                  id={`${ids}-count-${p}`}
                  text={effective}
                  platform={p}
                  xPremium={xPremium}
                />{' '}
                {!form.variants[p].trim() && t('dashboard.templates.usesBody')}
              </p>
            </div>
          );
        })}
      </fieldset>

      <section className="sapa-preview-box" aria-labelledby={`${ids}-preview`}>
        <h3 id={`${ids}-preview`}>{t('dashboard.templates.preview')}</h3>
        <SelectField
          label={t('dashboard.templates.previewOn')}
          value={previewPlatform}
          options={platformOptions(t)}
          onChange={setPreviewPlatform}
        />
        <p className="sapa-hint">{t('dashboard.templates.previewHint')}</p>
        <div className={`sapa-preview sapa-preview-${previewPlatform}`} data-testid="preview">
          {preview.text || '—'}
        </div>
        <p className="sapa-hint">
          <LengthCount text={preview.text} platform={previewPlatform} xPremium={xPremium} />
        </p>
        {preview.missing.length > 0 && (
          <p className="sapa-warn">
            {t('dashboard.templates.missing', {
              names: preview.missing.map((n) => `{{${n}}}`).join(', '),
            })}
          </p>
        )}
      </section>

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

/** What a subscribed template holds: its text, its versions per platform, its variables. */
function SubscribedTemplate({ template }: { template: TemplateRecord }) {
  const { t, locale } = useDashboard();
  const varsId = useId();
  const variants = PLATFORM_IDS.filter((p) => template.variants[p]?.trim());
  return (
    <>
      <p>
        {t('dashboard.templates.category')}: {template.category || '—'} ·{' '}
        {t('dashboard.templates.language')}:{' '}
        {template.locale === 'id' ? t('dashboard.settings.langId') : t('dashboard.settings.langEn')}
      </p>
      <h3>{t('dashboard.templates.body')}</h3>
      <div className="sapa-readonly" lang={template.locale}>
        {template.body}
      </div>
      {variants.map((p) => (
        <div key={p}>
          <h3>{t('dashboard.templates.variantFor', { platform: t(PLATFORM_KEYS[p]) })}</h3>
          <div className="sapa-readonly" lang={template.locale}>
            {template.variants[p]}
          </div>
        </div>
      ))}
      {template.variables.length > 0 && (
        <>
          <h3 id={varsId}>{t('dashboard.templates.variables')}</h3>
          <ul aria-labelledby={varsId}>
            {template.variables.map((v) => (
              <li key={v.name}>
                <code>{`{{${v.name}}}`}</code> {v.label[locale] || v.name} ·{' '}
                {t(`dashboard.templates.type.${v.type}`)}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
