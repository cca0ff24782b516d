/**
 * The panel's UI: React, the panel, the publish gate's dialog and the picker at the caret. Not
 * in the manifest: the background runs it in a composer's frame when the content script first
 * needs the panel there (lib/panel/panel-ui.ts), and it hands its renderer to the content script
 * through the isolated world they share (lib/composer/panel-loader.ts).
 */
import '@/lib/zod-config';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { Panel } from '@/components/panel/Panel';
import { stylePanelTree } from '@/components/panel/panel-styles';
import { PublishGate } from '@/components/gate/PublishGate';
import { QuickPickerHost } from '@/components/quick-picker/QuickPickerHost';
import { handOverPanelUi, type RenderPanel } from '@/lib/composer/panel-loader';
import { decidePress } from '@/lib/gate/team-checklist';
import { expandShortcut } from '@/lib/quick-insert/expand';

export default defineUnlistedScript(() => {
  const render: RenderPanel = (container, session) => {
    stylePanelTree(container);
    const root = createRoot(container);
    // The first render is done now, in the task the UI arrived in: left to React's scheduler it
    // waits behind the loading page's own tasks (bench:panel on X: p50 about 100 -> 70 ms).
    flushSync(() =>
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
      ),
    );
    return root;
  };
  handOverPanelUi({ render, decidePress, expandShortcut });
});
