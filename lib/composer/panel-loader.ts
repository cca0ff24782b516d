/**
 * Bringing the panel's UI into the page once a composer appears. The UI is a script of its own
 * (`entrypoints/panel-ui.tsx`, React and every panel component); the background runs it in this
 * frame's isolated world, which this content script shares, so the two meet on `globalThis`: the
 * content script leaves a callback under `PANEL_UI_HANDOVER`, and the UI script calls it with its
 * renderer. The page's own scripts live in another world and see neither.
 */
import type { DecidePress } from '@/lib/gate/team-checklist';
import type { ExpandShortcut } from '@/lib/quick-insert/expand';
import type { ComposerSession } from './session';

/** The isolated world's global through which the UI script hands over its renderer. */
export const PANEL_UI_HANDOVER = '__sapaPanelUi';

/** One render of the panel into the shadow root's container. */
export interface PanelView {
  unmount(): void;
}

export type RenderPanel = (container: HTMLElement, session: ComposerSession) => PanelView;

/**
 * What the UI script brings: the panel's renderer, and the two pieces of logic that need the
 * checklist and the templates' rendering (large, and of use only beside an open composer).
 */
export interface PanelUiModule {
  render: RenderPanel;
  /** The gate's decision at a press (lib/gate/team-checklist.ts). */
  decidePress: DecidePress;
  /** What a typed shortcut becomes (lib/quick-insert/expand.ts). */
  expandShortcut: ExpandShortcut;
}

type Handover = (module: PanelUiModule) => void;
type HandoverGlobal = { [PANEL_UI_HANDOVER]?: Handover };

/** Called by the UI script when it runs: gives itself to the content script waiting for it. */
export function handOverPanelUi(module: PanelUiModule, scope: object = globalThis): void {
  const waiting = (scope as HandoverGlobal)[PANEL_UI_HANDOVER];
  delete (scope as HandoverGlobal)[PANEL_UI_HANDOVER];
  waiting?.(module);
}

/** How long the background may take to run the UI script before the load counts as failed. */
export const PANEL_UI_TIMEOUT_MS = 10_000;

export interface PanelLoader {
  /** The UI, loading it the first time (a failed load is tried again at the next call). */
  load(): Promise<PanelUiModule>;
  /** The UI when it has arrived, so a later mount renders at once. */
  loaded(): PanelUiModule | null;
}

/**
 * Asks for the UI script once and waits for its renderer. `ask` sends the request to the
 * background (it resolves when the script ran or rejects when it could not run).
 */
export function createPanelLoader(
  ask: () => Promise<unknown>,
  scope: object = globalThis,
  timeoutMs = PANEL_UI_TIMEOUT_MS,
): PanelLoader {
  let arrived: PanelUiModule | null = null;
  let pending: Promise<PanelUiModule> | null = null;
  const load = () =>
    new Promise<PanelUiModule>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the panel UI did not arrive')), timeoutMs);
      (scope as HandoverGlobal)[PANEL_UI_HANDOVER] = (module) => {
        clearTimeout(timer);
        arrived = module;
        resolve(module);
      };
      ask().catch((error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      });
    });
  return {
    load() {
      if (arrived) return Promise.resolve(arrived);
      pending ??= load().catch((error: unknown) => {
        pending = null;
        throw error;
      });
      return pending;
    },
    loaded: () => arrived,
  };
}
