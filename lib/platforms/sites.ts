/**
 * The sites Sapa works on, as match patterns. Kept apart from the adapters so the manifest
 * (wxt.config.ts) and the content script read one list.
 */
export const SITE_MATCHES = [
  'https://x.com/*',
  'https://www.instagram.com/*',
  'https://www.facebook.com/*',
  'https://web.facebook.com/*',
  'https://www.tiktok.com/*',
] as const;
