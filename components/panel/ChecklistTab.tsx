/**
 * Checklist: the pre-post checks, live on the composer's text. Failing blocks first, then
 * warnings, then passes, then the items the person checks by hand (ticks are kept with the
 * draft once it has one, and until then in the panel).
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import {
  DEFAULT_SETTINGS,
  applyEdits,
  brandForChecklist,
  parseSettings,
  runChecklist,
  summarise,
  type CheckResult,
  type ChecklistSettings,
} from '@/lib/checklist';
import type { ChecklistSettingsRecord } from '@/lib/db/types';
import type { MessageKey } from '@/lib/i18n';
import {
  LengthCount,
  hashtagCeiling,
  hashtagIds,
  keepComposerFocus,
  type TabContext,
} from './shared';

/** The team's settings; the defaults until they have loaded, or if what is stored is unreadable. */
function settingsOf(record: ChecklistSettingsRecord | null): ChecklistSettings {
  if (!record) return DEFAULT_SETTINGS;
  try {
    return parseSettings(record);
  } catch {
    return DEFAULT_SETTINGS;
  }
}

/** The draft's stored ticks, loaded when the draft becomes known. */
function useDraftTicks(ctx: TabContext) {
  const { client, state } = ctx;
  const { draftId, platform } = state;
  const [ticks, setTicks] = useState<Record<string, boolean>>({});
  /** Ticks made before the draft was saved, still to be stored with it. */
  const pending = useRef<Record<string, boolean>>({});
  const fail = ctx.fail;

  useEffect(() => {
    if (!draftId) return;
    let current = true;
    void (async () => {
      const unsaved = pending.current;
      if (Object.keys(unsaved).length > 0) {
        const res = await client.request('drafts.setTicks', { draftId, ticks: unsaved });
        if (!current) return;
        if (!res.ok) return fail(res.error);
        pending.current = {};
        setTicks(res.data.checklistTicks);
        return;
      }
      const res = await client.request('drafts.list', { platform, limit: 50 });
      if (!current) return;
      if (!res.ok) return fail(res.error);
      const draft = res.data.find((d) => d.id === draftId);
      if (draft) setTicks((local) => ({ ...draft.checklistTicks, ...local }));
    })();
    return () => {
      current = false;
    };
  }, [client, draftId, platform, fail]);

  const tick = async (ruleId: string, value: boolean) => {
    setTicks((prev) => ({ ...prev, [ruleId]: value }));
    if (!draftId) {
      pending.current = { ...pending.current, [ruleId]: value };
      return;
    }
    const res = await client.request('drafts.setTicks', { draftId, ticks: { [ruleId]: value } });
    if (!res.ok) fail(res.error);
  };
  const { onTicks } = ctx;
  useEffect(() => onTicks?.(ticks), [ticks, onTicks]);
  return { ticks, tick };
}

const MARK: Record<string, string> = { block: '✕', warn: '!', pass: '✓', info: 'i' };

function ResultItem({ result, ctx }: { result: CheckResult; ctx: TabContext }) {
  const { t, state } = ctx;
  const messageId = useId();
  const kind =
    result.status === 'pass' ? 'pass' : result.severity === 'block' ? 'block' : result.severity;
  return (
    <li className={`sapa-result sapa-result-${kind}`}>
      <span className="sapa-mark" aria-hidden="true">
        {MARK[kind]}
      </span>
      <div className="sapa-item-text">
        <span id={messageId}>{result.message[state.locale]}</span>
        {result.fixes?.map((fix, i) => (
          <button
            key={i}
            type="button"
            className="sapa-secondary sapa-small"
            aria-label={t('checklist.fix', { label: fix.label[state.locale] })}
            disabled={state.busy}
            onMouseDown={keepComposerFocus}
            onClick={() => ctx.onInsert(applyEdits(state.composerText, fix.edits), 'replace')}
          >
            {t('checklist.fix', { label: fix.label[state.locale] })}
          </button>
        ))}
      </div>
    </li>
  );
}

function Group({
  title,
  results,
  ctx,
}: {
  title: MessageKey;
  results: CheckResult[];
  ctx: TabContext;
}) {
  const id = useId();
  if (results.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>
        {ctx.t(title)} ({results.length})
      </h3>
      <ul className="sapa-list">
        {results.map((r) => (
          <ResultItem key={r.ruleId} result={r} ctx={ctx} />
        ))}
      </ul>
    </section>
  );
}

