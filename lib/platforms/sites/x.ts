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
  // "Your post was sent" toast's "View" links to the new post; the side navigation names the
  // signed-in account (docs/platforms.md#x, "The post's address and the account").
  postDetails: {
    address: {
      links: { name: 'x.toastLink', selectors: ['[data-testid="toast"] a[href*="/status/"]'] },
      path: /^\/[A-Za-z0-9_]{1,15}\/status\/\d{1,25}\/?$/,
    },
    account: [
      {
        selector: 'a[data-testid="AppTabBar_Profile_Link"]',
        attribute: 'href',
        pattern: /^\/([A-Za-z0-9_]{1,15})$/,
        as: '@$1',
      },
      {
        selector: '[data-testid="SideNav_AccountSwitcher_Button"]',
        pattern: /@([A-Za-z0-9_]{1,15})/,
        as: '@$1',
      },
    ],
  },
  // Confirmation sheets ("Save post?", "Unfollow …?", "Delete post?") and other sheets.
  siteDialogs: {
    name: 'x.sheets',
    selectors: ['[data-testid="confirmationSheetDialog"]', '[data-testid="sheetDialog"]'],
  },
  defaultHashtagRange: { min: 1, max: 2 },
});
