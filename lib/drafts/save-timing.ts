/**
 * When the composer's text is saved and reported: a save waits for a quiet moment after typing,
 * but never falls more than `maxWaitMs` behind it; the text is reported at most every 120 ms.
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
    /** A save is starting (or no longer wanted): no save is pending after this. */
    clear(): void {
      win.clearTimeout(quietTimer);
      win.clearTimeout(maxTimer);
      quietTimer = maxTimer = undefined;
    },
  };
}
