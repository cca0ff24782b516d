import { useLiveQuery } from 'dexie-react-hooks';
import { type FormEvent, useId, useState } from 'react';
import {
  coverUrl,
  newArrivalsOf,
  normaliseBase,
  originPattern,
  type CatalogueProgress,
  type CatalogueState,
  type CatalogueTitle,
} from '@/lib/catalogue';
import type { Translator } from '@/lib/i18n';
import { useDashboard } from '../../context';
import { DismissButton } from '../../Notices';
import { Field } from '../form';
import { TitledSection } from '../titled';
import { intlLocaleTag } from '@/lib/i18n/locale';

/**
 * New arrivals ("Koleksi baru", docs/slims.md): connect the library's SLiMS OPAC, test it, read
 * its newest titles again, and see the ones not posted yet. The background does every fetch;
 * this page asks for the origin (the browser's prompt needs the click) and reads the stored list
 * from the database as it changes.
 */
export function CatalogueSection() {
  const { repos, t } = useDashboard();
  const state = useLiveQuery(() => repos.settings.get('catalogue'), [repos]);
  const progress = useLiveQuery(() => repos.settings.get('catalogueProgress'), [repos]);
  const [alert, setAlert] = useState('');
  return (
    <>
      <p className="sapa-hint">{t('catalogue.intro')}</p>
      <ConnectForm current={state ?? null} onAlert={setAlert} />
      <div role="alert" className="sapa-errors">
        {alert && (
          <p>
            {alert} <DismissButton onClick={() => setAlert('')} />
          </p>
        )}
      </div>
      {state === undefined ? (
        <p>{t('dashboard.loading')}</p>
      ) : state === null ? (
        <p>{t('catalogue.notConnected')}</p>
      ) : (
        <NewArrivals state={state} progress={progress ?? null} onAlert={setAlert} />
      )}
    </>
  );
}

/** What a test or a connection found, as one sentence in the UI language. */
type Outcome = { ok: boolean; text: string } | null;

function ConnectForm(props: { current: CatalogueState | null; onAlert: (text: string) => void }) {
  const { t, locale, background, requestOrigin, notify } = useDashboard();
  const [address, setAddress] = useState('');
  const [busy, setBusy] = useState<'test' | 'connect' | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const headingId = useId();
  const { onAlert } = props;

  const run = (kind: 'test' | 'connect') => {
    if (busy) return;
    onAlert('');
    setOutcome(null);
    const base = normaliseBase(address);
    if (!base) return onAlert(t('catalogue.address.invalid'));
    // The browser shows its permission prompt only during the click: ask before any await.
    const asking = requestOrigin(originPattern(base));
    setBusy(kind);
    void (async () => {
      try {
        const granted = await asking.catch(() => false);
        if (!granted)
          return onAlert(t('catalogue.permissionDenied', { origin: new URL(base).origin }));
        if (kind === 'test') {
          const res = await background.request('catalogue.test', { address: base });
          if (!res.ok) return onAlert(res.error.message[locale]);
          setOutcome({ ok: res.data.ok, text: res.data.message[locale] });
          return;
        }
        const res = await background.request('catalogue.connect', { address: base });
        if (!res.ok) return onAlert(res.error.message[locale]);
        setOutcome({ ok: res.data.report.ok, text: res.data.report.message[locale] });
        if (res.data.report.ok) {
          setAddress('');
          notify(t('catalogue.connected', { host: new URL(base).host }));
        }
      } finally {
        setBusy(null);
      }
    })();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    run('connect');
  };

  return (
    <form
      onSubmit={submit}
      aria-labelledby={headingId}
      aria-busy={busy !== null || undefined}
      noValidate
      className="sapa-card"
    >
      <h2 id={headingId}>{t('catalogue.connectTitle')}</h2>
      {props.current && (
        <p className="sapa-url">{t('catalogue.connectedTo', { base: props.current.base })}</p>
      )}
      <Field
        label={t('catalogue.address')}
        hint={t('catalogue.addressHint')}
        type="url"
        required
        placeholder="https://"
        value={address}
        onChange={setAddress}
      />
      <div className="sapa-actions">
        <button
          type="button"
          className="sapa-secondary"
          disabled={busy !== null || !address.trim()}
          onClick={() => run('test')}
        >
          {busy === 'test' ? t('catalogue.testing') : t('catalogue.test')}
        </button>
        <button type="submit" disabled={busy !== null || !address.trim()}>
          {busy === 'connect' ? t('catalogue.connecting') : t('catalogue.connect')}
        </button>
      </div>
      <div role="status" className={outcome && !outcome.ok ? 'sapa-warn' : undefined}>
        {outcome && <p data-testid="catalogue-outcome">{outcome.text}</p>}
      </div>
    </form>
  );
}

