import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';
import { contentMessagesPlugin } from './lib/i18n/content-catalog-plugin';

export default defineConfig({
  plugins: [WxtVitest(), contentMessagesPlugin()],
  test: {
    globals: true,
    environment: 'jsdom',
    include: [
      'lib/**/*.test.{ts,tsx}',
      'components/**/*.test.{ts,tsx}',
      'entrypoints/**/*.test.{ts,tsx}',
      'tests/unit/**/*.test.{ts,tsx}',
    ],
    setupFiles: ['tests/unit/setup.ts'],
    testTimeout: 20_000,
    // The panel's styles are imported as text (components/panel/panel-styles.ts); tests read them.
    css: { include: [/components\/(panel|gate|quick-picker)\/[\w-]+\.css/] },
  },
});
