import { afterEach, describe, expect, test, vi } from 'vitest';
import { providePart, workerPart, WORKER_PART_FILES } from './registry';

const host = globalThis as { __sapaWorkerParts?: object };
afterEach(() => {
  delete host.__sapaWorkerParts;
});

const fakeRrule = { RRule: class {}, Weekday: class {} } as never;

describe('workerPart', () => {
  test('runs the part’s script on first use, then reuses what it provided', () => {
    const importScripts = vi.fn((url: string) => {
      expect(url).toBe('/worker-rrule.js');
      providePart('rrule', fakeRrule);
    });
    expect(workerPart('rrule', importScripts)).toBe(fakeRrule);
    expect(workerPart('rrule', importScripts)).toBe(fakeRrule);
    expect(importScripts).toHaveBeenCalledTimes(1);
  });

  test('a part already there (Firefox lists the scripts in the manifest) needs no import', () => {
    providePart('rrule', fakeRrule);
    expect(workerPart('rrule', undefined)).toBe(fakeRrule);
  });

  test('a script that provides nothing is reported by name and file', () => {
    expect(() => workerPart('xml', () => undefined)).toThrow(
      'Sapa\'s worker part "xml" (/worker-xml.js) did not load',
    );
  });

  test('every part has its own script at the extension’s root', () => {
    const files = Object.values(WORKER_PART_FILES);
    expect(new Set(files).size).toBe(files.length);
    for (const file of files) expect(file).toMatch(/^\/worker-[a-z-]+\.js$/);
  });
});
