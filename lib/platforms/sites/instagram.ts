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
  // "Sharing…" (the caption editor gone, a spinner, the dialog still open) is not a post yet: only
  // the shared message or the check mark is (docs/platforms.md#instagram).
  success: {
    appears: {
      name: 'instagram.sharedCheckmark',
      selectors: [
        '[role="dialog"] svg[aria-label="Animated checkmark"]',
        '[role="dialog"] img[alt*="animated checkmark" i]',
      ],
    },
    text: /your (post|reel) has been shared|(post|reel) shared|(telah|sudah) dibagikan|(postingan|reel) dibagikan/i,
    pending: { text: /\b(sharing|membagikan)\b/i },
  },
  defaultHashtagRange: { min: 1, max: 5 },
});
