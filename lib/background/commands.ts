/**
 * The browser's keyboard commands (the manifest's `commands`): the panel command goes to the
 * tab it was pressed in, whose content scripts (every frame: TikTok Studio's composer lives in
 * an iframe) open or close the panel there.
 */
import { PANEL_TOGGLE_MESSAGE, TOGGLE_PANEL_COMMAND } from '@/lib/panel/panel-command';

interface TabLike {
  id?: number;
}

/** The part of `browser.commands` used here (a fake in tests). */
export interface CommandsLike {
  onCommand: { addListener(listener: (command: string, tab?: TabLike) => void): void };
}

/** The part of `browser.tabs` used here. */
export interface CommandTabsLike {
  query(query: { active: true; currentWindow: true }): Promise<TabLike[]>;
  sendMessage(tabId: number, message: unknown): Promise<unknown>;
}

/** The tab the command was pressed in (Chromium passes it; Firefox may not): else the active one. */
async function targetTab(tabs: CommandTabsLike, tab?: TabLike): Promise<number | undefined> {
  if (tab?.id !== undefined) return tab.id;
  const [active] = await tabs.query({ active: true, currentWindow: true });
  return active?.id;
}

export async function runCommand(
  tabs: CommandTabsLike,
  command: string,
  tab?: TabLike,
): Promise<void> {
  if (command !== TOGGLE_PANEL_COMMAND) return;
  const tabId = await targetTab(tabs, tab);
  if (tabId === undefined) return;
  // A tab without Sapa's content script (not a composer's site) has nobody to answer: fine.
  await tabs.sendMessage(tabId, { ...PANEL_TOGGLE_MESSAGE }).catch(() => undefined);
}

/** Registered in the background's first turn, like every listener of an MV3 service worker. */
export function listenForCommands(commands: CommandsLike | undefined, tabs: CommandTabsLike): void {
  commands?.onCommand.addListener((command, tab) => {
    void runCommand(tabs, command, tab);
  });
}
