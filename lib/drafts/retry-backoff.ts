/**
 * When a failed draft save is tried again, and when the person is told that saving is paused.
 * Pure: no timers, no DOM, no extension APIs (the keeper's timing runs the schedule).
 *
 * A save fails when the background does not answer (its service worker was stopped in the middle
 * of the save, or is starting) or answers with an error. The text is kept in the page and sent
 * again after 1 s, 2 s, 4 s … never more than 30 s apart, whether or not the person types on.
 */
export const FIRST_RETRY_MS = 1000;
export const MAX_RETRY_MS = 30_000;
/** Failed saves in a row after which the panel says saving is paused. */
export const PAUSED_AFTER_FAILURES = 3;

/** How long to wait before the next try, after `failures` failed saves in a row (1 or more). */
export function retryDelay(failures: number): number {
  if (failures < 1) return 0;
  // 2 ** 30 would already overflow the cap; the exponent is bounded so the product stays finite.
  return Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.min(failures - 1, 30));
}

/** Whether the person should be told that saving is paused. */
export function savingPaused(failures: number): boolean {
  return failures >= PAUSED_AFTER_FAILURES;
}
