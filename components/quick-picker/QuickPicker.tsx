/**
 * The picker at the caret: a small searchable list of templates and hashtag sets that opens
 * beside the caret when the person types the trigger in a composer. Keyboard only by design:
 * the search box keeps the focus (a combobox), arrows move through the list, Enter inserts the
 * active entry, Escape closes and gives the composer its caret back. The active entry's text for
 * this platform and its length show below the list. Presentational: the entries, the query and
 * what to do come from `QuickPickerHost`.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Translator } from '@/lib/i18n';
import type { PickerKind, PickerStanding } from '@/lib/quick-insert/picker';

export interface PickerEntry {
  kind: PickerKind;
  id: string;
  name: string;
  /** What Enter puts in the composer (a template as this platform's version, with its values). */
  preview: string;
  standing: PickerStanding;
  /** A template whose required values are empty: Enter opens its form in the panel instead. */
  needsValues?: boolean;
}

export interface QuickPickerProps {
  t: Translator;
  entries: readonly PickerEntry[];
  loading: boolean;
  query: string;
  onQuery: (query: string) => void;
  onPick: (entry: PickerEntry) => void;
  onClose: () => void;
  /** "123 / 2,200 characters" for a text, as the panel counts it. */
  lengthOf: (text: string) => { label: string; over: boolean };
  /** Where the picker stands, in the viewport's pixels (below or above the caret). */
  position: { left: number; top: number } | { left: number; bottom: number };
  /** The site's theme, when the panel matches it (else the system's). */
  theme?: 'light' | 'dark' | null;
}

const PREVIEW_CHARS = 400;

export function QuickPicker(props: QuickPickerProps) {
  const { t, entries, loading, query, onQuery, onPick, onClose, lengthOf, position, theme } = props;
  const baseId = useId();
  const input = useRef<HTMLInputElement>(null);
  // The active entry belongs to one list: when the search's answer changes the list (a new
  // query, or a late answer), the best entry is active again, never whatever now sits there.
  const listKey = entries.map((entry) => `${entry.kind}:${entry.id}`).join('|');
  const [cursor, setCursor] = useState({ listKey, index: 0 });
  const active = cursor.listKey === listKey ? cursor.index : 0;
  const activeIndex = entries.length === 0 ? -1 : Math.min(active, entries.length - 1);
  const current = activeIndex >= 0 ? entries[activeIndex] : undefined;
  const optionId = (index: number) => `${baseId}-option-${index}`;

  useEffect(() => {
    input.current?.focus();
  }, []);
  useEffect(() => {
    if (activeIndex < 0) return;
    input.current?.ownerDocument
      .getElementById(optionId(activeIndex))
      ?.scrollIntoView?.({ block: 'nearest' });
  });

  const move = (step: number) => {
    if (entries.length === 0) return;
    setCursor({ listKey, index: (activeIndex + step + entries.length) % entries.length });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const handled: Record<string, () => void> = {
      ArrowDown: () => move(1),
      ArrowUp: () => move(-1),
      PageDown: () => move(5),
      PageUp: () => move(-5),
      Enter: () => current && onPick(current),
      Escape: onClose,
      // A small dialog: Tab stays in it rather than wandering into the site behind it.
      Tab: () => undefined,
    };
    const action = handled[event.key];
    if (!action) return;
    event.preventDefault();
    event.stopPropagation();
    action();
  };

  const length = current ? lengthOf(current.preview) : null;
  return (
    <div
      className="sapa-picker"
      role="dialog"
      aria-label={t('picker.label')}
      data-theme={theme ?? undefined}
      style={position}
    >
      <input
        ref={input}
        type="text"
        className="sapa-picker-search"
        role="combobox"
        aria-expanded="true"
        aria-autocomplete="list"
        aria-controls={`${baseId}-list`}
        aria-activedescendant={activeIndex >= 0 ? optionId(activeIndex) : undefined}
        aria-describedby={`${baseId}-keys`}
        aria-label={t('picker.search')}
        placeholder={t('picker.search')}
        value={query}
        onChange={(event) => onQuery(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <ul
        id={`${baseId}-list`}
        className="sapa-picker-list"
        role="listbox"
        aria-label={t('picker.listLabel')}
      >
        {entries.map((entry, index) => (
          <li
            key={`${entry.kind}:${entry.id}`}
            id={optionId(index)}
            role="option"
            aria-selected={index === activeIndex}
            className={
              index === activeIndex ? 'sapa-picker-option sapa-active' : 'sapa-picker-option'
            }
            // The mouse works too, without taking the focus from the search box.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => onPick(entry)}
          >
            <span className="sapa-picker-name">{entry.name}</span>
            <span className="sapa-picker-meta">
              {t(entry.kind === 'template' ? 'picker.kind.template' : 'picker.kind.hashtagSet')}
              {entry.standing === 'favourite' && ` · ${t('picker.favourite')}`}
              {entry.standing === 'recent' && ` · ${t('picker.recent')}`}
            </span>
          </li>
        ))}
      </ul>
      {entries.length === 0 && (
        <p className="sapa-picker-empty" role="status">
          {loading ? t('common.loading') : t('picker.none')}
        </p>
      )}
      {current && (
        <div className="sapa-picker-preview">
          <p className="sapa-picker-preview-text">
            {current.preview.length > PREVIEW_CHARS
              ? `${current.preview.slice(0, PREVIEW_CHARS)}…`
              : current.preview}
          </p>
          <p className={length?.over ? 'sapa-count sapa-warn' : 'sapa-count sapa-muted'}>
            {length?.label}
            {current.needsValues && ` · ${t('picker.needsValues')}`}
          </p>
        </div>
      )}
      <p id={`${baseId}-keys`} className="sapa-picker-keys sapa-muted">
        {t('picker.keys')}
      </p>
    </div>
  );
}
