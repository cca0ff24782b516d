/**
 * Drafts: what Sapa saved from this platform's composers, newest first, each restorable into
 * the composer, with its revision history.
 */
import { useId, useState } from 'react';
import type { DraftRecord } from '@/lib/db/types';
import type { MessageKey } from '@/lib/i18n';
import {
  ErrorLine,
  Loading,
  keepComposerFocus,
  timeOf,
  useRequest,
  type TabContext,
} from './shared';

const PREVIEW_CHARS = 160;

function preview(text: string, empty: string): string {
  const trimmed = text.trim();
  if (!trimmed) return empty;
  return trimmed.length > PREVIEW_CHARS ? `${trimmed.slice(0, PREVIEW_CHARS)}…` : trimmed;
}

function History({ draft, ctx, listId }: { draft: DraftRecord; ctx: TabContext; listId: string }) {
  const { t, state, client } = ctx;
  const revisions = useRequest(
    () => client.request('drafts.revisions', { draftId: draft.id }),
    `${draft.id}|${draft.updatedAt}`,
  );
  const items = revisions.data ?? [];
  return (
    <div id={listId} className="sapa-history">
      <ErrorLine error={revisions.error} locale={state.locale} />
      {revisions.loading && !revisions.data ? (
        <Loading t={t} />
      ) : items.length === 0 ? (
        <p className="sapa-muted">{t('drafts.historyEmpty')}</p>
      ) : (
        <ul
          className="sapa-list"
          aria-label={t('drafts.historyOf', { time: timeOf(draft.updatedAt, state.locale) })}
        >
          {items.map((rev) => {
            const time = timeOf(rev.savedAt, state.locale);
            return (
              <li key={rev.id} className="sapa-item">
                <div className="sapa-item-text">
                  <span className="sapa-muted">{t('drafts.revision', { time })}</span>
                  <span className="sapa-preview">{preview(rev.text, t('drafts.emptyText'))}</span>
                </div>
                <button
                  type="button"
                  className="sapa-small"
                  aria-label={t('drafts.restoreRevision', { time })}
                  disabled={state.busy}
                  onMouseDown={keepComposerFocus}
                  onClick={() => ctx.onInsert(rev.text, 'replace')}
                >
                  {t('drafts.restore')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

function DraftItem({ draft, ctx }: { draft: DraftRecord; ctx: TabContext }) {
  const { t, state } = ctx;
  const id = useId();
  const [open, setOpen] = useState(false);
  const time = timeOf(draft.updatedAt, state.locale);
  return (
    <li className="sapa-item sapa-draft" aria-labelledby={`${id}-meta`}>
      <div className="sapa-item-text">
        <span id={`${id}-meta`} className="sapa-muted">
          <span className={`sapa-badge sapa-status-${draft.status}`}>
            {t(`drafts.status.${draft.status}` as MessageKey)}
          </span>{' '}
          {time}
          {draft.id === state.draftId && ` · ${t('drafts.current')}`}
        </span>
        <span className="sapa-preview">{preview(draft.text, t('drafts.emptyText'))}</span>
        <div className="sapa-actions">
          <button
            type="button"
            className="sapa-small"
            aria-label={t('drafts.restoreNamed', { time })}
            disabled={state.busy}
            onMouseDown={keepComposerFocus}
            onClick={() => ctx.onInsert(draft.text, 'replace')}
          >
            {t('drafts.restore')}
          </button>
          <button
            type="button"
            className="sapa-secondary sapa-small"
            aria-expanded={open}
            aria-controls={`${id}-history`}
            onClick={() => setOpen((o) => !o)}
          >
            {t('drafts.history')}
          </button>
        </div>
        {open && <History draft={draft} ctx={ctx} listId={`${id}-history`} />}
      </div>
    </li>
  );
}

export function DraftsTab({ ctx }: { ctx: TabContext }) {
  const { t, state, client } = ctx;
  // Reloaded after each autosave, so the list follows what is being typed.
  const drafts = useRequest(
    () => client.request('drafts.list', { platform: state.platform, limit: 20 }),
    `${state.platform}|${state.draftSavedAt ?? ''}`,
  );
  const items = drafts.data ?? [];
  return (
    <div className="sapa-stack">
      <ErrorLine error={drafts.error} locale={state.locale} />
      {drafts.loading && !drafts.data ? (
        <Loading t={t} />
      ) : items.length === 0 ? (
        <p className="sapa-muted">{t('drafts.empty', { platform: ctx.platformName })}</p>
      ) : (
        <ul
          className="sapa-list sapa-scroll"
          aria-label={t('drafts.listLabel', { platform: ctx.platformName })}
        >
          {items.map((draft) => (
            <DraftItem key={draft.id} draft={draft} ctx={ctx} />
          ))}
        </ul>
      )}
    </div>
  );
}
