/** Opening the welcome when Sapa is installed (not on an update or a browser update). */
export const WELCOME_SECTION = 'welcome';

/** `runtime.onInstalled`'s reason: only a fresh install opens the welcome. */
export function openWelcomeOnInstall(
  reason: string,
  openDashboardAt: (section: typeof WELCOME_SECTION) => Promise<unknown>,
): Promise<unknown> | undefined {
  if (reason !== 'install') return undefined;
  return openDashboardAt(WELCOME_SECTION);
}
