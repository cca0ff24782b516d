import { defineConfig } from 'wxt';
import { SITE_MATCHES } from './lib/platforms/sites';

// The four composers' origins are the only host permissions Sapa asks for up front; a team's
// sync server or published library is asked for at runtime (optional_host_permissions).
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'clipboardWrite'],
    host_permissions: [...SITE_MATCHES],
    browser_specific_settings: {
      gecko: { id: 'sapa@perpustakaan.example', strict_min_version: '115.0' },
    },
  },
  webExt: {
    // `npm run dev` opens Debian's Chromium when it is there; otherwise web-ext finds Chrome.
    binaries: process.env.CHROME_PATH ? { chrome: process.env.CHROME_PATH } : undefined,
  },
});
