import { defineSite } from '../site';

/** Instagram: Lexical in the "Create new post" dialog (docs/platforms.md#instagram). */
export const instagram = defineSite({
  id: 'instagram',
  hosts: ['www.instagram.com', 'instagram.com'],
  matches: ['https://www.instagram.com/*'],
  composerUrl: 'https://www.instagram.com/',
  editorKind: 'lexical',
  activePath: /^\//,
  // The create-post dialog opens over any route, so Sapa watches for the dialog, not the URL.
  scope: { name: 'instagram.createDialog', selectors: ['[role="dialog"]'] },
  composer: {
    name: 'instagram.caption',
    selectors: [
      '[contenteditable="true"][data-lexical-editor="true"]',
      'div[role="textbox"][contenteditable="true"]',
    ],
  },
  publishButton: { name: 'instagram.publish', selectors: [] },
  publishButtonText: {
    candidates: {
      name: 'instagram.dialogButtons',
      selectors: ['[role="dialog"] div[role="button"]', '[role="dialog"] button'],
    },
    text: /^(share|bagikan|compartir|partager|teilen)$/i,
  },
  success: {
    text: /(your (post|reel) has been shared|postingan anda telah dibagikan|telah dibagikan)/i,
    composerCloses: true,
  },
  defaultHashtagRange: { min: 1, max: 5 },
});