function progressText(t: Translator, progress: CatalogueProgress | null): string {
  switch (progress?.step) {
    case 'call-numbers':
      return t('catalogue.progress.callNumbers');
    case 'details':
      return t('catalogue.progress.details', { count: progress.done });
    case 'titles':
      return t('catalogue.progress.titles');
    default:
      return t('catalogue.refreshing');
  }
}

function NewArrivals(props: {
  state: CatalogueState;
  progress: CatalogueProgress | null;
  onAlert: (text: string) => void;
}) {
  const { t, locale, background, notify } = useDashboard();
  const [busy, setBusy] = useState(false);
  const { state, onAlert } = props;
  const titles = newArrivalsOf(state);

  const refresh = () => {
    if (busy) return;
    onAlert('');
    setBusy(true);
    void (async () => {
      try {
        const res = await background.request('catalogue.refresh', {});
        if (!res.ok) return onAlert(res.error.message[locale]);
        notify(t('catalogue.refreshed', { count: res.data.newArrivals.length }));
      } finally {
        setBusy(false);
      }
    })();
  };

  const disconnect = () => {
    void (async () => {
      const res = await background.request('catalogue.disconnect', {});
      if (!res.ok) return onAlert(res.error.message[locale]);
      notify(t('catalogue.disconnected'));
    })();
  };

  const when = state.refreshedAt
    ? new Date(state.refreshedAt).toLocaleString(intlLocaleTag(locale), {
        dateStyle: 'medium',
        timeStyle: 'short',
      })
    : null;

  return (
    <TitledSection card title={t('catalogue.listTitle')}>
      <div className="sapa-actions">
        <button type="button" onClick={refresh} disabled={busy} aria-busy={busy || undefined}>
          {busy ? t('catalogue.refreshing') : t('catalogue.refresh')}
        </button>
        <button type="button" className="sapa-danger" onClick={disconnect} disabled={busy}>
          {t('catalogue.disconnect')}
        </button>
      </div>
      <p role="status" className="sapa-hint">
        {busy
          ? progressText(t, props.progress)
          : [
              when ? t('catalogue.lastRead', { time: when }) : '',
              state.total !== null ? t('catalogue.total', { count: state.total }) : '',
            ]
              .filter(Boolean)
              .join(' ')}
      </p>
      {state.notices.map((notice, index) => (
        <p key={index} className="sapa-warn">
          {notice[locale]}
        </p>
      ))}
      {titles.length === 0 ? (
        <p>{t('catalogue.none')}</p>
      ) : (
        <ul className="sapa-arrivals" aria-label={t('catalogue.listTitle')}>
          {titles.map((title) => (
            <TitleItem key={title.biblioId} base={state.base} title={title} />
          ))}
        </ul>
      )}
    </TitledSection>
  );
}

function TitleItem({ base, title }: { base: string; title: CatalogueTitle }) {
  const { t } = useDashboard();
  const byline = [title.authors.join(', '), title.year].filter(Boolean).join(' · ');
  return (
    <li className="sapa-arrival">
      {title.coverFile ? (
        <img src={coverUrl(base, title.coverFile, 120)} alt="" width={60} loading="lazy" />
      ) : (
        <span className="sapa-arrival-nocover" aria-hidden="true">
          📖
        </span>
      )}
      <div>
        <h3>{title.title}</h3>
        {byline && <p>{byline}</p>}
        <p className="sapa-hint">
          {title.callNumber
            ? t('catalogue.callNumber', { callNumber: title.callNumber })
            : t('catalogue.noCallNumber')}
        </p>
        <a href={title.detailUrl} target="_blank" rel="noopener noreferrer">
          {t('catalogue.openInOpac', { title: title.title })}
        </a>
      </div>
    </li>
  );
}
