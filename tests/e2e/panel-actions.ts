import { expect } from 'vitest';
import type { Locator } from 'playwright-core';
import { editorState } from './harness';
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

/** Puts text in the composer by typing, as a person would (slowly: Draft.js garbles fast keys). */
export async function typeIntoComposer(composer: OpenComposer, text: string): Promise<void> {
  await composer.editor.click();
  await composer.editor.press('ControlOrMeta+a');
  await composer.editor.press('Backspace');
  await composer.editor.pressSequentially(text, { delay: 15 });
}

/** The composer's text as its editor holds it (not its DOM). */
export const composerState = (composer: OpenComposer): Promise<string> =>
  editorState(composer.frame(), composer.editorName);
