import { defineSite } from '../site';

/** The Post button's label: English, then the two words the Indonesian interface uses. */
const POST_LABELS = ['Post', 'Posting', 'Kirim'];
const postButtons = (container: string) =>
  POST_LABELS.map((label) => `${container} div[role="button"][aria-label="${label}"]`);

/**
 * Facebook: Lexical in the "Create post" dialog, inline in a group's form, and in several steps
 * when posting as a Page (docs/platforms.md#facebook).
 */
export const facebook = defineSite({
  id: 'facebook',
  hosts: ['www.facebook.com', 'web.facebook.com', 'facebook.com'],
  matches: ['https://www.facebook.com/*', 'https://web.facebook.com/*'],
  composerUrl: 'https://www.facebook.com/',
  editorKind: 'lexical',
  activePath: /^\//,
  // The dialog, or the form of a group's inline composer.
  scope: { name: 'facebook.createPostDialog', selectors: ['[role="dialog"]', 'form'] },
  // Comment and reply boxes (in form[role=presentation], sent with a bare Enter) and Messenger's
  // chat boxes (in a dialog) are Lexical editors too; the labels are fallbacks for the forms.
  exclude: {
    name: 'facebook.notComposers',
    selectors: [
      'form[role="presentation"]',
      '[aria-label="Thread composer"]',
      '[aria-placeholder="Aa"]',
      '[aria-label^="Write a comment"]',
      '[aria-label^="Write a public comment"]',
      '[aria-label^="Tulis komentar"]',
      '[aria-label^="Beri komentar"]',
      '[aria-label^="Reply to"]',
    ],
  },
  composer: {
    name: 'facebook.composer',
    selectors: [
      'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]',
      '[contenteditable="true"][data-lexical-editor="true"]',
    ],
  },
  publishButton: {
    name: 'facebook.publish',
    selectors: [...postButtons('[role="dialog"]'), ...postButtons('form')],
  },
  // Posting as a Page: Next leads to "Post settings", whose Post sends the post.
  publishSteps: {
    start: {
      name: 'facebook.next',
      selectors: [
        '[role="dialog"] div[role="button"][aria-label="Next"]',
        '[role="dialog"] div[role="button"][aria-label="Berikutnya"]',
      ],
    },
    finish: { name: 'facebook.postSettingsPost', selectors: postButtons('[role="dialog"]') },
  },
  success: { composerCloses: true },
  defaultHashtagRange: { min: 1, max: 2 },
});
