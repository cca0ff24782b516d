/**
 * Templates: search the library's templates, fill in a chosen template's variables, edit the
 * result in the Caption box and insert it; or save the composer's text as a new template.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import type { TemplateView } from '@/lib/messaging';
import type { ContentLocale, TemplateVariable } from '@/lib/db/types';
import {
  BRAND_VARIABLES,
  brandValues,
  pickText,
  placeholdersIn,
  renderTemplate,
  type BrandVariable,
} from '@/lib/library/render';
import {
  ErrorLine,
  LengthCount,
  Loading,
  keepComposerFocus,
  key,
  useRequest,
  type TabContext,
} from './shared';

const SEARCH_DELAY_MS = 200;

const isBrandVariable = (name: string): name is BrandVariable =>
  (BRAND_VARIABLES as readonly string[]).includes(name);

/** A form field: a declared variable, or a placeholder the template uses without declaring. */
type Field = TemplateVariable & { undeclared?: boolean };

/** One form field per placeholder the platform's text uses, in order of appearance. */
function fieldsOf(template: TemplateView, platform: TabContext['state']['platform']): Field[] {
  const declared = new Map(template.variables.map((v) => [v.name, v]));
  return placeholdersIn(pickText(template, platform).text).map(
    (name): Field =>
      declared.get(name) ?? {
        name,
        label: { id: name, en: name },
        type: name === 'website' || name === 'linkInBio' ? 'link' : 'text',
        undeclared: true,
      },
  );
}

/** The field's label in the UI language; brand-kit names have their own catalogue entries. */
function labelOf(field: Field, ctx: TabContext): string {
  if (field.undeclared && isBrandVariable(field.name)) return ctx.t(key(`var.${field.name}`));
  return field.label[ctx.state.locale];
}

/** Starting values: a variable's default, else the brand kit's value. */
function initialValues(template: TemplateView, ctx: TabContext): Record<string, string> {
  const brand = brandValues(ctx.library.brandKit, ctx.state.platform);
  const values: Record<string, string> = {};
  for (const field of fieldsOf(template, ctx.state.platform)) {
    const fromBrand = isBrandVariable(field.name) ? brand[field.name] : '';
    values[field.name] = field.default?.trim() || fromBrand;
  }
  return values;
}

function useTemplates(ctx: TabContext, query: string) {
  const { client, state } = ctx;
  const trimmed = query.trim();
  return useRequest<TemplateView[]>(async () => {
    if (trimmed) {
      return client.request('templates.search', { query: trimmed, platform: state.platform });
    }
    // The UI language's templates first, then the other language's.
    const other: ContentLocale = state.locale === 'id' ? 'en' : 'id';
    const first = await client.request('templates.list', {
      locale: state.locale,
      platform: state.platform,
    });
    if (!first.ok) return first;
    const second = await client.request('templates.list', {
      locale: other,
      platform: state.platform,
    });
    if (!second.ok) return second;
    return { ok: true, data: [...first.data, ...second.data] };
  }, `${state.platform}|${state.locale}|${trimmed}`);
}

function VariableField({
  field,
  value,
  onChange,
  ctx,
}: {
  field: Field;
  value: string;
  onChange: (value: string) => void;
  ctx: TabContext;
}) {
  const id = useId();
  const { t } = ctx;
  const label = labelOf(field, ctx);
  const common = {
    id,
    value,
    required: field.required === true,
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
      onChange(e.target.value),
  };
  return (
    <div className="sapa-field">
      <label htmlFor={id}>
        {label}
        {field.required && <span className="sapa-muted"> {t('common.required')}</span>}
      </label>
      {field.type === 'choice' ? (
        <select {...common}>
          <option value="">{t('templates.choose')}</option>
          {(field.options ?? []).map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      ) : (
        <input
          {...common}
          type={field.type === 'date' ? 'date' : field.type === 'link' ? 'url' : 'text'}
          inputMode={field.type === 'link' ? 'url' : undefined}
        />
      )}
    </div>
  );
}

function SaveAsTemplate({ ctx, onSaved }: { ctx: TabContext; onSaved: () => void }) {
  const { t, state, client } = ctx;
  const nameId = useId();
  const [name, setName] = useState('');
  const [saving, setSaving] = useState(false);
  const empty = !state.composerText.trim();

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return ctx.flash({ text: t('templates.nameRequired'), warn: true });
    if (empty) return ctx.flash({ text: t('templates.saveEmpty'), warn: true });
    setSaving(true);
    const res = await client.request('templates.create', {
      name: name.trim(),
      body: state.composerText,
      locale: state.locale,
    });
    setSaving(false);
    if (!res.ok) return ctx.fail(res.error);
    ctx.flash({ text: t('templates.saved', { name: res.data.name }), warn: false });
    setName('');
    onSaved();
  };

  return (
    <form className="sapa-section" onSubmit={save} aria-labelledby={`${nameId}-title`}>
      <h3 id={`${nameId}-title`}>{t('templates.saveTitle')}</h3>
      <p className="sapa-muted">{t('templates.saveHint')}</p>
      <div className="sapa-row">
        <label htmlFor={nameId} className="sapa-visually-hidden">
          {t('templates.saveName')}
        </label>
        <input
          id={nameId}
          type="text"
          value={name}
          placeholder={t('templates.saveName')}
          onChange={(e) => setName(e.target.value)}
        />
        <button type="submit" disabled={saving} className="sapa-secondary">
          {t('templates.saveButton')}
        </button>
      </div>
    </form>
  );
}

