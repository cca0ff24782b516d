/**
 * The picker at the caret, content-script side: when the person has just typed the trigger (`;;`
 * unless they chose another) as a word of its own in the composer, the picker opens beside the
 * caret (the panel store's `quickPicker`; components/quick-picker draws it in Sapa's shadow root).
 * Picking an entry puts its text in place of the typed trigger through the editor's own insertion
 * (its state and the notice's Undo follow), or removes the trigger and opens the template's form
 * in the panel when it needs values; closing leaves the trigger as typed and gives the composer
 * its caret back.
 *
 * The check runs just after each key that can end the trigger, once the editor has written the
 * key: Draft.js and Lexical write typed characters themselves (no plain `input` event to rely on).
 */
import { caretText } from '@/lib/editors/caret-text';
import type { ComposerWatchOptions } from './composer-shortcuts';
import type { Expansion } from './expand';
import { DEFAULT_PICKER_TRIGGER, findPickerTrigger, type PickerKind } from './picker';
import { pickerPlace } from './picker-place';

export interface ComposerPickerOptions extends ComposerWatchOptions {
  /** The focus goes back to the composer at the caret it had. */
  returnToComposer: () => void;
}

export interface ComposerPicker {
  /** Reads the trigger and whether the picker is on for this platform again. */
  refresh(): Promise<void>;
  /** The person chose an entry: its text goes in place of the trigger (or its form opens). */
  pick(expansion: Expansion, used: { kind: PickerKind; id: string }): Promise<void>;
  /** Escape: the picker closes, the trigger stays as typed, the caret is back in the composer. */
  close(): void;
}

export function watchComposerPicker(options: ComposerPickerOptions): ComposerPicker {
  const { win, store } = options;
  let trigger = DEFAULT_PICKER_TRIGGER;
  let enabled = true;
  /** The typed trigger the open picker replaces. */
  let typed: Range | null = null;

  const refresh = async () => {
    const answer = await options.client.request('picker.setting', { platform: options.platform });
    if (!answer.ok) return;
    trigger = answer.data.trigger;
    enabled = answer.data.enabled;
  };

  const check = () => {
    const editor = options.composer()?.element;
    if (!editor || !editor.contains(win.document.activeElement)) return;
    const caret = caretText(editor, options.editorKind);
    const found = caret && findPickerTrigger(caret.before, trigger);
    const range = found && caret.rangeOfLast(found.end - found.start);
    if (!range) return;
    typed = range;
    const rect = range.getBoundingClientRect();
    const place = pickerPlace(rect, { width: win.innerWidth, height: win.innerHeight });
    const count = (store.getState().quickPicker?.count ?? 0) + 1;
    store.setState({ quickPicker: { count, place } });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (!enabled || event.isComposing || event.ctrlKey || event.metaKey || event.altKey) return;
    // A plain text box (no platform's composer today) is left to type as usual.
    if (options.editorKind === 'textarea') return;
    if (event.key.length !== 1 || !trigger.endsWith(event.key)) return;
    // After the editor has written the key (Lexical reconciles in a microtask; Draft.js renders
    // within its own handler): the next task sees the text as the person does.
    win.setTimeout(check, 0);
  };
  win.addEventListener('keydown', onKeyDown, { capture: true, signal: options.signal });

  /** The typed trigger, if it is still in the composer as typed. */
  const typedStill = (): Range | null => {
    const editor = options.composer()?.element;
    if (!typed || !editor?.contains(typed.startContainer)) return null;
    return typed.toString().replace(/\u00a0/g, ' ') === trigger ? typed : null;
  };

  return {
    refresh,
    async pick(expansion, used) {
      const range = typedStill();
      typed = null;
      store.setState({ quickPicker: null });
      void options.client.request('search.used', used);
      if (expansion.kind === 'ask') {
        if (range) await options.insertion.removeTyped(range);
        options.ask(expansion.template);
        return;
      }
      const meta = expansion.templateId ? { templateId: expansion.templateId } : undefined;
      if (range) await options.insertion.expand(range, expansion.text, meta);
      else await options.insertion.insert(expansion.text, 'caret', meta);
    },
    close() {
      typed = null;
      store.setState({ quickPicker: null });
      options.returnToComposer();
    },
  };
}
