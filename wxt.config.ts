import { defineConfig } from 'wxt';
import { SITE_MATCHES } from './lib/platforms';
import { DEFAULT_PANEL_SHORTCUT, TOGGLE_PANEL_COMMAND } from './lib/panel/panel-command';
import { contentMessagesPlugin } from './lib/i18n/content-catalog-plugin';
import { asciiOutputPlugin } from './lib/build/ascii-output';
import { noLegacyPolyfillsPlugin } from './lib/build/no-legacy-polyfills';
import { listWorkerPartsFirst, workerPartsPlugin } from './lib/worker-parts/plugin';

// The four composers' origins are the only host permissions Sapa asks for up front; a team's
// sync server or published library is asked for at runtime (optional_host_permissions).
const OPTIONAL_ORIGINS = ['https://*/*', 'http://*/*'];
const OPTIONAL_PERMISSIONS = ['notifications'];

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // The content script's few strings, taken from assets/locales at build time (lib/i18n/content.ts).
  // Every script in ASCII: Chromium decodes a file with any other character into a two-byte string,
  // a cost the service worker pays at every cold start (lib/build/ascii-output.ts).
  // The service worker leaves its large libraries to separate scripts run on first use
  // (lib/worker-parts): its cold start pays only for what every request needs.
  // twitter-text's ES2015 polyfills are left out: every browser Sapa supports has them built in
  // (lib/build/no-legacy-polyfills.ts).
  vite: () => ({
    plugins: [
      contentMessagesPlugin(),
      asciiOutputPlugin(),
      workerPartsPlugin(),
      noLegacyPolyfillsPlugin(),
    ],
  }),
  hooks: {
    'build:manifestGenerated': (_wxt, manifest) => listWorkerPartsFirst(manifest),
  },
  manifest: ({ manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // unlimitedStorage: a month of drafts must not be evicted under storage pressure (an MV3
    // service worker cannot call navigator.storage.persist()).
    // alarms: scheduled team sync and subscription checks survive the service worker sleeping.
    // scripting: the composer tabs open at an install or update get the new content script
    // (lib/extension/reinject.ts); Manifest V2 has the same API from Firefox 102.
    permissions: ['storage', 'unlimitedStorage', 'clipboardWrite', 'alarms', 'scripting'],
    host_permissions: [...SITE_MATCHES],
    // Only the one origin a team names (its CouchDB server, its published library) is ever
    // requested, at runtime, from the dashboard; these patterns only make such a request possible.
    // Manifest V2 (Firefox) has no optional_host_permissions: there they are optional_permissions.
    // `notifications` (calendar reminders) is asked for when the person turns reminders on.
    ...(manifestVersion === 2
      ? { optional_permissions: [...OPTIONAL_ORIGINS, ...OPTIONAL_PERMISSIONS] }
      : {
          optional_permissions: OPTIONAL_PERMISSIONS,
          optional_host_permissions: OPTIONAL_ORIGINS,
        }),
    // The toolbar button's own icon: Firefox shows a generic puzzle piece without it (Chrome
    // would fall back to "icons", which WXT fills from public/icon/<size>.png).
    // The panel's keyboard command; the person can change the keys at chrome://extensions/shortcuts
    // or in Firefox's add-ons manager (Manage Extension Shortcuts). Its name is in _locales.
    commands: {
      [TOGGLE_PANEL_COMMAND]: {
        suggested_key: { default: DEFAULT_PANEL_SHORTCUT },
        description: '__MSG_commandTogglePanel__',
      },
    },
    action: { default_icon: { 16: 'icon/16.png', 32: 'icon/32.png' } },
    browser_specific_settings: {
      gecko: {
        id: 'sapa@perpustakaan.example',
        // 140 (the ESR line) is the first to read data_collection_permissions.
        strict_min_version: '140.0',
        // Sapa sends nothing to its makers; a team's own sync server is the team's choice.
        data_collection_permissions: { required: ['none'] },
      } as { id: string; strict_min_version: string },
      gecko_android: { strict_min_version: '142.0' },
    },
  }),
  webExt: {
    // `npm run dev` opens Debian's Chromium when it is there; otherwise web-ext finds Chrome.
    binaries: process.env.CHROME_PATH ? { chrome: process.env.CHROME_PATH } : undefined,
  },
});