export function TemplatesTab({ ctx }: { ctx: TabContext }) {
  const { t, state } = ctx;
  const searchId = useId();
  const captionId = useId();
  const [query, setQuery] = useState('');
  const [debounced, setDebounced] = useState('');
  const [chosen, setChosen] = useState<TemplateView | null>(null);
  const [values, setValues] = useState<Record<string, string>>({});

  useEffect(() => {
    const timer = setTimeout(() => setDebounced(query), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [query]);

  const list = useTemplates(ctx, debounced);
  const fields = useMemo(
    () => (chosen ? fieldsOf(chosen, state.platform) : []),
    [chosen, state.platform],
  );
  const rendered = useMemo(
    () =>
      chosen
        ? renderTemplate(chosen, {
            platform: state.platform,
            // Dates are written in the template's language, whatever the panel speaks.
            locale: chosen.locale ?? state.locale,
            values,
            brandKit: ctx.library.brandKit,
          })
        : null,
    [chosen, values, state.platform, state.locale, ctx.library.brandKit],
  );

  const setCaption = state.setCaption;
  const renderInto = (template: TemplateView, nextValues: Record<string, string>) => {
    setCaption(
      renderTemplate(template, {
        platform: state.platform,
        locale: template.locale ?? state.locale,
        values: nextValues,
        brandKit: ctx.library.brandKit,
      }).text,
    );
  };

  const choose = (template: TemplateView) => {
    const start = initialValues(template, ctx);
    setChosen(template);
    setValues(start);
    renderInto(template, start);
  };

  const setValue = (name: string, value: string) => {
    if (!chosen) return;
    const next = { ...values, [name]: value };
    setValues(next);
    renderInto(chosen, next);
  };

  const missingLabel = (name: string) => {
    const field = fields.find((f) => f.name === name);
    return field ? labelOf(field, ctx) : name;
  };
  const insert = (mode: 'caret' | 'replace') =>
    chosen
      ? ctx.onInsert(state.caption, mode, { templateId: chosen.id })
      : ctx.onInsert(state.caption, mode);
  const templates = list.data ?? [];

  return (
    <div className="sapa-stack">
      <div className="sapa-field">
        <label htmlFor={searchId}>{t('templates.search')}</label>
        <input
          id={searchId}
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
      </div>
      <ErrorLine error={list.error} locale={state.locale} />
      {list.loading && !list.data ? (
        <Loading t={t} />
      ) : templates.length === 0 ? (
        <p className="sapa-muted">
          {debounced.trim()
            ? t('templates.noResults', { query: debounced.trim() })
            : t('templates.empty')}
        </p>
      ) : (
        <ul className="sapa-list sapa-scroll" aria-label={t('templates.listLabel')}>
          {templates.map((template) => (
            <li
              key={template.id}
              className={chosen?.id === template.id ? 'sapa-item sapa-chosen' : 'sapa-item'}
            >
              <div className="sapa-item-text">
                <span lang={template.locale} className="sapa-item-title">
                  {template.name}
                </span>
                <span className="sapa-muted">
                  {t(key(`locale.${template.locale}`))} · {template.category}
                </span>
                {template.source && (
                  <span className="sapa-badge sapa-source">
                    {t('source.from', { title: template.source.title })}
                  </span>
                )}
              </div>
              <button
                type="button"
                className="sapa-small"
                aria-label={t('templates.insertNamed', { name: template.name })}
                aria-pressed={chosen?.id === template.id}
                onMouseDown={keepComposerFocus}
                onClick={() => choose(template)}
              >
                {t('common.insert')}
              </button>
            </li>
          ))}
        </ul>
      )}

      {chosen && (
        <section className="sapa-section" aria-labelledby={`${captionId}-vars`}>
          <div className="sapa-row">
            <h3 id={`${captionId}-vars`} lang={chosen.locale}>
              {t('templates.variables', { name: chosen.name })}
            </h3>
            <button
              type="button"
              className="sapa-secondary sapa-small"
              onClick={() => setChosen(null)}
            >
              {t('templates.clear')}
            </button>
          </div>
          {rendered?.usedVariant && (
            <p className="sapa-muted">{t('templates.variant', { platform: ctx.platformName })}</p>
          )}
          {fields.map((field) => (
            <VariableField
              key={field.name}
              field={field}
              value={values[field.name] ?? ''}
              onChange={(value) => setValue(field.name, value)}
              ctx={ctx}
            />
          ))}
          {rendered && rendered.missing.length > 0 && (
            <p className="sapa-warn">
              {t('templates.missing', { names: rendered.missing.map(missingLabel).join(', ') })}
            </p>
          )}
        </section>
      )}

      <label htmlFor={captionId}>{t('panel.captionLabel')}</label>
      <textarea
        id={captionId}
        className="sapa-caption"
        rows={6}
        value={state.caption}
        aria-describedby={`${captionId}-count`}
        onChange={(event) => state.setCaption(event.target.value)}
      />
      <LengthCount text={state.caption} ctx={ctx} id={`${captionId}-count`} />
      <div className="sapa-actions">
        <button
          type="button"
          disabled={state.busy}
          onMouseDown={keepComposerFocus}
          onClick={() => insert('caret')}
        >
          {t('panel.insertAtCaret')}
        </button>
        <button
          type="button"
          disabled={state.busy}
          onMouseDown={keepComposerFocus}
          onClick={() => insert('replace')}
        >
          {t('panel.replaceAll')}
        </button>
      </div>
      <SaveAsTemplate ctx={ctx} onSaved={list.reload} />
    </div>
  );
}
