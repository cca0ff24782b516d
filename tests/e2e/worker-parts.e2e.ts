/**
 * The service worker's parts (lib/worker-parts): the large libraries are separate scripts the
 * worker runs on first use. Chromium lets a worker import, after it was installed, only the
 * scripts it imported while installing; this checks that every part still loads after the worker
 * was stopped (as Chromium stops an idle worker), that each gives the right answers, and that a
 * start that needs none of them runs none.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import en from '@/assets/locales/en.json';
import id from '@/assets/locales/id.json';
import { serviceWorkerStopper, type Harness, launch } from './harness';

let harness: Harness;
let page: Page;
let stop: () => Promise<void>;
beforeAll(async () => {
  harness = await launch();
  const stopper = await serviceWorkerStopper(harness);
  page = stopper.page;
  stop = async () => {
    await stopper.stop();
    // Chromium reports the worker stopped a moment after the command returns.
    await page.waitForTimeout(300);
  };
});
afterAll(async () => {
  await harness?.close();
});

interface Answer {
  ok: boolean;
  data?: unknown;
  error?: { code: string; message: { en: string; id: string } };
}

/** A request from the dashboard page, as the dashboard sends it. */
function ask(type: string, payload: unknown): Promise<Answer> {
  return page.evaluate(
    ([kind, body]) =>
      (
        globalThis as unknown as {
          chrome: { runtime: { sendMessage(message: unknown): Promise<Answer> } };
        }
      ).chrome.runtime.sendMessage({ sapa: 1, type: kind, payload: body }),
    [type, payload] as const,
  );
}

/** The parts the running worker has run since it last started. */
async function partsRun(): Promise<string[]> {
  const worker = harness.context.serviceWorkers().at(-1);
  if (!worker) throw new Error('no running service worker');
  return worker.evaluate(() =>
    Object.keys((globalThis as { __sapaWorkerParts?: object }).__sapaWorkerParts ?? {}).sort(),
  );
}

test('a start that reads settings and templates runs no part', async () => {
  await stop();
  expect((await ask('settings.get', {})).ok).toBe(true);
  expect((await ask('templates.list', {})).ok).toBe(true);
  expect(await partsRun()).toEqual([]);
});

test('after a stop, an error is told in both languages from the catalogues part', async () => {
  await stop();
  const answer = await ask('templates.create', { name: '', body: '' });
  expect(answer.ok).toBe(false);
  expect(answer.error?.code).toBe('invalid');
  expect(answer.error?.message.en).toBe(en['error.invalid']);
  expect(answer.error?.message.id).toBe(id['error.invalid']);
  expect(await partsRun()).toContain('messages');
});

test('after a stop, a series is cut short with rrule', async () => {
  const saved = await ask('calendar.savePlan', {
    title: 'Story time Sabtu',
    platforms: ['instagram'],
    date: '2026-12-05',
    time: '09:00',
    recurrence: { rule: 'FREQ=WEEKLY;BYDAY=SA;COUNT=4' },
  });
  expect(saved.ok).toBe(true);
  const planId = (saved.data as { id: string }).id;
  await stop();
  // Deleting from the third Saturday on keeps the first two: rrule counts the days before it.
  const cut = await ask('calendar.deleteFollowing', { id: planId, originalDate: '2026-12-19' });
  expect(cut.ok).toBe(true);
  const series = (cut.data as { series: { recurrence: { rule: string } } }).series;
  expect(series.recurrence.rule).toMatch(/COUNT=2/);
  expect(await partsRun()).toContain('rrule');
});

test('after a stop, hashtags are taken from a text with twitter-text', async () => {
  await stop();
  const created = await ask('hashtagSets.create', {
    name: 'Koleksi baru',
    text: 'Buku baru minggu ini di #PerpusKota, pinjam sekarang! #KoleksiBaru ＃Literasi',
  });
  expect(created.ok).toBe(true);
  expect((created.data as { tags: string[] }).tags).toEqual([
    'PerpusKota',
    'KoleksiBaru',
    'Literasi',
  ]);
  expect(await partsRun()).toContain('twitter-text');
});
