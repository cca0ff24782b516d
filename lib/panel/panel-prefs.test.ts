import { describe, expect, it } from 'vitest';
import { loadPanelPrefs, savePanelPrefs, type PrefsStorage } from './panel-prefs';

function memoryStorage(
  initial: Record<string, unknown> = {},
): PrefsStorage & { items: Record<string, unknown> } {
  const items = { ...initial };
  return {
    items,
    async get(key) {
      return key in items ? { [key]: items[key] } : {};
    },
    async set(next) {
      Object.assign(items, next);
    },
  };
}

describe('panel preferences', () => {
  it('are kept per platform', async () => {
    const storage = memoryStorage();
    await savePanelPrefs(storage, 'x', { collapsed: true, width: 360 });
    expect(await loadPanelPrefs(storage, 'x')).toEqual({ collapsed: true, width: 360 });
    expect(await loadPanelPrefs(storage, 'instagram')).toEqual({ collapsed: false });
  });

  it('ignore what they cannot read rather than break the panel', async () => {
    const storage = memoryStorage({ 'panel:x': { collapsed: 'yes', width: 99999 } });
    expect(await loadPanelPrefs(storage, 'x')).toEqual({ collapsed: false });
  });
});
