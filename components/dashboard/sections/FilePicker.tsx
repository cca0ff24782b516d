import { useId } from 'react';
import { blobText } from '@/lib/exchange/backup';

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
