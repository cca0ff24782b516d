import { expect, test, vi } from 'vitest';
import { importPartsAtInstall } from './install';
import { WORKER_PART_FILES } from './registry';

test('the installing worker imports every part’s script once, in its install event', () => {
  let onInstall: (() => void) | undefined;
  const importScripts = vi.fn();
  importPartsAtInstall({
    addEventListener: (_type, listener) => (onInstall = listener),
    importScripts,
  });
  expect(importScripts).not.toHaveBeenCalled();
  onInstall!();
  expect(importScripts).toHaveBeenCalledWith(...Object.values(WORKER_PART_FILES));
});

test('a background page without importScripts (Firefox) adds no listener', () => {
  const addEventListener = vi.fn();
  importPartsAtInstall({ addEventListener });
  expect(addEventListener).not.toHaveBeenCalled();
});
