import { defineSite } from '../site';

/** Facebook: Lexical in the "Create post" dialog (docs/platforms.md#facebook). */
export const facebook = defineSite({
  id: 'facebook',
  hosts: ['www.facebook.com', 'web.facebook.com', 'facebook.com'],
  matches: ['https://www.facebook.com/*', 'https://web.facebook.com/*'],
  composerUrl: 'https://www.facebook.com/',
  editorKind: 'lexical',
  activePath: /^\//,
  scope: { name: 'facebook.createPostDialog', selectors: ['[role="dialog"]', 'form'] },
  composer: {
    name: 'facebook.composer',
    selectors: [
      'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]',
      '[contenteditable="true"][data-lexical-editor="true"]',
    ],
  },
  publishButton: {
    name: 'facebook.publish',
    selectors: [
      '[role="dialog"] div[role="button"][aria-label="Post"]',
      '[role="dialog"] div[role="button"][aria-label="Posting"]',
      '[role="dialog"] div[role="button"][aria-label="Kirim"]',
    ],
  },
  success: { composerCloses: true },
  defaultHashtagRange: { min: 1, max: 2 },
});
