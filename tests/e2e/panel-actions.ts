import { expect } from 'vitest';
import type { Locator } from 'playwright-core';
import { panelIn, type OpenComposer } from './platforms';

export const CAPTION = [
  'Koleksi baru bulan ini 📚✨',
  '',
  'Datang ke Perpustakaan Kota, Sabtu pukul 10.00 👩‍👧',
  '#BulanBuku #GemarMembaca',
].join('\n');

export function status(panel: Locator): Promise<string | null> {
  return panel.getByRole('status').textContent();
}

/** Types a caption into Sapa's panel and presses one of its insert buttons. */
export async function insertThroughPanel(
  composer: OpenComposer,
  button: 'Insert at cursor' | 'Replace all',
  caption = CAPTION,
  expected: RegExp = /Inserted into the/,
): Promise<Locator> {
  const panel = panelIn(composer.scope);
  await panel.getByRole('textbox', { name: 'Caption', exact: true }).fill(caption);
  await panel.getByRole('button', { name: button }).click();
  await expect.poll(() => status(panel)).toMatch(expected);
  return panel;
}
