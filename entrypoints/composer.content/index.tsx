import '@/lib/zod-config';
import { SITE_MATCHES } from '@/lib/platforms';
import { startComposerSession } from '@/lib/composer/session';
import { createPanelLoader, type PanelView } from '@/lib/composer/panel-loader';
import { PANEL_UI_MESSAGE } from '@/lib/panel/panel-ui';

const PANEL_HOST_CSS = `:host {
  position: fixed !important;
  top: var(--sapa-top, 72px) !important;
  left: var(--sapa-left, calc(100vw - 336px)) !important;
  z-index: 2147483000 !important;
  display: block !important;
}`;

/** One mount of the panel: its view once the UI has arrived, or a note that it went first. */
interface Mounted {
  view: PanelView | null;
  removed: boolean;
}

export default defineContentScript({
  matches: [...SITE_MATCHES],
  // TikTok Studio can render its uploader inside a same-origin iframe.
  allFrames: true,
  // The panel's styles come with its UI (components/panel/panel-styles.ts); nothing is fetched.
  cssInjectionMode: 'manual',
  async main(ctx) {
    // React and the panel's components come only when the panel first shows (a composer
    // appeared): the background runs entrypoints/panel-ui.tsx in this frame (lib/composer/panel-loader.ts).
    const panelUi = createPanelLoader(() => browser.runtime.sendMessage({ ...PANEL_UI_MESSAGE }));
    await startComposerSession(
      ctx,
      window,
      async (session) =>
        createShadowRootUi<Mounted>(ctx, {
          name: 'sapa-panel',
          position: 'inline',
          anchor: 'body',
          append: 'last',
          // The sites' keyboard shortcuts must not fire while the person types in the panel.
          isolateEvents: true,
          // WXT resets the host with `all: initial !important`, so the host's place is set here,
          // through custom properties (which `all` does not reset) that the session can move.
          css: PANEL_HOST_CSS,
          onMount(container, _shadow, host) {
            host.setAttribute('data-sapa', 'panel');
            const mounted: Mounted = { view: null, removed: false };
            const loaded = panelUi.loaded();
            if (loaded) {
              mounted.view = loaded.render(container, session);
              return mounted;
            }
            panelUi.load().then(
              (arrived) => {
                if (!mounted.removed && !ctx.isInvalid)
                  mounted.view = arrived.render(container, session);
              },
              (error: unknown) => console.warn('[sapa] the panel could not load', error),
            );
            return mounted;
          },
          onRemove(mounted) {
            if (!mounted) return;
            mounted.removed = true;
            mounted.view?.unmount();
          },
        }),
      {
        decidePress: () => panelUi.loaded()?.decidePress ?? null,
        expandShortcut: () => panelUi.loaded()?.expandShortcut ?? null,
        // A failed early load is asked for again when the panel mounts, which reports it.
        prepareUi: () => void panelUi.load().catch(() => undefined),
      },
    );
  },
});
