import type { PlatformDefinition } from './types';

/**
 * The four composers as data (see PLATFORMS.md for sources). Selector order is preference order;
 * localised aria-labels are only fallbacks because they change with the user's language.
 */
export const X: PlatformDefinition = {
  id: 'x',
  hosts: ['x.com', 'twitter.com'],
  editorKind: 'draft',
  activePath: /^\//,
  composer: {
    name: 'x.composer',
    selectors: [
      'div[data-testid^="tweetTextarea_"][contenteditable="true"]',
      '[data-testid^="tweetTextarea_"] .public-DraftEditor-content[contenteditable="true"]',
      '.public-DraftEditor-content[role="textbox"][contenteditable="true"]',
    ],
  },
  publishButton: {
    name: 'x.publish',
    selectors: ['[data-testid="tweetButtonInline"]', '[data-testid="tweetButton"]'],
  },
  success: {
    appears: { name: 'x.toast', selectors: ['[data-testid="toast"]'] },
  },
};

export const INSTAGRAM: PlatformDefinition = {
  id: 'instagram',
  hosts: ['www.instagram.com', 'instagram.com'],
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
};

export const FACEBOOK: PlatformDefinition = {
  id: 'facebook',
  hosts: ['www.facebook.com', 'web.facebook.com', 'facebook.com'],
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
};

export const TIKTOK: PlatformDefinition = {
  id: 'tiktok',
  hosts: ['www.tiktok.com'],
  editorKind: 'draft',
  // Studio's upload page; the legacy /upload and /creator-center/upload lead there.
  activePath: /^\/(tiktokstudio\/upload|upload|creator-center\/upload)/,
  composer: {
    name: 'tiktok.caption',
    selectors: [
      '.caption-editor .public-DraftEditor-content[contenteditable="true"]',
      'div.public-DraftEditor-content[contenteditable="true"]',
    ],
  },
  publishButton: {
    name: 'tiktok.publish',
    selectors: ['button[data-e2e="post_video_button"]'],
  },
  success: { pathAfter: /^\/tiktokstudio\/content/ },
};

export const PLATFORMS: readonly PlatformDefinition[] = [X, INSTAGRAM, FACEBOOK, TIKTOK];

export function platformForHost(hostname: string): PlatformDefinition | undefined {
  return PLATFORMS.find((p) => p.hosts.includes(hostname));
}
