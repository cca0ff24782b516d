import type { Frame, FrameLocator, Locator, Page } from 'playwright-core';
import type { PlatformId } from '@/lib/platforms';
import { FIXTURE_URLS } from '../fixtures/serve';

/** How a person reaches each fixture composer, and where its parts are. */
export interface OpenComposer {
  /** The page or frame that holds the composer and Sapa's panel. */
  scope: Page | FrameLocator;
  /** The frame whose window holds the editor state readers. */
  frame: () => Page | Frame;
  editor: Locator;
  editorName: string;
  publish: Locator;
  /** Text the site put in the composer by itself (TikTok: the video's file name). */
  prefilled: string;
}

type ComposerOpener = (page: Page) => Promise<OpenComposer>;

/** How each fixture composer is opened, per platform: a missing platform fails type-checking. */
export const COMPOSER_OPENERS: Record<PlatformId, ComposerOpener> = {
  async x(page) {
    return {
      scope: page,
      frame: () => page,
      editor: page.locator('[data-composer="inline"] [data-testid="tweetTextarea_0"]'),
      editorName: 'inline',
      publish: page.getByTestId('tweetButtonInline').first(),
      prefilled: '',
    };
  },
  async instagram(page) {
    await page.getByRole('button', { name: /Create/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Create new post' });
    return {
      scope: page,
      frame: () => page,
      editor: dialog.getByLabel('Write a caption...'),
      editorName: 'caption',
      publish: dialog.getByRole('button', { name: 'Share' }),
      prefilled: '',
    };
  },
  async facebook(page) {
    await page.getByRole('button', { name: /What's on your mind/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Create post' });
    return {
      scope: page,
      frame: () => page,
      editor: dialog.getByRole('textbox'),
      editorName: 'composer',
      publish: dialog.getByRole('button', { name: 'Post' }),
      prefilled: '',
    };
  },
  async tiktok(page) {
    const studio = page.frameLocator('iframe[data-tt="Upload_index_iframe"]');
    await studio.getByRole('button', { name: 'Select video' }).click();
    return {
      scope: studio,
      frame: () => page.frames().find((frame) => frame.url().includes('frame=1'))!,
      editor: studio.locator('.caption-editor .public-DraftEditor-content'),
      editorName: 'caption',
      publish: studio.locator('button[data-e2e="post_video_button"]'),
      prefilled: 'bulan_buku_2026',
    };
  },
};

/**
 * Opens the platform's composer as a person does. Where the window leaves no room for Sapa beside
 * the composer (Instagram's create dialog on a laptop), the panel waits as its tab, and the person
 * opens it over the dialog: that is what most suites need. `{ asDocked: true }` leaves it as Sapa
 * placed it. `query` picks a fixture variant (`?sharing=4000`).
 */
export async function openComposer(
  page: Page,
  platform: PlatformId,
  options: { asDocked?: boolean; query?: string } = {},
): Promise<OpenComposer> {
  await page.goto(`${FIXTURE_URLS[platform]}${options.query ?? ''}`);
  const composer = await COMPOSER_OPENERS[platform](page);
  if (!options.asDocked) await openPanelWithoutRoom(composer.scope);
  return composer;
}

/** The panel's host, once the dock has placed it (`data-placement` says where, or why a tab). */
export function dockedHost(scope: Page | FrameLocator): Locator {
  return scope.locator('[data-sapa="panel"][data-placement]');
}

/**
 * Clicks the tab the panel folded to for lack of room, so it opens over the composer's dialog.
 * The wait is long: on a busy machine a new tab's panel can take seconds to mount, and a tab
 * clicked too late would leave the panel folded.
 */
export async function openPanelWithoutRoom(scope: Page | FrameLocator): Promise<void> {
  const host = dockedHost(scope);
  try {
    await host.waitFor({ state: 'attached', timeout: 15_000 });
  } catch {
    return; // No panel here (a page where Sapa must not appear).
  }
  if ((await host.getAttribute('data-placement')) !== 'tab-noRoom') return;
  await panelIn(scope)
    .getByRole('button', { name: /^(Show Sapa|Tampilkan Sapa)$/ })
    .click();
}

/** Facebook's composer variants (tests/fixtures/src/facebook.tsx), in English or Indonesian. */
export type FacebookVariant = 'group' | 'page' | 'dialog';

const FACEBOOK_TEXTS = {
  en: { mind: /What's on your mind/, createPost: 'Create post', post: 'Post', next: 'Next' },
  id: {
    mind: /Apa yang Anda pikirkan/,
    createPost: 'Buat postingan',
    post: 'Posting',
    next: 'Berikutnya',
  },
};

/**
 * Opens one of Facebook's composer variants: a group's inline composer, the Create post dialog
 * of a Page (Next, then Post on "Post settings": `publish` is Next), or the feed's dialog with the
 * Post button labelled `post` (Indonesian "Kirim").
 */
export async function openFacebookVariant(
  page: Page,
  variant: FacebookVariant,
  options: { lang?: 'en' | 'id'; post?: 'kirim' } = {},
): Promise<OpenComposer> {
  const lang = options.lang ?? 'en';
  const texts = FACEBOOK_TEXTS[lang];
  const query = new URLSearchParams({ lang, ...(options.post ? { post: options.post } : {}) });
  const path = { group: '/groups/sahabat.perpustakaan/', page: '/perpustakaankota', dialog: '/' };
  await page.goto(`https://www.facebook.com${path[variant]}?${query}`);
  if (variant === 'group') {
    await page
      .getByRole('button', { name: lang === 'id' ? 'Tulis sesuatu...' : 'Write something...' })
      .click();
    const form = page.locator('form.group-composer');
    return {
      scope: page,
      frame: () => page,
      editor: form.getByRole('textbox'),
      editorName: 'group',
      publish: form.getByRole('button', { name: texts.post }),
      prefilled: '',
    };
  }
  await page.getByRole('button', { name: texts.mind }).click();
  const dialog = page.getByRole('dialog', { name: texts.createPost });
  const label = variant === 'page' ? texts.next : options.post === 'kirim' ? 'Kirim' : texts.post;
  return {
    scope: page,
    frame: () => page,
    editor: dialog.getByRole('textbox'),
    editorName: 'composer',
    publish: dialog.getByRole('button', { name: label, exact: true }),
    prefilled: '',
  };
}

export function panelIn(scope: Page | FrameLocator): Locator {
  return scope.getByRole('complementary', { name: 'Sapa' });
}

export { PLATFORM_IDS } from '@/lib/platforms';
