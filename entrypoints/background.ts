import '@/lib/zod-config';
import { openDashboardTab, startBackground } from '@/lib/background/main';
import { openWelcomeOnInstall } from '@/lib/welcome';
import { browserReplicas } from '@/lib/team-sync/pouch-browser';
import { createTeamSync } from '@/lib/team-sync/service';
import { BackgroundDb, teamSyncConfigStore } from '@/lib/team-sync/store';
import { createCouchSync } from '@/lib/team-sync/engine';
import { sessionLookMemory } from '@/lib/team-sync/look-memory';
import { reinjectContentScripts, reinjectsOn } from '@/lib/extension/reinject';
import { listenForCommands } from '@/lib/background/commands';
import { memoryPlanTabs, sessionPlanTabs } from '@/lib/calendar/plan-tabs';
import { listenForPanelUi } from '@/lib/background/panel-ui';
import { importPartsAtInstall, type InstallingScope } from '@/lib/worker-parts/install';

export default defineBackground(() => {
  // The large libraries are separate scripts, run on first use; each must be imported once while
  // the worker installs (lib/worker-parts/registry.ts).
  importPartsAtInstall(globalThis as unknown as InstallingScope);
  // The background owns the database: content scripts reach it only through the typed message
  // protocol (lib/messaging) and hear about changes on the `sapa-changes` port. Team sync runs
  // here too, so the server's credentials never leave the background.
  // Which plan a composer tab was opened for outlives the service worker stopping (storage.session;
  // in memory where a browser has no session area).
  const planTabs = browser.storage.session
    ? sessionPlanTabs(browser.storage.session)
    : memoryPlanTabs();
  browser.tabs.onRemoved.addListener((tabId) => void planTabs.remove(tabId));
  startBackground({
    runtime: browser.runtime,
    storage: globalThis.navigator?.storage,
    teamSync: ({ db, memberId }) =>
      createTeamSync({
        db,
        memberId,
        config: teamSyncConfigStore(new BackgroundDb()),
        replicas: browserReplicas,
        createEngine: createCouchSync,
        // Firefox without a session area: the look state lives as long as the background.
        ...(browser.storage.session
          ? { lookMemory: (name: string) => sessionLookMemory(browser.storage.session, name) }
          : {}),
        alarms: browser.alarms,
      }),
    alarms: browser.alarms,
    permissions: browser.permissions,
    fetch: (input, init) => fetch(input, init),
    draftStash: { storage: browser.storage.local, onChanged: browser.storage.onChanged },
    // Calendar reminders: `notifications` is an optional permission the dashboard asks for when
    // the person turns reminders on; until then nothing is shown.
    reminders: {
      notifications: {
        // `browser.notifications` exists only once the optional permission is granted, so it is
        // looked up when a reminder is shown, not when the worker starts.
        create: (id, options) => browser.notifications.create(id, options),
        onClicked: {
          addListener(listener) {
            let listening = false;
            const listen = () => {
              if (listening || !browser.notifications) return;
              browser.notifications.onClicked.addListener(listener);
              listening = true;
            };
            listen();
            // Any permission added (a server's origin too) calls this; it listens once.
            if (!listening) browser.permissions.onAdded.addListener(listen);
          },
        },
      },
      permitted: () => browser.permissions.contains({ permissions: ['notifications'] }),
      browserLocale: () => browser.i18n.getUILanguage(),
      iconUrl: browser.runtime.getURL('/icon/128.png'),
    },
    planToPost: {
      tabs: planTabs,
      openTab: async (url) => (await browser.tabs.create({ url, active: true })).id,
    },
  });
  // Tabs open at install or update get the new content script: the old copy there can no longer
  // save drafts (lib/extension/reinject.ts).
  browser.runtime.onInstalled.addListener(({ reason }) => {
    // A fresh install opens the dashboard's short welcome (library name, accounts, platforms).
    openWelcomeOnInstall(reason, openDashboardTab)?.catch((error: unknown) =>
      console.warn('[sapa] opening the welcome failed', error),
    );
    if (!reinjectsOn(reason)) return;
    reinjectContentScripts({
      manifest: browser.runtime.getManifest(),
      tabs: browser.tabs,
      // WXT types `files` as the extension's public paths; these come from the built manifest.
      scripting: browser.scripting && {
        executeScript: (injection) =>
          browser.scripting.executeScript(
            injection as Parameters<typeof browser.scripting.executeScript>[0],
          ),
      },
      injectsItself: import.meta.env.FIREFOX,
      log: (message, error) => console.warn(`[sapa] ${message}`, error ?? ''),
    }).catch((error: unknown) => console.warn('[sapa] injecting the content script failed', error));
  });
  // The panel's UI goes into a composer's frame when its content script first shows the panel.
  listenForPanelUi(
    browser.runtime,
    browser.scripting && {
      executeScript: (injection) =>
        browser.scripting.executeScript(
          injection as Parameters<typeof browser.scripting.executeScript>[0],
        ),
    },
  );
  // The panel's keyboard command (Alt+Shift+S unless the person changed it) goes to the tab.
  listenForCommands(browser.commands, browser.tabs);
  // The toolbar icon opens the dashboard (the options page, in a full tab).
  (browser.action ?? browser.browserAction)?.onClicked.addListener(() => {
    void browser.runtime.openOptionsPage();
  });
});
