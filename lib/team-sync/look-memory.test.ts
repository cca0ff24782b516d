/** The engine's look state in session storage: one entry per replica. */
import { describe, expect, it } from 'vitest';
import { LOOK_MEMORY_PREFIX, sessionLookMemory, type SessionArea } from './look-memory';

function sessionArea(): SessionArea & { items: Record<string, unknown> } {
  const items: Record<string, unknown> = {};
  return {
    items,
    get: (key) => Promise.resolve(key in items ? { [key]: structuredClone(items[key]) } : {}),
    set: (more) => Promise.resolve(void Object.assign(items, structuredClone(more))),
  };
}

describe('sessionLookMemory', () => {
  it('keeps each replica’s look state under its own key', async () => {
    const area = sessionArea();
    const ana = sessionLookMemory(area, 'sapa-team-a');
    const other = sessionLookMemory(area, 'sapa-team-b');
    expect(await ana.read()).toBeUndefined();
    await ana.write({ lastAt: 5, lastFullAt: 3, sharedPostLog: false });
    expect(await ana.read()).toEqual({ lastAt: 5, lastFullAt: 3, sharedPostLog: false });
    expect(await other.read()).toBeUndefined();
    expect(Object.keys(area.items)).toEqual([`${LOOK_MEMORY_PREFIX}sapa-team-a`]);
  });
});