/** The checks run on the composer's text with the team's settings and the brand kit. */
function useChecklistResults(ctx: TabContext, ticks: Record<string, boolean>) {
  const { state, library } = ctx;
  const settings = useMemo(
    () => settingsOf(library.checklistSettings),
    [library.checklistSettings],
  );
  // The same brand kit reading as the publish gate's (lib/checklist/brand-kit.ts).
  const brand = useMemo(() => brandForChecklist(library.brandKit), [library.brandKit]);
  return useMemo(
    () =>
      runChecklist(
        {
          text: state.composerText,
          platform: state.platform,
          brand,
          ticks,
          xPremium: library.xPremium,
          ...(state.videoSeconds !== null ? { videoSeconds: state.videoSeconds } : {}),
          ...(state.linkedPlan ? { plan: state.linkedPlan } : {}),
        },
        settings,
      ),
    [
      state.composerText,
      state.platform,
      brand,
      ticks,
      library.xPremium,
      settings,
      state.videoSeconds,
      state.linkedPlan,
    ],
  );
}

/** Length and hashtag counts, and whether the post can go out as it is. */
function Summary({ results, ctx }: { results: CheckResult[]; ctx: TabContext }) {
  const { t, state } = ctx;
  const summary = summarise(results);
  const hashtags = hashtagIds(state.composerText).size;
  const ceiling = hashtagCeiling(state.platform);
  return (
    <>
      <LengthCount text={state.composerText} ctx={ctx} />
      <p className="sapa-count sapa-muted">
        {ceiling
          ? t('count.hashtags', { count: hashtags, max: ceiling.max })
          : t('count.hashtagsNoLimit', { count: hashtags })}
      </p>
      <p className={summary.canPublish ? 'sapa-ok' : 'sapa-warn'}>
        {summary.canPublish
          ? t('checklist.ready', { warnings: summary.warnings.length })
          : t('checklist.blocked', {
              blocking: t('count.items', { count: summary.blocking.length }),
              warnings: summary.warnings.length,
            })}
      </p>
    </>
  );
}

/** The items the person checks by hand, with how many are ticked. */
function ManualChecks({
  manual,
  tick,
  ctx,
}: {
  manual: CheckResult[];
  tick: (ruleId: string, ticked: boolean) => Promise<void>;
  ctx: TabContext;
}) {
  const { t, state } = ctx;
  const legendId = useId();
  if (manual.length === 0) return null;
  return (
    <fieldset className="sapa-manual">
      <legend id={legendId}>
        {t('checklist.groupManual')} ({manual.filter((r) => r.ticked).length}/{manual.length})
      </legend>
      {!state.draftId && <p className="sapa-muted">{t('checklist.ticksLater')}</p>}
      <ul className="sapa-list">
        {manual.map((r) => (
          <li key={r.ruleId} className="sapa-check">
            <label>
              <input
                type="checkbox"
                checked={r.ticked === true}
                onChange={(e) => void tick(r.ruleId, e.target.checked)}
              />{' '}
              {r.message[state.locale]}
              {r.required && <span className="sapa-warn"> {t('common.required')}</span>}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

export function ChecklistTab({ ctx }: { ctx: TabContext }) {
  const { ticks, tick } = useDraftTicks(ctx);
  const results = useChecklistResults(ctx, ticks);
  const failing = results.filter((r) => r.status === 'fail');
  const blocks = failing.filter((r) => r.severity === 'block');
  const warnings = failing.filter((r) => r.severity !== 'block');
  const passes = results.filter((r) => r.status === 'pass');
  const manual = results.filter((r) => r.status === 'manual');

  return (
    <div className="sapa-stack">
      <Summary results={results} ctx={ctx} />
      <Group title="checklist.groupBlock" results={blocks} ctx={ctx} />
      <Group title="checklist.groupWarn" results={warnings} ctx={ctx} />
      <Group title="checklist.groupPass" results={passes} ctx={ctx} />
      <ManualChecks manual={manual} tick={tick} ctx={ctx} />
    </div>
  );
}
