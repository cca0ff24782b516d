import { Fragment, type ReactNode, useId } from 'react';
import type { RecordSource } from '@/lib/db';
import type { MessageKey } from '@/lib/i18n';
import { useDashboard } from '../context';
import { Field } from './form';
import { SubscribedCard } from './SubscribedCard';
import { NEW, useListDetail, type MakeCopy } from './useListDetail';

/** What the list needs of a record: its name, and where a subscribed one comes from. */
export interface LibraryItem {
  id: string;
  name: string;
  /** The language the record is written in, where it has one. */
  locale?: string;
  source?: RecordSource;
}

/** The repository calls behind Save, Delete and its Undo, and "Duplicate to my library". */
export interface LibraryStore<R, I> {
  create(input: I): Promise<R>;
  /** Also Undo's, with no changes: any update brings a deleted record back. */
  update(id: string, patch: Partial<I>): Promise<R>;
  remove(id: string): Promise<void>;
  /** An editable copy in the team's own library; works for subscribed records. */
  duplicate(id: string, name: string): Promise<R>;
}

/** The texts that name one kind of record (templates, hashtag sets) in the list and notices. */
export interface ListTexts {
  listTitle: MessageKey;
  newItem: MessageKey;
  none: MessageKey;
  pick: MessageKey;
  /** The editor's heading: "Edit “{name}”", or the one for a new record. */
  editTitle: MessageKey;
  newTitle: MessageKey;
  /** "… saved.", "… deleted." and "… restored.", with `{name}`. */
  saved: MessageKey;
  deleted: MessageKey;
  restored: MessageKey;
}

/** What a section's editor is given: the record (none when new) and what it may do with it. */
export interface EditorSlot<R, I> {
  item: R | undefined;
  title: string;
  /** Stores the checked input (the new record, or this one's changes) and opens the result. */
  save: (input: I) => Promise<void>;
  onDelete?: () => void;
  onDuplicate?: () => void;
}

/** What a section gives the list/detail editor. */
export interface ListDetailProps<R extends LibraryItem, I> {
  items: R[] | undefined;
  store: LibraryStore<R, I>;
  texts: ListTexts;
  /**
   * Search, where the section offers it: `find` ranks the records for a query (the library
   * index, lib/search); `text` alone is a plain substring match over each record's text.
   */
  search?: SearchSpec<R> & { label: MessageKey };
  /** The line under each record's name in the list. */
  summary: (item: R) => ReactNode;
  /** The editor's Duplicate, where offered: how the copy is made and what the notice says. */
  copyOwn?: { make: MakeCopy<R>; done: MessageKey };
  editor: (slot: EditorSlot<R, I>) => ReactNode;
  /** What a subscribed record holds, shown read-only. */
  readOnly: (item: R) => ReactNode;
}

export type SearchSpec<R> =
  | { text: (item: R) => string; find?: undefined }
  | { find: (items: R[], query: string) => R[]; text?: undefined };

/**
 * A library of records edited one at a time: the list (with search where offered) on one side,
 * the chosen record on the other. The team's own records open in the section's editor, with
 * Delete (and Undo); subscribed ones are shown read-only with "Duplicate to my library".
 */
export function ListDetailEditor<R extends LibraryItem, I>(props: ListDetailProps<R, I>) {
  const library = useListDetail(props);
  const { current, selected } = library;
  return (
    <div className="sapa-split">
      <ListPane
        items={props.items}
        shown={library.shown}
        texts={props.texts}
        search={props.search}
        query={library.query}
        onQuery={library.setQuery}
        selected={selected}
        onSelect={library.setSelected}
        summary={props.summary}
      />
      <div className="sapa-detail-pane">
        {/* A fresh form for each record: nothing typed for one carries over to the next. */}
        <Fragment key={current?.id ?? selected ?? ''}>
          <Detail {...props} library={library} />
        </Fragment>
      </div>
    </div>
  );
}

/** The list side: its heading, search, New, and the records (or why there are none). */
function ListPane<R extends LibraryItem>(props: {
  items: R[] | undefined;
  shown: R[];
  texts: ListTexts;
  search: { label: MessageKey } | undefined;
  query: string;
  onQuery: (query: string) => void;
  selected: string | null;
  onSelect: (id: string) => void;
  summary: (item: R) => ReactNode;
}) {
  const { t } = useDashboard();
  const titleId = useId();
  const { texts, search } = props;
  return (
    <section className="sapa-list-pane" aria-labelledby={titleId}>
      <h2 id={titleId}>{t(texts.listTitle)}</h2>
      {search && (
        <Field type="search" label={t(search.label)} value={props.query} onChange={props.onQuery} />
      )}
      <button type="button" onClick={() => props.onSelect(NEW)}>
        {t(texts.newItem)}
      </button>
      {props.items === undefined ? (
        <p>{t('dashboard.loading')}</p>
      ) : props.shown.length === 0 ? (
        <p>{t(texts.none)}</p>
      ) : (
        <ItemList
          items={props.shown}
          selected={props.selected}
          onSelect={props.onSelect}
          summary={props.summary}
        />
      )}
    </section>
  );
}

/**
 * The detail side: a subscribed record read-only, the team's own (or a new one) in the section's
 * editor, or a hint to pick one.
 */
function Detail<R extends LibraryItem, I>(
  props: ListDetailProps<R, I> & { library: ReturnType<typeof useListDetail<R, I>> },
) {
  const { t } = useDashboard();
  const { texts, copyOwn } = props;
  const { current, selected, save, remove, copy, toLibrary } = props.library;
  if (current?.source)
    return (
      <SubscribedCard
        name={current.name}
        source={current.source}
        lang={current.locale}
        onDuplicate={() => void copy(current, toLibrary, 'subscriptions.duplicated')}
      >
        {props.readOnly(current)}
      </SubscribedCard>
    );
  if (selected === NEW || current)
    return props.editor({
      item: current,
      title: current ? t(texts.editTitle, { name: current.name }) : t(texts.newTitle),
      save,
      ...(current ? { onDelete: () => void remove(current) } : {}),
      ...(current && copyOwn
        ? { onDuplicate: () => void copy(current, copyOwn.make, copyOwn.done) }
        : {}),
    });
  return <p className="sapa-hint">{t(texts.pick)}</p>;
}

/** The records as buttons: name, a summary line, and the source of a subscribed one. */
function ItemList<R extends LibraryItem>(props: {
  items: R[];
  selected: string | null;
  onSelect: (id: string) => void;
  summary: (item: R) => ReactNode;
}) {
  const { t } = useDashboard();
  return (
    <ul className="sapa-items">
      {props.items.map((item) => (
        <li key={item.id}>
          <button
            type="button"
            className="sapa-item"
            aria-current={item.id === props.selected ? 'true' : undefined}
            onClick={() => props.onSelect(item.id)}
          >
            <span className="sapa-item-name">{item.name}</span>
            <span className="sapa-hint">{props.summary(item)}</span>
            {item.source && (
              <span className="sapa-badge">{t('source.from', { title: item.source.title })}</span>
            )}
          </button>
        </li>
      ))}
    </ul>
  );
}
