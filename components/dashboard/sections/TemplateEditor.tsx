import { useId, useState } from 'react';
import {
  PLATFORM_IDS,
  type BrandKitRecord,
  type ContentLocale,
  type PlatformId,
  type TemplateRecord,
  type TemplateVariable,
} from '@/lib/db';
import { formatList } from '@/lib/i18n';
import { BRAND_VARIABLES, renderTemplate, resolveDateDefault } from '@/lib/library/render';
import { today, useDashboard } from '../context';
import { Field, FormActions, SelectField } from './form';
import type { EditorSlot } from './ListDetailEditor';
import { LengthCount, PLATFORM_KEYS, platformOptions } from './platforms';
import { toInput, useTemplateForm, type TemplateForm, type TemplateInput } from './templateForm';
import { TemplateVariables } from './TemplateVariables';
import { ShortcutField } from './shortcutField';
import { TitledForm } from './titled';

export { editorInput } from './templateForm';

function sampleValue(v: TemplateVariable, locale: ContentLocale): string {
  if (v.type === 'date') return resolveDateDefault(v.default, today()) || v.default || today();
  if (v.default?.trim()) return v.default;
  switch (v.type) {
    case 'time':
      return '10.00';
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
  const { t } = useDashboard();
  const editor = useTemplateForm(props);
  const { form, xPremium } = editor;
  return (
    <TitledForm title={props.title} onSubmit={editor.save}>
      <TemplateBasics form={form} categories={props.categories} onChange={editor.patch} />
      <BodyField
        body={form.body}
        unknown={editor.unknown}
        onChange={(body) => editor.patch({ body })}
      />
      <ShortcutField value={form.shortcut} onChange={(shortcut) => editor.patch({ shortcut })} />
      <TemplateVariables variables={form.variables} onChange={editor.setVariables} />
      <PlatformVersions
        body={form.body}
        variants={form.variants}
        xPremium={xPremium}
        onChange={editor.setVariant}
      />
      <TemplatePreview
        input={toInput(form)}
        variables={form.variables}
        brandKit={editor.brandKit}
        xPremium={xPremium}
      />
      <ErrorList errors={editor.errors} />
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

/** The template's name, category and language. */
function TemplateBasics(props: {
  form: TemplateForm;
  categories: string[];
  onChange: (patch: Partial<TemplateForm>) => void;
}) {
  const { t } = useDashboard();
  const { form, onChange } = props;
  return (
    <>
      <Field
        label={t('dashboard.templates.name')}
        value={form.name}
        required
        onChange={(name) => onChange({ name })}
      />
      <div className="sapa-row">
        <CategoryField
          value={form.category}
          categories={props.categories}
          onChange={(category) => onChange({ category })}
        />
        <SelectField
          label={t('dashboard.templates.language')}
          value={form.locale}
          options={[
            { value: 'id', label: t('dashboard.settings.langId') },
            { value: 'en', label: t('dashboard.settings.langEn') },
          ]}
          onChange={(locale) => onChange({ locale })}
        />
      </div>
    </>
  );
}

/** The caption text, with a warning for placeholders nothing will fill. */
function BodyField(props: { body: string; unknown: string[]; onChange: (body: string) => void }) {
  const { t, locale } = useDashboard();
  return (
    <>
      <Field
        label={t('dashboard.templates.body')}
        value={props.body}
        multiline
        rows={6}
        required
        hint={t('dashboard.templates.bodyHint', {
          brand: BRAND_VARIABLES.map((b) => `{{${b}}}`).join(' '),
        })}
        onChange={props.onChange}
      />
      {props.unknown.length > 0 && (
        <p className="sapa-warn">
          {t('dashboard.templates.unknownVars', {
            names: formatList(
              locale,
              props.unknown.map((n) => `{{${n}}}`),
            ),
          })}
        </p>
      )}
    </>
  );
}

/** Everything that stops the template being saved, announced together. */
function ErrorList({ errors }: { errors: string[] }) {
  if (errors.length === 0) return null;
  return (
    <ul className="sapa-errors" role="alert">
      {errors.map((e) => (
        <li key={e}>{e}</li>
      ))}
    </ul>
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
  const { t, locale } = useDashboard();
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
            names: formatList(
              locale,
              preview.missing.map((n) => `{{${n}}}`),
            ),
          })}
        </p>
      )}
    </section>
  );
}
