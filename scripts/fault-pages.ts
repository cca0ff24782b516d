/**
 * What the fault scripts read from the browser: the note a panel shows while saving is paused,
 * and the drafts Sapa kept (read in the extension's origin).
 */
import type { Page } from 'playwright-core';

/**
 * The texts of the "saving is paused" notes on a page (none when the page is gone): the panel's,
 * and the one a script cut off from the extension leaves in a shadow root of its own
 * (`lib/panel/paused-notice.ts`; Playwright's CSS reaches into open shadow roots).
 */
export function noticeTexts(page: Page): Promise<string[]> {
  return page
    .locator('[data-sapa="saving-paused"], sapa-saving-paused p')
    .allTextContents()
    .then((texts) => texts.map((text) => text.trim()).filter(Boolean))
    .catch(() => []);
}

/** Collects what the panel says into `into` until the returned function is called. */
export function watchNotices(page: Page, into: Set<string>): () => void {
  let on = true;
  void (async () => {
    while (on) {
      for (const text of await noticeTexts(page)) into.add(text);
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  })();
  return () => (on = false);
}

/**
 * The drafts' texts, read from an extension page with a connection closed at once (one left
 * open would hold the database against an upgrade).
 */
export function draftTexts(reader: Page): Promise<Set<string>> {
  return reader
    .evaluate(
      () =>
        new Promise<string[]>((resolve, reject) => {
          const open = indexedDB.open('sapa');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const request = open.result.transaction('drafts').objectStore('drafts').getAll();
            request.onsuccess = () => {
              open.result.close();
              resolve((request.result as { text: string }[]).map((d) => d.text));
            };
          };
        }),
    )
    .then((texts) => new Set(texts));
}
