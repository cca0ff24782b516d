/**
 * When the composer's text is saved and reported: a save waits for a quiet moment after typing,
 * but never falls more than `maxWaitMs` behind it; the text is reported at most every 120 ms. A
 * failed save is tried again after the delay the keeper asks for (`retryIn`), typing or not.
 */
export interface SaveTimingOptions {
  win: Window;
  debounceMs: number;
  maxWaitMs: number;
  save(): void;
  reportText(): void;
}

const TEXT_REPORT_MS = 120;

export function createSaveTiming(options: SaveTimingOptions) {
  const { win } = options;
  let quietTimer: number | undefined;
  let maxTimer: number | undefined;
  let textTimer: number | undefined;
  let retryTimer: number | undefined;

  const reportText = () => {
    textTimer = undefined;
    options.reportText();
  };

  return {
    /** The composer's content changed. */
    changed(): void {
      textTimer ??= win.setTimeout(reportText, TEXT_REPORT_MS);
      win.clearTimeout(quietTimer);
      quietTimer = win.setTimeout(options.save, options.debounceMs);
      maxTimer ??= win.setTimeout(options.save, options.maxWaitMs);
    },
    /** A save failed: save again after `ms` (an earlier retry still waiting is replaced). */
    retryIn(ms: number): void {
      win.clearTimeout(retryTimer);
      retryTimer = win.setTimeout(options.save, ms);
    },
    /** A save is starting (or no longer wanted): no save is pending after this. */
    clear(): void {
      win.clearTimeout(quietTimer);
      win.clearTimeout(maxTimer);
      win.clearTimeout(retryTimer);
      quietTimer = maxTimer = retryTimer = undefined;
    },
  };
}
