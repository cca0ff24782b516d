/**
 * Hashtags: the library's hashtag sets, inserted whole or one tag at a time. Tags already in the
 * composer are skipped, and the count after inserting is shown against the platform's limit
 * before anything goes in. The composer's own hashtags can become a new set.
 */
import { useId, useState } from 'react';
import { normaliseHashtag } from '@/lib/checklist';
import type { HashtagSetRecord } from '@/lib/db/types';
import {
  ErrorLine,
  Loading,
  hashtagCeiling,
  hashtagIds,
  keepComposerFocus,
  useRequest,
  type TabContext,
} from './shared';
import { FavouriteButton } from './FavouriteButton';
import { useDebounced, useFavourites } from './useTemplateSearch';

/** The text to insert for these tags: "#A #B", spaced from a composer text that has no gap. */
function tagsText(tags: string[], composerText: string): string {
  const text = tags.map((tag) => `#${tag.replace(/^#+/, '')}`).join(' ');
  return composerText.trim() && !/\s$/.test(composerText) ? ` ${text}` : text;
}

type Favourites = ReturnType<typeof useFavourites>;

function SetItem({
  set,
  favourites,
  ctx,
}: {
  set: HashtagSetRecord;
  favourites: Favourites;
  ctx: TabContext;
}) {
  const { t, state } = ctx;
  const titleId = useId();
  const present = hashtagIds(state.composerText);
  const seen = new Set<string>();
  const fresh = set.tags.filter((tag) => {
    const id = normaliseHashtag(tag);
    if (present.has(id) || seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  const after = present.size + fresh.length;
  const ceiling = hashtagCeiling(state.platform);
  const over = ceiling !== null && after > ceiling.max;

  const insert = (tags: string[]) => {
    if (tags.length === 0) return;
    ctx.onInsert(tagsText(tags, state.composerText), 'caret');
    void ctx.client.request('search.used', { kind: 'hashtagSet', id: set.id });
  };

  return (
    <li className="sapa-item sapa-set" aria-labelledby={titleId}>
      <div className="sapa-row">
        <span id={titleId} className="sapa-item-title">
          {set.name}
        </span>
        {set.shortcut && <kbd className="sapa-shortcut">{set.shortcut}</kbd>}
        {set.source && (
          <span className="sapa-badge sapa-source">
            {t('source.from', { title: set.source.title })}
          </span>
        )}
        <FavouriteButton
          name={set.name}
          on={favourites.favourites.has(set.id)}
          onToggle={() => void favourites.toggle(set.id)}
          t={t}
        />
        <button
          type="button"
          className="sapa-small"
          aria-label={t('hashtags.insertSet', { name: set.name })}
          disabled={state.busy || fresh.length === 0}
          onMouseDown={keepComposerFocus}
          onClick={() => insert(fresh)}
        >
          {t('common.insert')}
        </button>
      </div>
      <ul className="sapa-tags" aria-label={t('hashtags.tagsOf', { name: set.name })}>
        {set.tags.map((tag) => {
          const already = present.has(normaliseHashtag(tag));
          return (
            <li key={tag}>
              <button
                type="button"
                className={already ? 'sapa-chip sapa-chip-present' : 'sapa-chip'}
                aria-label={t('hashtags.insertTag', { tag })}
                disabled={state.busy || already}
                title={already ? t('hashtags.present') : undefined}
                onMouseDown={keepComposerFocus}
                onClick={() => insert([tag])}
              >
                #{tag}
              </button>
            </li>
          );
        })}
      </ul>
      {fresh.length === 0 ? (
        <p className="sapa-muted">{t('hashtags.allPresent')}</p>
      ) : ceiling ? (
        <p className={over ? 'sapa-count sapa-warn' : 'sapa-count sapa-muted'}>
          {t(ceiling.hard ? 'hashtags.after' : 'hashtags.afterRecommended', {
            count: after,
            max: ceiling.max,
          })}
          {over &&
            ` — ${t(ceiling.hard ? 'hashtags.over' : 'hashtags.overRecommended', {
              platform: ctx.platformName,
            })}`}
        </p>
      ) : null}
    </li>
  );
}

function MakeSet({ ctx, onMade }: { ctx: TabContext; onMade: () => void }) {
  const { t, state, client } = ctx;
  const nameId = useId();
  const [name, setName] = useState('');
  const [saving, setSaving] = useState(false);
  const count = hashtagIds(state.composerText).size;

  const make = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return ctx.flash({ text: t('hashtags.nameRequired'), warn: true });
    if (count === 0) return ctx.flash({ text: t('hashtags.makeNone'), warn: true });
    setSaving(true);
    const res = await client.request('hashtagSets.create', {
      name: name.trim(),
      text: state.composerText,
    });
    setSaving(false);
    if (!res.ok) return ctx.fail(res.error);
    ctx.flash({
      text: t('hashtags.made', { name: res.data.name, count: res.data.tags.length }),
      warn: false,
    });
    setName('');
    onMade();
  };

  return (
    <form className="sapa-section" onSubmit={make} aria-labelledby={`${nameId}-title`}>
      <h3 id={`${nameId}-title`}>{t('hashtags.makeTitle')}</h3>
      <p className="sapa-muted">
        {count === 0 ? t('hashtags.makeNone') : t('hashtags.makeHint', { count })}
      </p>
      <div className="sapa-row">
        <label htmlFor={nameId} className="sapa-visually-hidden">
          {t('hashtags.makeName')}
        </label>
        <input
          id={nameId}
          type="text"
          value={name}
          placeholder={t('hashtags.makeName')}
          onChange={(e) => setName(e.target.value)}
        />
        <button type="submit" className="sapa-secondary" disabled={saving}>
          {t('hashtags.makeButton')}
        </button>
      </div>
    </form>
  );
}

function SetSearchField({
  query,
  setQuery,
  ctx,
}: {
  query: string;
  setQuery: (query: string) => void;
  ctx: TabContext;
}) {
  const id = useId();
  return (
    <div className="sapa-field">
      <label htmlFor={id}>{ctx.t('hashtags.search')}</label>
      <input id={id} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
    </div>
  );
}

/** Hashtag sets matching what is typed (name and tags, from lib/search), favourites first. */
function useSetSearch(ctx: TabContext) {
  const [query, setQuery] = useState('');
  const searched = useDebounced(query).trim();
  const favourites = useFavourites(ctx, 'hashtagSet');
  const sets = useRequest(
    () => ctx.client.request('hashtagSets.search', { query: searched }),
    `sets|${searched}|${favourites.key}`,
  );
  return { query, setQuery, searched, sets, favourites };
}

export function HashtagsTab({ ctx }: { ctx: TabContext }) {
  const { t, state } = ctx;
  const { query, setQuery, searched, sets, favourites } = useSetSearch(ctx);
  const present = hashtagIds(state.composerText).size;
  const ceiling = hashtagCeiling(state.platform);
  const none = searched ? t('hashtags.noResults', { query: searched }) : t('hashtags.empty');
  return (
    <div className="sapa-stack">
      <p className="sapa-count sapa-muted">
        {ceiling
          ? t('count.hashtags', { count: present, max: ceiling.max })
          : t('count.hashtagsNoLimit', { count: present })}
      </p>
      <SetSearchField query={query} setQuery={setQuery} ctx={ctx} />
      <ErrorLine error={sets.error} locale={state.locale} />
      {sets.loading && !sets.data ? (
        <Loading t={t} />
      ) : (sets.data ?? []).length === 0 ? (
        <p className="sapa-muted">{none}</p>
      ) : (
        <ul className="sapa-list sapa-scroll" aria-label={t('hashtags.listLabel')}>
          {(sets.data ?? []).map((set) => (
            <SetItem key={set.id} set={set} favourites={favourites} ctx={ctx} />
          ))}
        </ul>
      )}
      <MakeSet ctx={ctx} onMade={sets.reload} />
    </div>
  );
}
