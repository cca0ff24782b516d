/**
 * A site changed under Sapa: for every platform, a page whose composer is there but whose publish
 * button's hook was renamed, and the other way round, as a redesign would do it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { giveBox } from '@/tests/support/resize-observer';
import { createPlatformAdapter } from './adapter';
import { bareUrlPath, formatDiagnostics, reportSelectors } from './diagnostics';
import { PLATFORMS, type PlatformId } from '.';
import { findSiteIssue } from './site-check';

type Renamed = 'none' | 'publish' | 'composer';

const CAPTION = 'Rahasia: nomor anggota 12345 #BulanBuku';

function el(tag: string, attrs: Record<string, string>, ...children: (Node | string)[]) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
  element.append(...children);
  giveBox(element);
  return element;
}

const lexical = (renamed: boolean) =>
  el(
    'div',
    renamed
      ? { contenteditable: 'true', class: 'caption-input' }
      : { role: 'textbox', contenteditable: 'true', 'data-lexical-editor': 'true' },
    el('p', {}, CAPTION),
  );

const draftJs = (testId: string | null, renamed: boolean) =>
  el(
    'div',
    renamed
      ? { contenteditable: 'true', class: 'caption-input', 'data-testid': 'postTextarea_0' }
      : {
          contenteditable: 'true',
          class: 'public-DraftEditor-content',
          role: 'textbox',
          ...(testId ? { 'data-testid': testId } : {}),
        },
    el('div', { 'data-block': 'true' }, el('span', { 'data-text': 'true' }, CAPTION)),
  );

/** Each site's composer and publish button as its definition expects them, or renamed. */
const PAGES: Record<PlatformId, (renamed: Renamed) => HTMLElement> = {
  x: (renamed) =>
    el(
      'div',
      { class: 'composer' },
      draftJs('tweetTextarea_0', renamed === 'composer'),
      el(
        'button',
        { 'data-testid': renamed === 'publish' ? 'postButtonInline' : 'tweetButtonInline' },
        'Post',
      ),
    ),
  instagram: (renamed) =>
    el(
      'div',
      { role: 'dialog', 'aria-label': 'Create new post' },
      el('div', { role: 'button' }, renamed === 'publish' ? 'Post' : 'Share'),
      lexical(renamed === 'composer'),
    ),
  facebook: (renamed) =>
    el(
      'div',
      { role: 'dialog', 'aria-label': 'Create post' },
      el('form', {}, lexical(renamed === 'composer')),
      el(
        'div',
        { role: 'button', 'aria-label': renamed === 'publish' ? 'Publish' : 'Post' },
        'Post',
      ),
    ),
  tiktok: (renamed) =>
    el(
      'div',
      { class: 'upload-container' },
      el('div', { class: 'caption-editor' }, draftJs(null, renamed === 'composer')),
      el(
        'div',
        { class: 'button-group' },
        el(
          'button',
          { 'data-e2e': renamed === 'publish' ? 'publish_video_button' : 'post_video_button' },
          'Post',
        ),
      ),
    ),
};

function page(platform: PlatformId, renamed: Renamed) {
  document.body.replaceChildren(PAGES[platform](renamed));
  const site = PLATFORMS.find((s) => s.id === platform)!;
  return { site, adapter: createPlatformAdapter(site, document) };
}

afterEach(() => document.body.replaceChildren());

describe.each(PLATFORMS.map((site) => site.id))('a changed page on %s', (platform) => {
  it('finds nothing wrong when composer and publish button are as the definition says', () => {
    const { site, adapter } = page(platform, 'none');
    expect(findSiteIssue(adapter, document)).toBeNull();
    const report = reportSelectors(site, document);
    expect(report.find((r) => r.role === 'composer')?.visible).toBe(1);
    const publish = report.filter((r) => r.role === 'publish' || r.role === 'publishByText');
    expect(publish.some((r) => r.visible > 0 && (r.textMatches ?? 1) > 0)).toBe(true);
  });

  it('names a composer without its publish button when the button’s hook was renamed', () => {
    const { site, adapter } = page(platform, 'publish');
    expect(findSiteIssue(adapter, document)).toBe('noPublishButton');
    const report = reportSelectors(site, document);
    expect(report.find((r) => r.role === 'composer')?.visible).toBe(1);
    for (const r of report.filter((r) => r.role === 'publish')) expect(r.found).toBe(0);
    for (const r of report.filter((r) => r.role === 'publishByText')) expect(r.textMatches).toBe(0);
  });

  it('names a publish button without a composer when the editor’s hooks were renamed', () => {
    const { site, adapter } = page(platform, 'composer');
    expect(findSiteIssue(adapter, document)).toBe('noComposer');
    expect(reportSelectors(site, document).find((r) => r.role === 'composer')?.found).toBe(0);
  });

  it('copies names and counts only, never the caption', () => {
    const { site } = page(platform, 'publish');
    const text = formatDiagnostics({
      platform,
      path: '/home?draft=Rahasia#nomor',
      version: '1.2.3',
      issue: 'noPublishButton',
      selectors: reportSelectors(site, document),
    });
    expect(text).toContain(`Platform: ${platform}`);
    expect(text).toContain('Page path: /home\n');
    expect(text).toContain('Sapa version: 1.2.3');
    expect(text).toContain(site.composer.name);
    expect(text).not.toMatch(/Rahasia|12345|BulanBuku|nomor/);
  });
});

describe('Facebook pages that are not a changed site', () => {
  const facebook = () =>
    createPlatformAdapter(
      PLATFORMS.find((site) => site.id === 'facebook')!,
      document,
    );
  const button = (label: string, disabled = false) =>
    el(
      'div',
      { role: 'button', 'aria-label': label, ...(disabled ? { 'aria-disabled': 'true' } : {}) },
      label,
    );

  it('a Page’s composer with Next (even disabled) and no Post yet is not a missing button', () => {
    document.body.replaceChildren(
      el(
        'div',
        { role: 'dialog', 'aria-label': 'Create post' },
        lexical(false),
        button('Next', true),
      ),
    );
    expect(findSiteIssue(facebook(), document)).toBeNull();
  });

  it('the "Post settings" step, with Post and the composer gone, is not a missing composer', () => {
    document.body.replaceChildren(
      el('div', { role: 'dialog', 'aria-label': 'Post settings' }, button('Back'), button('Post')),
    );
    expect(findSiteIssue(facebook(), document)).toBeNull();
  });

  it('a comment form’s button is not a publish button without its composer', () => {
    document.body.replaceChildren(
      el(
        'form',
        { role: 'presentation' },
        el('div', { 'aria-label': 'Write a comment…' }),
        button('Post'),
      ),
    );
    expect(findSiteIssue(facebook(), document)).toBeNull();
  });
});

describe('bareUrlPath', () => {
  it('cuts the query and the hash, which can carry personal data', () => {
    expect(bareUrlPath('/creator?lang=en#/upload?x=1')).toBe('/creator');
    expect(bareUrlPath('')).toBe('/');
  });
});
