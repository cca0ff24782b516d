import { describe, expect, it, vi } from 'vitest';
import { listenForCommands, runCommand, type CommandTabsLike } from './commands';

function fakeTabs(active: number | undefined) {
  const sent: [number, unknown][] = [];
  const tabs: CommandTabsLike = {
    query: vi.fn(() => Promise.resolve(active === undefined ? [] : [{ id: active }])),
    sendMessage: vi.fn((id: number, message: unknown) => {
      sent.push([id, message]);
      return Promise.resolve(undefined);
    }),
  };
  return { tabs, sent };
}

describe('the background’s keyboard commands', () => {
  it('tells the tab the command was pressed in to toggle the panel', async () => {
    const { tabs, sent } = fakeTabs(9);
    await runCommand(tabs, 'toggle-panel', { id: 4 });
    expect(sent).toEqual([[4, { sapaCommand: 'panel.toggle' }]]);
  });

  it('falls back to the active tab when the browser names none', async () => {
    const { tabs, sent } = fakeTabs(9);
    await runCommand(tabs, 'toggle-panel');
    expect(sent).toEqual([[9, { sapaCommand: 'panel.toggle' }]]);
  });

  it('ignores other commands and a tab without Sapa', async () => {
    const { tabs, sent } = fakeTabs(undefined);
    await runCommand(tabs, '_execute_action', { id: 1 });
    await runCommand(tabs, 'toggle-panel');
    expect(sent).toEqual([]);
    const failing: CommandTabsLike = {
      query: () => Promise.resolve([]),
      sendMessage: () => Promise.reject(new Error('Receiving end does not exist.')),
    };
    await expect(runCommand(failing, 'toggle-panel', { id: 2 })).resolves.toBeUndefined();
  });

  it('registers one listener on the browser’s commands', () => {
    const addListener = vi.fn();
    listenForCommands({ onCommand: { addListener } }, fakeTabs(1).tabs);
    expect(addListener).toHaveBeenCalledTimes(1);
    expect(() => listenForCommands(undefined, fakeTabs(1).tabs)).not.toThrow();
  });
});
