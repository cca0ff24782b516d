/** The dashboard calendar's month grid, as the end-to-end tests reach into it. */
import type { Locator, Page } from 'playwright-core';

/** A day's cell in the month view. */
export const dayCell = (page: Page, date: string): Locator =>
  page.locator(`[role="gridcell"][data-date="${date}"]`);

/** Drags with the mouse in small steps, as a person does (a press alone is a click). */
export async function drag(page: Page, from: Locator, to: Locator): Promise<void> {
  await to.scrollIntoViewIfNeeded();
  await from.scrollIntoViewIfNeeded();
  const a = (await from.boundingBox())!;
  const b = (await to.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 10, a.y + a.height / 2 + 5, { steps: 5 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height - 12, { steps: 15 });
  await page.mouse.up();
}
