import { defineSite } from '../site';

/** TikTok Studio: Draft.js in the video uploader (docs/platforms.md#tiktok-studio). */
export const tiktok = defineSite({
  id: 'tiktok',
  hosts: ['www.tiktok.com'],
  matches: ['https://www.tiktok.com/*'],
  composerUrl: 'https://www.tiktok.com/tiktokstudio/upload',
  editorKind: 'draft',
  // Studio's upload page; the legacy /upload and /creator-center/upload lead there, and the
  // historic Creator Center uploader lives at /creator#/upload… (the route is in the hash, which
  // pathname does not carry): docs/platforms.md#tiktok-studio.
  activePath: /^\/(tiktokstudio\/upload|upload|creator-center\/upload|creator\/?$)/,
  // The uploader page is for posting only; its caption editor appears once a video is chosen.
  composerPageOnly: true,
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
  success: {
    pathAfter: /^\/tiktokstudio\/content/,
    // After Post, Studio may ask "Continue to post?" (Post now / Cancel) while its copyright check
    // is incomplete, and may offer "Turn on automatic content checks?": the post only goes out
    // once the person answers, however long they read (docs/platforms.md#tiktok-studio).
    pending: {
      appears: { name: 'tiktok.siteConfirmation', selectors: ['.common-modal-confirm-modal'] },
      text: /continue to post\?|automatic content checks/i,
    },
  },
  // Studio's modals ("Continue to post?" with Post now, "Turn on automatic content checks?") are
  // TUX components; the uploaders that handle them match these classes.
  siteDialogs: {
    name: 'tiktok.modals',
    selectors: ['.TUXModal', '.common-modal', '.common-modal-confirm-modal'],
  },
  defaultHashtagRange: { min: 1, max: 5 },
});
