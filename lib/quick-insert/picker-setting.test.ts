// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { createRepositories, type Repositories } from '@/lib/db';
import { freshDb } from '@/tests/support/db';
import { shortcutHandlers } from './handlers';

let repos: Repositories;
beforeEach(() => {
  repos = createRepositories(freshDb(), { memberId: 'm' });
});

describe('the picker’s setting for a platform', () => {
  it('opens with ;; unless the person chose another trigger', async () => {
    const handlers = shortcutHandlers(repos);
    expect(await handlers['picker.setting']({ platform: 'x' })).toEqual({
      enabled: true,
      trigger: ';;',
    });
    await repos.settings.set('pickerTrigger', '//');
    expect((await handlers['picker.setting']({ platform: 'x' })).trigger).toBe('//');
  });

  it('falls back to ;; when the stored trigger is not acceptable', async () => {
    await repos.settings.set('pickerTrigger', 'ab');
    expect((await shortcutHandlers(repos)['picker.setting']({ platform: 'x' })).trigger).toBe(';;');
  });

  it('is off where the person switched shortcuts off for the platform', async () => {
    await repos.settings.set('shortcutsOff', ['tiktok']);
    const handlers = shortcutHandlers(repos);
    expect((await handlers['picker.setting']({ platform: 'tiktok' })).enabled).toBe(false);
    expect((await handlers['picker.setting']({ platform: 'instagram' })).enabled).toBe(true);
  });
});
