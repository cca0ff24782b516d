/**
 * A Vite plugin (build only, not shipped) that leaves out the ES2015 polyfills twitter-text's
 * ES module build imports for their side effects (`import "core-js/modules/es6.regexp.match"` and
 * twenty more, from core-js 2). Every browser Sapa runs in (Chromium with Manifest V3, Firefox 140
 * and later: wxt.config.ts) has all of them natively, and core-js 2 only patches a built-in it
 * finds missing or broken, so they did nothing but weigh 30 kB in every script that counts X's
 * characters: the dashboard's first chunk, the panel, the service worker's twitter-text part.
 */
import type { Plugin } from 'vite';

const EMPTY_MODULE = '\0sapa-no-legacy-polyfill';

/** Whether `source`, imported from `importer`, is one of twitter-text's core-js 2 polyfills. */
export function isTwitterTextPolyfill(source: string, importer: string | undefined): boolean {
  return (
    source.startsWith('core-js/modules/') &&
    importer !== undefined &&
    /[\\/]node_modules[\\/]twitter-text[\\/]/.test(importer)
  );
}

export function noLegacyPolyfillsPlugin(): Plugin {
  return {
    name: 'sapa-no-legacy-polyfills',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      return isTwitterTextPolyfill(source, importer) ? EMPTY_MODULE : null;
    },
    load(id) {
      return id === EMPTY_MODULE ? 'export {};' : null;
    },
  };
}
