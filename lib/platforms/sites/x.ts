import { defineSite } from '../site';

/** X: Draft.js, an inline box on the timeline and a compose modal (docs/platforms.md#x). */
export const x = defineSite({
  id: 'x',
  hosts: ['x.com', 'twitter.com'],
  matches: ['https://x.com/*'],
  composerUrl: 'https://x.com/compose/post',
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
  // Confirmation sheets ("Save post?", "Unfollow …?", "Delete post?") and other sheets.
  siteDialogs: {
    name: 'x.sheets',
    selectors: ['[data-testid="confirmationSheetDialog"]', '[data-testid="sheetDialog"]'],
  },
  defaultHashtagRange: { min: 1, max: 2 },
});
