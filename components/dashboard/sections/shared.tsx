import { useId } from 'react';
import { measurePost } from '@/lib/checklist';
import type { PlatformId } from '@/lib/db';
import type { MessageKey } from '@/lib/i18n';
import { useDashboard } from '../context';
import { perPlatform } from '@/lib/platforms';

/** Each platform's name in the locales (`platform.<id>`: a missing name fails type-checking). */
export const PLATFORM_KEYS: Record<PlatformId, MessageKey> = perPlatform(
  (site) => `platform.${site.id}` satisfies MessageKey,
);

export function LengthCount(props: {
  text: string;
  platform: PlatformId;
  xPremium: boolean;
  id?: string;
}) {
  const { t, locale } = useDashboard();
  const { used, limit, over } = measurePost(props.text, props.platform, props.xPremium);
  const nf = new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-US');
  return (
    <span id={props.id} className={over ? 'sapa-count sapa-over' : 'sapa-count'}>
      {t(over ? 'dashboard.count.over' : 'dashboard.count', {
        platform: t(PLATFORM_KEYS[props.platform]),
        used: nf.format(used),
        limit: nf.format(limit),
      })}
    </span>
  );
}

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

/** Reads a chosen file as text (Blob.text where it exists, FileReader otherwise). */
export function readFileText(file: Blob): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(file);
  });
}
