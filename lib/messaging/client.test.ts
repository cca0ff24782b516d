import { describe, expect, it, vi } from 'vitest';
import { translate } from '@/lib/i18n';
import { createSapaClient } from './client';

describe('createSapaClient', () => {
  it('sends the Sapa envelope with the payload (and {} for payload-less requests)', async () => {
    const send = vi.fn(async () => ({ ok: true, data: [] }));
    const client = createSapaClient(send);
    await client.request('hashtagSets.list');
    await client.request('drafts.list', { platform: 'x', limit: 3 });
    expect(send.mock.calls).toEqual([
      [{ sapa: 1, type: 'hashtagSets.list', payload: {} }],
      [{ sapa: 1, type: 'drafts.list', payload: { platform: 'x', limit: 3 } }],
    ]);
  });

  it('an invalidated extension context becomes a bilingual "reload this page" error', async () => {
    const client = createSapaClient(async () => {
      throw new Error('Extension context invalidated.');
    });
    const res = await client.request('brandKit.get');
    expect(res).toEqual({
      ok: false,
      error: {
        code: 'context-invalidated',
        key: 'error.contextInvalidated',
        message: {
          id: translate('id', 'error.contextInvalidated'),
          en: translate('en', 'error.contextInvalidated'),
        },
        detail: 'Extension context invalidated.',
      },
    });
    if (!res.ok) {
      expect(res.error.message.en).toMatch(/reload this page/i);
      expect(res.error.message.id).toMatch(/muat ulang halaman/i);
    }
  });

  it('a synchronous throw from sendMessage is caught too', async () => {
    const client = createSapaClient(() => {
      throw new TypeError("Cannot read properties of undefined (reading 'sendMessage')");
    });
    expect(await client.request('settings.get')).toMatchObject({
      ok: false,
      error: { code: 'context-invalidated' },
    });
  });

  it('no receiving end → unavailable', async () => {
    const client = createSapaClient(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    expect(await client.request('settings.get')).toMatchObject({
      ok: false,
      error: { code: 'unavailable', key: 'error.unavailable' },
    });
  });

  it('no answer (undefined) → unavailable', async () => {
    const client = createSapaClient(async () => undefined);
    expect(await client.request('settings.get')).toMatchObject({
      ok: false,
      error: { code: 'unavailable' },
    });
  });

  it('a background that never answers times out as unavailable', async () => {
    vi.useFakeTimers();
    try {
      const client = createSapaClient(() => new Promise(() => {}), { timeoutMs: 5000 });
      const pending = client.request('drafts.restorable', { platform: 'x', composerKey: 'm' });
      await vi.advanceTimersByTimeAsync(5000);
      const res = await pending;
      expect(res).toMatchObject({ ok: false, error: { code: 'unavailable' } });
      if (!res.ok) expect(res.error.message.en).toMatch(/not answering/);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a malformed response is an unknown error, not a crash', async () => {
    const client = createSapaClient(async () => ({ hello: 'world' }));
    expect(await client.request('settings.get')).toMatchObject({
      ok: false,
      error: { code: 'unknown', key: 'error.unknown' },
    });
  });

  it('passes typed error responses through unchanged', async () => {
    const error = {
      code: 'quota',
      key: 'error.quota',
      message: { id: 'penuh', en: 'full' },
    };
    const client = createSapaClient(async () => ({ ok: false, error }));
    expect(await client.request('settings.get')).toEqual({ ok: false, error });
  });
});

describe('request typing', () => {
  it('requires the payload where the request has required fields', () => {
    const client = createSapaClient(async () => ({ ok: true, data: null }));
    // @ts-expect-error drafts.save needs platform, composerKey and text
    void client.request('drafts.save');
    // @ts-expect-error wrong field type
    void client.request('drafts.setTicks', { draftId: 'd', ticks: { a: 'yes' } });
    // @ts-expect-error unknown request type
    void client.request('drafts.dropAll', {});
    void client.request('brandKit.get');
  });
});
