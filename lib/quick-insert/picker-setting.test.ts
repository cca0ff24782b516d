// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { eachTestRepositories } from '@/tests/support/repositories';
import { shortcutHandlers } from './handlers';

const t = eachTestRepositories('m');

describe('the picker’s setting for a platform', () => {
  it('opens with ;; unless the person chose another trigger', async () => {
    const handlers = shortcutHandlers(t.repos);
    expect(await handlers['picker.setting']({ platform: 'x' })).toEqual({
      enabled: true,
      trigger: ';;',
    });
    await t.repos.settings.set('pickerTrigger', '//');
    expect((await handlers['picker.setting']({ platform: 'x' })).trigger).toBe('//');
  });

  it('falls back to ;; when the stored trigger is not acceptable', async () => {
    await t.repos.settings.set('pickerTrigger', 'ab');
    expect((await shortcutHandlers(t.repos)['picker.setting']({ platform: 'x' })).trigger).toBe(
      ';;',
    );
  });

  it('is off where the person switched shortcuts off for the platform', async () => {
    await t.repos.settings.set('shortcutsOff', ['tiktok']);
    const handlers = shortcutHandlers(t.repos);
    expect((await handlers['picker.setting']({ platform: 'tiktok' })).enabled).toBe(false);
    expect((await handlers['picker.setting']({ platform: 'instagram' })).enabled).toBe(true);
  });
});
