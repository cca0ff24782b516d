import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { giveBox } from '@/tests/support/resize-observer';
import { accountFrom, MAX_ACCOUNT_CHARS, postAddressFrom } from './post-details';
import { validPostDetails } from './post-details-schema';
import { awaitPostAddress, postAddressesShown, readAccount } from './publish-watch';
import { facebook } from './sites/facebook';
import { x } from './sites/x';

const HOME = 'https://x.com/home';

/** X's home page as the fixture and the evidence show it (docs/platforms.md#x). */
function xPage(parts: { toastHref?: string; account?: 'link' | 'switcher' | 'none' } = {}) {
  const doc = document.implementation.createHTMLDocument('X');
  const base = doc.createElement('base');
  base.href = HOME;
  doc.head.append(base);
  const nav = doc.createElement('nav');
  if (parts.account !== 'none' && parts.account !== 'switcher') {
    const profile = doc.createElement('a');
    profile.setAttribute('data-testid', 'AppTabBar_Profile_Link');
    profile.setAttribute('href', '/perpuskota_sapa');
    nav.append(profile);
  }
  if (parts.account !== 'none') {
    const switcher = doc.createElement('button');
    switcher.setAttribute('data-testid', 'SideNav_AccountSwitcher_Button');
    switcher.textContent = '  Perpustakaan Kota\n @perpuskota_sapa ';
    nav.append(switcher);
  }
  // Another account's post in the timeline: its time links to its own status.
  const post = doc.createElement('article');
  post.setAttribute('data-testid', 'tweet');
  const time = doc.createElement('a');
  time.setAttribute('href', '/perpusnas/status/1863000000000000001');
  giveBox(time);
  post.append(time);
  doc.body.append(nav, post);
  if (parts.toastHref !== undefined) showToast(doc, parts.toastHref);
  return doc;
}

function showToast(doc: Document, href: string): HTMLElement {
  const toast = doc.createElement('div');
  toast.setAttribute('data-testid', 'toast');
  toast.setAttribute('role', 'alert');
  toast.textContent = 'Your post was sent. ';
  const view = doc.createElement('a');
  view.setAttribute('href', href);
  view.textContent = 'View';
  giveBox(view);
  toast.append(view);
  doc.body.append(toast);
  return toast;
}

describe("the post's address from the site's links", () => {
  it('takes a status link on X, resolved against the page, without query or hash', () => {
    expect(postAddressFrom(x, ['/perpuskota_sapa/status/1865432100000000001'], HOME)).toBe(
      'https://x.com/perpuskota_sapa/status/1865432100000000001',
    );
    expect(
      postAddressFrom(x, ['https://x.com/perpuskota_sapa/status/18?s=20&t=abc#top'], HOME),
    ).toBe('https://x.com/perpuskota_sapa/status/18');
  });

  it('refuses a link on another host, over http, with credentials, or not to a post', () => {
    const refused = [
      'https://evil.example/perpuskota_sapa/status/1',
      'https://t.co/abc',
      'https://x.com.evil.example/a/status/1',
      'http://x.com/perpuskota_sapa/status/1',
      'https://user:pw@x.com/perpuskota_sapa/status/1',
      'https://x.com:8443/perpuskota_sapa/status/1',
      'javascript:alert(1)',
      '/perpuskota_sapa',
      '/perpuskota_sapa/status/1/photo/1',
      '/i/status/abc',
      `/a/status/${'1'.repeat(3000)}`,
    ];
    for (const href of refused) expect(postAddressFrom(x, [href], HOME), href).toBeUndefined();
  });

  it('skips an address that was already shown before the press', () => {
    const old = 'https://x.com/perpuskota_sapa/status/1';
    expect(postAddressFrom(x, [old], HOME, [old])).toBeUndefined();
    expect(postAddressFrom(x, [old, '/perpuskota_sapa/status/2'], HOME, [old])).toBe(
      'https://x.com/perpuskota_sapa/status/2',
    );
  });

  it('records nothing for a site whose definition shows no address', () => {
    expect(postAddressFrom(facebook, ['https://www.facebook.com/story.php?id=1'], HOME)).toBe(
      undefined,
    );
  });
});

