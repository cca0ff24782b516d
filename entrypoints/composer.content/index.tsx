import '@/lib/zod-config';
import { createRoot, type Root } from 'react-dom/client';
import { Panel } from '@/components/panel/Panel';
import '@/components/panel/panel.css';
import '@/components/gate/gate.css';
import { PublishGate } from '@/components/gate/PublishGate';
import { QuickPickerHost } from '@/components/quick-picker/QuickPickerHost';
import '@/components/quick-picker/quick-picker.css';
import { SITE_MATCHES } from '@/lib/platforms';
import { startComposerSession } from '@/lib/composer/session';

const PANEL_HOST_CSS = `:host {
  position: fixed !important;
  top: var(--sapa-top, 72px) !important;
  left: var(--sapa-left, calc(100vw - 336px)) !important;
  z-index: 2147483000 !important;
  display: block !important;
}`;

export default defineContentScript({
  matches: [...SITE_MATCHES],
  // TikTok Studio can render its uploader inside a same-origin iframe.
  allFrames: true,
  cssInjectionMode: 'ui',
  async main(ctx) {
    await startComposerSession(ctx, window, async (session) =>
      createShadowRootUi<Root>(ctx, {
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
          const root = createRoot(container);
          root.render(
            <>
              <PublishGate
                store={session.gate.store}
                locale={() => session.store.getState().locale}
                onFix={() => session.gate.fix()}
                onPostAnyway={() => session.gate.postAnyway()}
              />
              <Panel
                store={session.store}
                client={session.client}
                onInsert={session.insert}
                onRestore={session.restoreDraft}
                onKeep={session.keepComposerText}
                onCopyDiagnostics={session.copyDiagnostics}
                onEscape={session.returnToComposer}
                onUndo={session.undo}
              />
              <QuickPickerHost
                store={session.store}
                client={session.client}
                onPick={(expansion, used) => void session.picker.pick(expansion, used)}
                onClose={session.picker.close}
              />
            </>,
          );
          return root;
        },
        onRemove(root) {
          root?.unmount();
        },
      }),
    );
  },
});
