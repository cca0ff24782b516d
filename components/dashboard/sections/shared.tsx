import { useId } from 'react';
import { countGraphemes, lengthLimit, measureX } from '@/lib/checklist';
import type { PlatformId } from '@/lib/db';
import type { MessageKey } from '@/lib/i18n';
import { useDashboard } from '../context';

export const PLATFORM_KEYS: Record<PlatformId, MessageKey> = {
  x: 'platform.x',
  instagram: 'platform.instagram',
  facebook: 'platform.facebook',
  tiktok: 'platform.tiktok',
};

/** Length as the platform counts it: X's weighted count, graphemes elsewhere. */
export function measure(text: string, platform: PlatformId, xPremium: boolean) {
  const limit = lengthLimit(platform, xPremium);
  const used = platform === 'x' ? measureX(text, limit).weightedLength : countGraphemes(text);
  return { used, limit, over: used > limit };
}

export function LengthCount(props: {
  text: string;
  platform: PlatformId;
  xPremium: boolean;
  id?: string;
}) {
  const { t, locale } = useDashboard();
  const { used, limit, over } = measure(props.text, props.platform, props.xPremium);
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
