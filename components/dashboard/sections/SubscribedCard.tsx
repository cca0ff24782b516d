import { type ReactNode, useId } from 'react';
import type { RecordSource } from '@/lib/db';
import { useDashboard } from '../context';

/**
 * A record from a subscribed library: shown, not edited, because it follows its source. "Duplicate
 * to my library" makes an editable copy. What the record holds comes in as children.
 */
export function SubscribedCard(props: {
  name: string;
  source: RecordSource;
  /** The language the record is written in, where it has one. */
  lang?: string;
  onDuplicate: () => void;
  children: ReactNode;
}) {
  const { t } = useDashboard();
  const { source } = props;
  const titleId = useId();
  return (
    <section className="sapa-card" aria-labelledby={titleId}>
      <h2 id={titleId} lang={props.lang}>
        {props.name}
      </h2>
      <p className="sapa-badge">{t('source.from', { title: source.title })}</p>
      <p className="sapa-hint">
        {t('subscriptions.readOnly', { title: source.title, url: source.url })}
      </p>
      {props.children}
      <div className="sapa-actions">
        <button type="button" onClick={props.onDuplicate}>
          {t('subscriptions.duplicate')}
        </button>
      </div>
    </section>
  );
}