describe('the post’s address on the page', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("is the toast's View link, not a status link in the timeline", async () => {
    const doc = xPage({ toastHref: '/perpuskota_sapa/status/1865432100000000001' });
    await expect(awaitPostAddress(x, doc, [])).resolves.toBe(
      'https://x.com/perpuskota_sapa/status/1865432100000000001',
    );
  });

  it('is nothing without a toast, after a bounded wait', async () => {
    const doc = xPage();
    let result: string | undefined | 'waiting' = 'waiting';
    void awaitPostAddress(x, doc, [], { withinMs: 2_000 }).then((value) => (result = value));
    await vi.advanceTimersByTimeAsync(1_900);
    expect(result).toBe('waiting');
    await vi.advanceTimersByTimeAsync(200);
    expect(result).toBeUndefined();
  });

  it('waits for a link that renders a moment after the toast', async () => {
    const doc = xPage();
    const found = awaitPostAddress(x, doc, []);
    await vi.advanceTimersByTimeAsync(700);
    showToast(doc, '/perpuskota_sapa/status/7');
    await vi.advanceTimersByTimeAsync(200);
    await expect(found).resolves.toBe('https://x.com/perpuskota_sapa/status/7');
  });

  it("does not take the toast left from the post before, but this post's", async () => {
    const doc = xPage({ toastHref: '/perpuskota_sapa/status/1' });
    const before = postAddressesShown(x, doc);
    expect(before).toEqual(['https://x.com/perpuskota_sapa/status/1']);
    const found = awaitPostAddress(x, doc, before);
    await vi.advanceTimersByTimeAsync(300);
    showToast(doc, '/perpuskota_sapa/status/2');
    await vi.advanceTimersByTimeAsync(200);
    await expect(found).resolves.toBe('https://x.com/perpuskota_sapa/status/2');
  });

  it('ignores a toast link on another host', async () => {
    const doc = xPage({ toastHref: 'https://evil.example/perpuskota_sapa/status/1' });
    const found = awaitPostAddress(x, doc, [], { withinMs: 500 });
    await vi.advanceTimersByTimeAsync(600);
    await expect(found).resolves.toBeUndefined();
  });
});

describe('the account', () => {
  it("is read from X's profile tab, else from the account switcher's @handle", () => {
    expect(readAccount(x, xPage())).toBe('@perpuskota_sapa');
    expect(readAccount(x, xPage({ account: 'switcher' }))).toBe('@perpuskota_sapa');
    expect(readAccount(x, xPage({ account: 'none' }))).toBeUndefined();
    expect(readAccount(facebook, xPage())).toBeUndefined();
  });

  it('refuses what does not look like a handle', () => {
    const [profile] = x.postDetails!.account!;
    expect(accountFrom(profile!, '/perpuskota_sapa')).toBe('@perpuskota_sapa');
    expect(accountFrom(profile!, 'https://evil.example/perpuskota_sapa')).toBeUndefined();
    expect(accountFrom(profile!, '/much_too_long_for_a_handle')).toBeUndefined();
    expect(accountFrom(profile!, null)).toBeUndefined();
  });
});

describe('the background’s check (zod)', () => {
  it('keeps an address on the platform’s own host and a trimmed, capped account', () => {
    expect(
      validPostDetails('x', {
        url: 'https://x.com/perpuskota_sapa/status/1',
        account: '  @perpuskota_sapa \n',
      }),
    ).toEqual({ url: 'https://x.com/perpuskota_sapa/status/1', account: '@perpuskota_sapa' });
    const long = validPostDetails('facebook', { account: 'Perpustakaan '.repeat(20) });
    expect(long.account).toHaveLength(MAX_ACCOUNT_CHARS);
    expect(long.account).toMatch(/^Perpustakaan Perpustakaan/);
  });

  it('drops an address on another host or another platform’s, and an empty account', () => {
    expect(validPostDetails('x', { url: 'https://evil.example/a/status/1' })).toEqual({});
    expect(validPostDetails('x', { url: 'http://x.com/a/status/1' })).toEqual({});
    expect(validPostDetails('facebook', { url: 'https://x.com/a/status/1' })).toEqual({});
    expect(validPostDetails('x', { url: 'javascript:alert(1)', account: '   ' })).toEqual({});
    expect(validPostDetails('x', {})).toEqual({});
  });
});
