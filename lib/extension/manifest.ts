import { browser } from 'wxt/browser';

/** Sapa's version from its manifest; 'unknown' once an extension reload orphaned the script. */
export function extensionVersion(): string {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    return 'unknown';
  }
}
