import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { decideGate, type GateDecision, type TeamChecklistData } from './team-checklist';
import type { PanelStore } from '@/lib/panel/panel-store';
import type { PlatformAdapter } from '@/lib/platforms/adapter';
import {
  confirmPublish,
  watchPublishAttempts,
  type PublishAttempt,
  type PublishWatcher,
} from '@/lib/platforms/publish-watch';
import type { ComposerMatch, PlatformId } from '@/lib/platforms/types';
import { createGateStore, type GateState, type GateStore } from './gate-store';

export interface PublishGateOptions {
  adapter: PlatformAdapter;
  win: Window;
  ctx: Pick<ContentScriptContext, 'signal' | 'isInvalid'>;
  platform: PlatformId;
  /** The panel: its manual ticks count in the decision, and it tells of the post. */
  panel: PanelStore;
  /** What the team set up for the checklist, as last read. */
  team: () => TeamChecklistData;
  /** The composer Sapa tracks (its key names the draft a confirmed post belongs to). */
  composer: () => ComposerMatch | null;
  /** The site confirmed a post; `override` names the rules the person posted past. */
  onPosted: (text: string, composerKey: string, override?: { ruleIds: string[] }) => void;
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

  const decide = (attempt: PublishAttempt) => {
    const { ticks, videoSeconds } = panel.getState();
    return decideGate(attempt.text, options.platform, options.team(), ticks, videoSeconds);
  };

  const hold = (attempt: PublishAttempt, decision: GateDecision) => {
    held = { attempt, decision };
    store.setState({
      open: true,
      items: decision.blocking.map(({ ruleId, message }) => ({ ruleId, message })),
      anchor: dialogAnchor(attempt.button, win),
    });
  };

  const noticePost = (attempt: PublishAttempt, overridden: boolean) => {
    // The key at the press: the composer has usually closed by the confirmation.
    const composerKey = composer()?.key;
    const recorded = overridden ? override : undefined;
    override = undefined;
    panel.setState({ notice: { kind: 'publishNoticed' } });
    void confirmPublish(adapter, win.document, attempt.composer).then((confirmed) => {
      if (!confirmed || ctx.isInvalid) return;
      panel.setState({ notice: { kind: 'publishConfirmed' } });
      if (composerKey) options.onPosted(attempt.text, composerKey, recorded);
    });
  };

  return {
    store,
    watch() {
      const current = () => composer()?.element ?? null;
      const gate = { decide, onHeld: hold, onAttempt: noticePost };
      watcher = watchPublishAttempts<GateDecision>(adapter, win, current, gate, ctx.signal);
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
