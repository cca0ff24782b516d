import { useId } from 'react';
import type { LocalizedText } from '@/lib/db';
import { blobText } from '@/lib/exchange/backup';
import type { MessageKey } from '@/lib/i18n';
import { useDashboard } from '../context';

/**
 * A labelled file input that hands over the chosen file's text. Every import and restore in the
 * dashboard goes through it, so a file is read one way everywhere.
 */
export function FilePicker(props: {
  label: string;
  /** File types the browser's dialog offers, as in `<input accept>`. */
  accept: string;
  /** Runs as soon as a file is chosen, before it is read: the previous file's result goes. */
  onPick?: () => void;
  onText: (text: string) => void | Promise<void>;
  /** Failures to read the file, or to handle its text. */
  onError: (error: unknown) => void;
}) {
  const id = useId();

  const choose = async (file: File | undefined) => {
    props.onPick?.();
    if (!file) return;
    try {
      await props.onText(await blobText(file));
    } catch (error) {
      props.onError(error);
    }
  };

  return (
    <div className="sapa-field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="file"
        accept={props.accept}
        onChange={(e) => {
          void choose(e.target.files?.[0]);
          // Emptied so that choosing the same file again (once fixed) reads it again.
          e.target.value = '';
        }}
      />
    </div>
  );
}

/**
 * Why a chosen file was not taken: a summary with the count, then each problem in the UI
 * language. Announced at once, since nothing else happens after a refused file.
 */
export function FileProblems(props: {
  /** The summary; its text takes `{count}`. */
  summary: MessageKey;
  problems: readonly { message: LocalizedText }[];
}) {
  const { t, locale } = useDashboard();
  return (
    <div role="alert">
      <p>{t(props.summary, { count: props.problems.length })}</p>
      <ul className="sapa-errors">
        {props.problems.map((p, i) => (
          <li key={i}>{p.message[locale]}</li>
        ))}
      </ul>
    </div>
  );
}

/** Under the preview of an import: apply it (the button waits while it runs) or drop it. */
export function ImportActions(props: {
  applyLabel: string;
  busy: boolean;
  onApply: () => void;
  onCancel: () => void;
}) {
  const { t } = useDashboard();
  return (
    <div className="sapa-actions">
      <button type="button" onClick={props.onApply} disabled={props.busy}>
        {props.applyLabel}
      </button>
      <button type="button" className="sapa-secondary" onClick={props.onCancel}>
        {t('dashboard.cancel')}
      </button>
    </div>
  );
}
