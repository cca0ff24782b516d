/** The Templates tab's search box and the matching templates, each with a button to choose it. */
import { useId } from 'react';
import type { TemplateView } from '@/lib/messaging';
import { DEFAULT_PANEL_SHORTCUT } from '@/lib/panel/panel-command';
import { ErrorLine, Loading, keepComposerFocus, key, type TabContext } from './shared';
import { FavouriteButton } from './FavouriteButton';
import type { useTemplateSearch } from './useTemplateSearch';

type Search = ReturnType<typeof useTemplateSearch>;

function SearchField({ search, ctx }: { search: Search; ctx: TabContext }) {
  const id = useId();
  const { t, searchRef } = ctx;
  const hint = t('keyboard.hint', { keys: DEFAULT_PANEL_SHORTCUT });
  return (
    <div className="sapa-field">
      {/* The keys on the label's line, so the hint costs the panel no height on a laptop. */}
      <div className="sapa-label-row">
        <label htmlFor={id}>{t('templates.search')}</label>
        <kbd className="sapa-keys" title={hint} aria-hidden="true">
          {DEFAULT_PANEL_SHORTCUT}
        </kbd>
      </div>
      <input
        id={id}
        ref={searchRef}
        type="search"
        value={search.query}
        aria-describedby={`${id}-keys`}
        onChange={(e) => search.setQuery(e.target.value)}
      />
      <span id={`${id}-keys`} className="sapa-visually-hidden">
        {hint}
      </span>
    </div>
  );
}

function TemplateItem({
  template,
  chosen,
  onChoose,
  favourites,
  ctx,
}: {
  template: TemplateView;
  chosen: boolean;
  onChoose: (template: TemplateView) => void;
  favourites: Search['favourites'];
  ctx: TabContext;
}) {
  const { t } = ctx;
  return (
    <li className={chosen ? 'sapa-item sapa-chosen' : 'sapa-item'}>
      <div className="sapa-item-text">
        <span lang={template.locale} className="sapa-item-title">
          {template.name}
        </span>
        <span className="sapa-muted">
          {t(key(`locale.${template.locale}`))} · {template.category}
          {/* Its shortcut, typed in the composer, inserts it too (lib/quick-insert). */}
          {template.shortcut && (
            <>
              {' · '}
              <kbd className="sapa-shortcut">{template.shortcut}</kbd>
            </>
          )}
        </span>
        {template.source && (
          <span className="sapa-badge sapa-source">
            {t('source.from', { title: template.source.title })}
          </span>
        )}
      </div>
      <FavouriteButton
        name={template.name}
        on={favourites.favourites.has(template.id)}
        onToggle={() => void favourites.toggle(template.id)}
        t={t}
      />
      <button
        type="button"
        className="sapa-small"
        aria-label={t('templates.insertNamed', { name: template.name })}
        aria-pressed={chosen}
        onMouseDown={keepComposerFocus}
        onClick={() => onChoose(template)}
      >
        {t('common.insert')}
      </button>
    </li>
  );
}

function TemplateList({
  search,
  chosenId,
  onChoose,
  ctx,
}: {
  search: Search;
  chosenId: string | undefined;
  onChoose: (template: TemplateView) => void;
  ctx: TabContext;
}) {
  const { t } = ctx;
  const { list, searched } = search;
  const templates = list.data ?? [];
  if (list.loading && !list.data) return <Loading t={t} />;
  if (templates.length === 0) {
    return (
      <p className="sapa-muted">
        {searched ? t('templates.noResults', { query: searched }) : t('templates.empty')}
      </p>
    );
  }
  return (
    <ul className="sapa-list sapa-scroll" aria-label={t('templates.listLabel')}>
      {templates.map((template) => (
        <TemplateItem
          key={template.id}
          template={template}
          chosen={chosenId === template.id}
          onChoose={(chosen) => {
            search.used(chosen.id);
            onChoose(chosen);
          }}
          favourites={search.favourites}
          ctx={ctx}
        />
      ))}
    </ul>
  );
}

export function TemplateSearch({
  search,
  chosenId,
  onChoose,
  ctx,
}: {
  search: Search;
  chosenId: string | undefined;
  onChoose: (template: TemplateView) => void;
  ctx: TabContext;
}) {
  return (
    <>
      <SearchField search={search} ctx={ctx} />
      <ErrorLine error={search.list.error} locale={ctx.state.locale} />
      <TemplateList search={search} chosenId={chosenId} onChoose={onChoose} ctx={ctx} />
    </>
  );
}
