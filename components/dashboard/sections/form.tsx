import { type ReactNode, useId } from 'react';
import { useDashboard } from '../context';

/** A labelled text input or textarea. */
export function Field(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  multiline?: boolean;
  rows?: number;
  hint?: string;
  type?: string;
  required?: boolean;
  placeholder?: string;
}) {
  const id = useId();
  const hintId = props.hint ? `${id}-hint` : undefined;
  return (
    <div className="sapa-field">
      <label htmlFor={id}>{props.label}</label>
      {props.multiline ? (
        <textarea
          id={id}
          value={props.value}
          rows={props.rows ?? 4}
          aria-describedby={hintId}
          required={props.required}
          placeholder={props.placeholder}
          onChange={(e) => props.onChange(e.target.value)}
        />
      ) : (
        <input
          id={id}
          type={props.type ?? 'text'}
          value={props.value}
          aria-describedby={hintId}
          required={props.required}
          placeholder={props.placeholder}
          onChange={(e) => props.onChange(e.target.value)}
        />
      )}
      {props.hint && (
        <p id={hintId} className="sapa-hint">
          {props.hint}
        </p>
      )}
    </div>
  );
}

/** A labelled drop-down list; `options` hold every value the list may take. */
export function SelectField<V extends string>(props: {
  label: string;
  value: V;
  options: readonly { value: V; label: string }[];
  onChange: (value: V) => void;
  hint?: string;
}) {
  const id = useId();
  const hintId = props.hint ? `${id}-hint` : undefined;
  return (
    <div className="sapa-field">
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        value={props.value}
        aria-describedby={hintId}
        // The select offers only `options`, so whatever it reports is one of their values.
        onChange={(e) => props.onChange(e.target.value as V)}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {props.hint && (
        <p id={hintId} className="sapa-hint">
          {props.hint}
        </p>
      )}
    </div>
  );
}

/** A checkbox with its label beside it; clicking the label ticks the box. */
export function CheckboxField(props: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <label className="sapa-check">
      <input
        type="checkbox"
        checked={props.checked}
        onChange={(e) => props.onChange(e.target.checked)}
      />
      {props.label}
    </label>
  );
}

/**
 * The buttons at the foot of an editor: Save first, Delete last (where the record can be
 * deleted), and whatever else the editor offers in between.
 */
export function FormActions(props: { onDelete?: () => void; children?: ReactNode }) {
  const { t } = useDashboard();
  return (
    <div className="sapa-actions">
      <button type="submit">{t('dashboard.save')}</button>
      {props.children}
      {props.onDelete && (
        <button type="button" className="sapa-danger" onClick={props.onDelete}>
          {t('dashboard.delete')}
        </button>
      )}
    </div>
  );
}

/** What stops the form being saved, announced as it appears; nothing when all is well. */
export function FormError({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p className="sapa-errors" role="alert">
      {message}
    </p>
  );
}
