/** The chosen template's variables form, and which required ones are still empty. */
import { useId } from 'react';
import { TIME_ZONE_ABBREVIATIONS, timeZoneOf } from '@/lib/library/render';
import { BOOK_LIST_VARIABLE } from '@/lib/library/book-list';
import { NewArrivalsPicker } from './NewArrivalsPicker';
import { labelOf, missingLabels, type Field } from './template-fields';
import type { useChosenTemplate } from './useChosenTemplate';
import type { TabContext } from './shared';

type Chosen = ReturnType<typeof useChosenTemplate>;

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
  const hintId = `${id}-hint`;
  const isTime = field.type === 'time';
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
        {labelOf(field, ctx)}
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
          // A time may be a range ("09.00–11.00"), which a time picker cannot hold.
          placeholder={isTime ? '09.00–11.00' : undefined}
          aria-describedby={isTime ? hintId : undefined}
        />
      )}
      {isTime && (
        <p id={hintId} className="sapa-muted">
          {t('templates.timeHint', {
            zone: TIME_ZONE_ABBREVIATIONS[timeZoneOf(ctx.library.brandKit)],
          })}
        </p>
      )}
    </div>
  );
}

/** "Still to fill in: …", with the fields' labels in the UI language. */
function MissingVariables({ chosen, ctx }: { chosen: Chosen; ctx: TabContext }) {
  const missing = chosen.rendered?.missing ?? [];
  if (missing.length === 0) return null;
  return (
    <p className="sapa-warn">
      {ctx.t('templates.missing', { names: missingLabels(chosen, missing, ctx) })}
    </p>
  );
}

export function TemplateVariables({ chosen, ctx }: { chosen: Chosen; ctx: TabContext }) {
  const titleId = useId();
  const { t } = ctx;
  const template = chosen.chosen;
  if (!template) return null;
  return (
    <section className="sapa-section" aria-labelledby={titleId}>
      <div className="sapa-row">
        <h3 id={titleId} lang={template.locale}>
          {t('templates.variables', { name: template.name })}
        </h3>
        <button type="button" className="sapa-secondary sapa-small" onClick={chosen.clear}>
          {t('templates.clear')}
        </button>
      </div>
      {chosen.rendered?.usedVariant && (
        <p className="sapa-muted">{t('templates.variant', { platform: ctx.platformName })}</p>
      )}
      {chosen.fields.map((field) =>
        field.name === BOOK_LIST_VARIABLE ? (
          <NewArrivalsPicker
            key={field.name}
            ctx={ctx}
            label={labelOf(field, ctx)}
            picked={chosen.books}
            left={chosen.rendered?.listed?.left ?? []}
            onPick={chosen.setBooks}
          />
        ) : (
          <VariableField
            key={field.name}
            field={field}
            value={chosen.values[field.name] ?? ''}
            onChange={(value) => chosen.setValue(field.name, value)}
            ctx={ctx}
          />
        ),
      )}
      <MissingVariables chosen={chosen} ctx={ctx} />
    </section>
  );
}
