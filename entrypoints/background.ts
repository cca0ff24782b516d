import '../lib/zod-config';
import { startBackground } from '../lib/background/main';

export default defineBackground(() => {
  // The background owns the database: content scripts reach it only through the typed message
  // protocol (lib/messaging) and hear about changes on the `sapa-changes` port.
  startBackground({
    runtime: browser.runtime,
    storage: globalThis.navigator?.storage,
    alarms: browser.alarms,
    permissions: browser.permissions,
    fetch: (input, init) => fetch(input, init),
  });
  // The toolbar icon opens the dashboard (the options page, in a full tab).
  (browser.action ?? browser.browserAction)?.onClicked.addListener(() => {
    void browser.runtime.openOptionsPage();
  });
});
