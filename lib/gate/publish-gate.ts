import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { DecidePress, GateDecision, TeamChecklistInput } from './team-checklist';
import type { PanelStore } from '@/lib/panel/panel-store';
import type { PlatformAdapter } from '@/lib/platforms/adapter';
import type { PostDetails } from '@/lib/platforms/post-details';
import {
  awaitPostAddress,
  confirmPublish,
  postAddressesShown,
  readAccount,
  watchPublishAttempts,
  type PublishAttempt,
  type PublishWatcher,
} from '@/lib/platforms/publish-watch';
import type { ComposerMatch, PlatformId } from '@/lib/platforms/types';
import type { UncheckedReason } from './dialog-guard';
import { createGateStore, type GateState, type GateStore } from './gate-store';

/** How long after holding a press the dialog must be on screen, or the press goes through. */
export const DIALOG_SHOWN_WITHIN_MS = 600;

export interface PublishGateOptions {
  adapter: PlatformAdapter;
  win: Window;
  ctx: Pick<ContentScriptContext, 'signal' | 'isInvalid'>;
  platform: PlatformId;
  /** The panel: its manual ticks count in the decision, and it tells of the post. */
  panel: PanelStore;
  /** What the team set up for the checklist, as last read. */
  team: () => TeamChecklistInput;
  /**
   * The checklist's decision, once the panel's UI brought it (null before: no dialog could show
   * then either, so the press goes through, noted as unchecked).
   */
  decider: () => DecidePress | null;
  /** The composer Sapa tracks (its key names the draft a confirmed post belongs to). */
  composer: () => ComposerMatch | null;
  /**
   * The site confirmed a post; `override` names the rules the person posted past, `checks` the
   * checklist's findings at the press, `details` the post's address and account where the site
   * shows them.
   */
  onPosted: (
    text: string,
    composerKey: string,
    override?: { ruleIds: string[] },
    checks?: PostChecks,
    details?: PostDetails,
  ) => void;
  /** Whether the dialog could show now (its host is in the page, laid out and rendered). */
  dialogCanShow: () => boolean;
  /** Whether the dialog is on screen now. */
  dialogShown: () => boolean;
}

/** The checklist's findings at a press, as the post log keeps them. */
export type PostChecks = { ruleId: string; severity: 'block' | 'warn' }[];

/** What failed at the press, blocking first (a let-through press keeps the held press's). */
export function checksOf(decision: GateDecision | undefined): PostChecks {
  if (!decision) return [];
  return [
    ...decision.blocking.map(({ ruleId }) => ({ ruleId, severity: 'block' as const })),
    ...decision.warnings.map(({ ruleId }) => ({ ruleId, severity: 'warn' as const })),
  ];
}

export interface PublishGate {
  /** The gate's dialog. */
  store: GateStore;
  /** The person chose to fix the post: the dialog closes and the panel opens on the composer. */
  fix(): void;
  /** The person chose to post anyway: the held press goes to the site after all. */
  postAnyway(): void;
  /** Starts watching the site's publish button (once the panel exists to show the dialog). */
  watch(): void;
}

/** Where the dialog goes: beside the held button, or at the window's top right without one. */
export function dialogAnchor(button: HTMLElement | null, win: Window): GateState['anchor'] {
  const rect = button?.getBoundingClientRect();
  return rect
    ? { top: rect.top, left: rect.left, bottom: rect.bottom, right: rect.right }
    : { top: 80, left: win.innerWidth - 340, bottom: 80, right: win.innerWidth - 16 };
}

/**
 * The publish gate: each press of the site's publish button is checked against the team's
 * checklist; a press with a blocking problem is held and the dialog names the problems. A press
 * that goes through is noticed in the panel, and the site's confirmation marks the draft posted.
 */
