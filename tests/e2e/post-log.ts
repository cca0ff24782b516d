/**
 * The post log page's virtualised list as laid out in the browser: where it shows nothing.
 * The box should be as tall as its entries (up to its max height), and each entry should start
 * where the one above ends (rows measured again when their content changes).
 */
import type { Page } from 'playwright-core';

export interface LogBox {
  /** The box's height and the list's in it, in pixels. */
  box: number;
  list: number;
  /** Empty space in the box below the list (a box taller than its few entries). */
  below: number;
}

export function logBox(page: Page): Promise<LogBox> {
  return page.locator('.sapa-log-scroll').evaluate((box) => {
    const list = box.querySelector('.sapa-log')!.getBoundingClientRect();
    return {
      box: Math.round(box.getBoundingClientRect().height),
      list: Math.round(list.height),
      below: Math.round(box.clientHeight - list.height),
    };
  });
}

/**
 * Watches the gaps between the log's rows as they will be painted: measured from a
 * ResizeObserver on the rows, created after the virtualiser's own, so each measurement comes
 * once the virtualiser has taken the new sizes in, before the frame is painted. (Measuring in
 * requestAnimationFrame would force a layout before any ResizeObserver ran, and see a state no
 * frame shows.) `worstLogGap` says the largest gap seen since, and in how many frames.
 */
export function watchLogGaps(page: Page): Promise<void> {
  return page.evaluate(() => {
    const seen = { worst: 0, frames: 0, gapFrames: 0, stop: false };
    (window as unknown as { sapaLogGaps: typeof seen }).sapaLogGaps = seen;
    const list = document.querySelector('.sapa-log')!;
    const look = () => {
      if (seen.stop) return;
      const rows = [...list.querySelectorAll(':scope > .sapa-log-row')]
        .map((row) => row.getBoundingClientRect())
        .sort((a, b) => a.top - b.top);
      let worst = 0;
      for (let i = 1; i < rows.length; i++)
        worst = Math.max(worst, Math.round(rows[i]!.top - rows[i - 1]!.bottom));
      seen.worst = Math.max(seen.worst, worst);
      seen.frames += 1;
      if (worst > 1) seen.gapFrames += 1;
    };
    const sizes = new ResizeObserver(look);
    const watchRows = () =>
      list.querySelectorAll('.sapa-log-row').forEach((row) => sizes.observe(row));
    watchRows();
    new MutationObserver(watchRows).observe(list, { childList: true });
  });
}

export interface GapWatch {
  /** The largest gap between two rows, in pixels. */
  worst: number;
  /** How many times the rows were measured, and how many of those showed a gap. */
  frames: number;
  gapFrames: number;
}

export function worstLogGap(page: Page): Promise<GapWatch> {
  return page.evaluate(() => {
    const seen = (window as unknown as { sapaLogGaps: GapWatch & { stop: boolean } }).sapaLogGaps;
    seen.stop = true;
    return { worst: seen.worst, frames: seen.frames, gapFrames: seen.gapFrames };
  });
}

/** Waits for two frames to be painted (what a change set off has been measured and shown). */
export function nextFrames(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );
}
