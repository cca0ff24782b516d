/**
 * The list variable's field (`{{koleksiBaru}}`): the catalogue's new arrivals (titles not posted
 * yet, read by the background) to tick. Each ticked title becomes one line of the template, in
 * the order ticked; the ones that do not fit the platform's length limit are named. Each title
 * shows its cover (`CoverThumb`), author, year and call number.
 */
import { useId } from 'react';
import type { CatalogueTitle, CatalogueView } from '@/lib/catalogue';
import type { ListedBook } from '@/lib/library/book-list';
import { CoverThumb } from './CoverThumb';
import { ErrorLine, Loading, keepComposerFocus, useRequest, type TabContext } from './shared';

/** A catalogue title as the template's list needs it. */
export function listedBook(title: CatalogueTitle): ListedBook {
  return {
    id: title.biblioId,
    title: title.title,
    authors: title.authors,
    year: title.year,
    publisher: title.publisher,
    callNumber: title.callNumber,
    link: title.detailUrl,
  };
}

export function NewArrivalsPicker({
  ctx,
  picked,
  onPick,
  left,
  label,
}: {
  ctx: TabContext;
  picked: readonly ListedBook[];
  onPick: (books: ListedBook[]) => void;
  /** Ids of picked titles that did not fit. */
  left: readonly string[];
  label: string;
}) {
  const { t, client, state } = ctx;
  const titleId = useId();
  const hintId = useId();
  const view = useRequest<CatalogueView>(
    () => client.request('catalogue.newArrivals', {}),
    'arrivals',
  );
  const openDashboard = async () => {
    const res = await client.request('dashboard.open', { section: 'catalogue' });
    if (!res.ok) ctx.fail(res.error);
  };
  const pickedIds = new Set(picked.map((book) => book.id));
  const toggle = (title: CatalogueTitle, on: boolean) =>
    onPick(
      on ? [...picked, listedBook(title)] : picked.filter((book) => book.id !== title.biblioId),
    );

  const body = () => {
    if (view.loading && !view.data) return <Loading t={t} />;
    if (!view.data) return <ErrorLine error={view.error} locale={state.locale} />;
    if (view.data.base === null || view.data.newArrivals.length === 0)
      return (
        <>
          <p className="sapa-muted">
            {view.data.base === null
              ? t('catalogue.panel.notConnected')
              : t('catalogue.panel.none')}
          </p>
          <button
            type="button"
            className="sapa-secondary sapa-small"
            onMouseDown={keepComposerFocus}
            onClick={() => void openDashboard()}
          >
            {t('catalogue.panel.openDashboard')}
          </button>
        </>
      );
    return (
      <ul
        className="sapa-list sapa-scroll sapa-arrivals"
        aria-label={t('catalogue.panel.listLabel')}
        aria-describedby={hintId}
      >
        {view.data.newArrivals.map((title) => {
          const byline = [title.authors.join(', '), title.year, title.callNumber]
            .filter(Boolean)
            .join(' · ');
          return (
            <li
              key={title.biblioId}
              className={`sapa-item${pickedIds.has(title.biblioId) ? ' sapa-chosen' : ''}`}
            >
              <label className="sapa-arrival">
                <input
                  type="checkbox"
                  checked={pickedIds.has(title.biblioId)}
                  onChange={(event) => toggle(title, event.target.checked)}
                />
                <CoverThumb ctx={ctx} title={title} />
                <span className="sapa-item-text">
                  <span className="sapa-item-title">{title.title}</span>
                  {byline && <span className="sapa-muted">{byline}</span>}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
    );
  };

  return (
    <div className="sapa-field" role="group" aria-labelledby={titleId}>
      <span id={titleId} className="sapa-label">
        {label} <span className="sapa-muted">{t('common.required')}</span>
      </span>
      <p id={hintId} className="sapa-muted">
        {t('catalogue.panel.pickHint')}
      </p>
      {body()}
      {left.length > 0 && (
        <p className="sapa-warn">{t('catalogue.panel.left', { count: left.length })}</p>
      )}
    </div>
  );
}