export function createPublishGate(options: PublishGateOptions): PublishGate {
  const { adapter, win, ctx, panel, composer } = options;
  const store = createGateStore();
  let watcher: PublishWatcher | null = null;
  let held: { attempt: PublishAttempt; decision: GateDecision } | null = null;
  let override: { ruleIds: string[] } | undefined;
  // The last decision: a press let through after Post anyway is not decided again.
  let lastDecision: GateDecision | undefined;
  /** The waits for the site's confirmation, by the composer each press came from. */
  const waits = new Map<HTMLElement | null, AbortController>();
  /** Posts' addresses not to record again: shown before a press, or taken by a post. */
  const taken: string[] = [];
  ctx.signal.addEventListener('abort', () => waits.forEach((wait) => wait.abort()), { once: true });

  // Why the last press went through although the checklist would have held it, for the panel.
  let unchecked: UncheckedReason | undefined;

  /** A press is held only when Sapa can show why: a composer it read, and a dialog that can show. */
  const whyNotHold = (attempt: PublishAttempt): UncheckedReason | undefined => {
    if (!attempt.composer) return 'noComposer';
    return options.dialogCanShow() ? undefined : 'noDialog';
  };

  const decide = (attempt: PublishAttempt): GateDecision => {
    const { ticks, videoSeconds, linkedPlan } = panel.getState();
    const decidePress = options.decider();
    if (!decidePress) {
      lastDecision = undefined;
      unchecked = 'noDialog';
      return { hold: false, blocking: [], warnings: [] };
    }
    const decision = decidePress(attempt.text, options.platform, options.team(), ticks, {
      videoSeconds,
      plan: linkedPlan,
    });
    lastDecision = decision;
    const reason = decision.hold ? whyNotHold(attempt) : undefined;
    if (!reason) return decision;
    unchecked = reason;
    return { ...decision, hold: false };
  };

  /**
   * The dialog did not appear after all (an error while opening it, a render that never came, the
   * page hiding it): the held press goes to the site as if it had never been held.
   */
  const release = (attempt: PublishAttempt) => {
    if (held?.attempt !== attempt) return;
    held = null;
    try {
      store.setState({ open: false });
    } catch {
      // whatever failed to open the dialog must not keep the post back too
    }
    const button = attempt.button;
    if (!watcher || !button || !adapter.publishButtonAt(button)) return;
    unchecked = 'noDialog';
    watcher.letThroughOnce();
    button.click();
  };

  const hold = (attempt: PublishAttempt, decision: GateDecision) => {
    held = { attempt, decision };
    try {
      store.setState({
        open: true,
        items: decision.blocking.map(({ ruleId, message }) => ({ ruleId, message })),
        anchor: dialogAnchor(attempt.button, win),
      });
    } catch {
      // The press is already stopped: the check below finds no dialog and lets it through (later,
      // not inside this click, where a second click() on the same button would be ignored).
    }
    win.setTimeout(() => {
      if (held?.attempt === attempt && !ctx.isInvalid && !options.dialogShown()) release(attempt);
    }, DIALOG_SHOWN_WITHIN_MS);
  };

  const noticePost = (attempt: PublishAttempt, overridden: boolean) => {
    // The key at the press: the composer has usually closed by the confirmation.
    const { composerKey } = attempt;
    const recorded = overridden ? override : undefined;
    override = undefined;
    const checks = checksOf(lastDecision);
    const reason = unchecked;
    unchecked = undefined;
    panel.setState({
      notice: reason ? { kind: 'publishNoticed', unchecked: reason } : { kind: 'publishNoticed' },
    });
    // A new press in the same composer means the press before did not go out (the person
    // cancelled the site's own confirmation and pressed again): only the newest waits, so one
    // post is recorded once. A post still going out from a composer that is gone keeps its wait.
    waits.get(attempt.composer)?.abort();
    const wait = new AbortController();
    waits.set(attempt.composer, wait);
    const until = { signal: wait.signal };
    // The account as the page shows it at the press, and the addresses a toast already showed
    // (a toast left from the post before is not this post's).
    const site = adapter.definition;
    const account = readAccount(site, win.document);
    taken.push(...postAddressesShown(site, win.document));
    void confirmPublish(adapter, win.document, attempt.closing, until).then(async (confirmed) => {
      if (waits.get(attempt.composer) === wait) waits.delete(attempt.composer);
      if (!confirmed || ctx.isInvalid) return;
      panel.setState({ notice: { kind: 'publishConfirmed' } });
      if (!composerKey) return;
      const url = await awaitPostAddress(site, win.document, taken, { signal: ctx.signal });
      if (ctx.isInvalid) return;
      const details = { url, account: account ?? readAccount(site, win.document) };
      options.onPosted(attempt.text, composerKey, recorded, checks, details);
    });
  };

  return {
    store,
    watch() {
      const gate = { decide, onHeld: hold, onAttempt: noticePost };
      watcher = watchPublishAttempts<GateDecision>(adapter, win, composer, gate, ctx.signal);
    },
    fix() {
      // Before the watch starts nothing can be held, so there is nothing to answer.
      if (!watcher) return;
      store.setState({ open: false });
      held = null;
      panel.getState().setCollapsed(false);
      composer()?.element.focus({ preventScroll: true });
    },
    postAnyway() {
      if (!watcher) return;
      const pending = held;
      store.setState({ open: false });
      held = null;
      if (!pending) return;
      override = { ruleIds: pending.decision.blocking.map((result) => result.ruleId) };
      watcher.letThroughOnce();
      pending.attempt.button?.click();
    },
  };
}
