/**
 * What Chromium gives editors and jsdom does not, so the real Lexical and Draft.js can run in
 * unit tests: `DataTransfer` and `ClipboardEvent` (a paste carrying text/plain), `DragEvent`
 * (Lexical's paste handler asks whether the event is one), and `InputEvent.getTargetRanges`
 * (Lexical's test for beforeinput support, read once when it loads: import this module first),
 * and a caret rectangle (`Range.getBoundingClientRect`; jsdom lays nothing out, so it is empty)
 * for Lexical to scroll the caret into view. Each has only the members the editors read. jsdom still has no `execCommand`, does not focus
 * a contenteditable and does not report selection changes to React, so what depends on those is
 * left to the end-to-end tests in Chromium.
 */
class TextDataTransfer {
  readonly #data = new Map<string, string>();
  get types(): string[] {
    return [...this.#data.keys()];
  }
  readonly files: File[] = [];
  readonly items: DataTransferItem[] = [];
  setData(type: string, value: string): void {
    this.#data.set(type, value);
  }
  getData(type: string): string {
    return this.#data.get(type) ?? '';
  }
}

class TextClipboardEvent extends Event {
  readonly clipboardData: TextDataTransfer | null;
  constructor(type: string, init: EventInit & { clipboardData?: TextDataTransfer | null } = {}) {
    super(type, init);
    this.clipboardData = init.clipboardData ?? null;
  }
}

class PlainDragEvent extends Event {}

export function installEditingEvents(win: Window & typeof globalThis = window): void {
  Object.assign(win, {
    DataTransfer: TextDataTransfer,
    ClipboardEvent: TextClipboardEvent,
    DragEvent: PlainDragEvent,
  });
  const proto = win.InputEvent.prototype as InputEvent & { getTargetRanges?: () => unknown[] };
  proto.getTargetRanges ??= () => [];
  const range = win.Range.prototype as Range;
  range.getBoundingClientRect ??= () => new win.DOMRect(0, 0, 0, 0);
  range.getClientRects ??= () => [] as unknown as DOMRectList;
}

installEditingEvents();
