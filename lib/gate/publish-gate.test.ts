import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defaultSettings } from '@/lib/checklist';
import { decidePress, type TeamChecklistInput } from './team-checklist';
import { createPanelStore, type PanelStore } from '@/lib/panel/panel-store';
import { createPlatformAdapter } from '@/lib/platforms/adapter';
import { x as X } from '@/lib/platforms/sites/x';
import type { ComposerMatch } from '@/lib/platforms/types';
import { giveBox } from '@/tests/support/resize-observer';
import {
  createPublishGate,
  dialogAnchor,
  DIALOG_SHOWN_WITHIN_MS,
  type PublishGateOptions,
  type PostChecks,
} from './publish-gate';

let ctx: ContentScriptContext;
let panel: PanelStore;
let team: () => TeamChecklistInput;
/** The composer Sapa tracks. */
let match: ComposerMatch | null;
/** What reached the site's own publish handler. */
let sitePosts: string[];
/** Whether the panel's host can show the dialog, and whether a dialog that opens appears. */
let hostReady: boolean;
let dialogRenders: boolean;
/** What the gate reported as posted, confirmed by the site. */
let posted: {
  text: string;
  composerKey: string;
  override?: { ruleIds: string[] };
  checks?: PostChecks;
  url?: string;
  account?: string;
}[];
/** The ids of the posts the test page's site made. */
let statusId = 0;

/** X's timeline box and its Post button; the site shows its toast once a post went out. */
function xPage(text: string) {
  const composer = document.createElement('div');
  composer.dataset.testid = 'tweetTextarea_0';
  composer.setAttribute('contenteditable', 'true');
  composer.tabIndex = 0;
  composer.textContent = text;
  const button = document.createElement('button');
  button.dataset.testid = 'tweetButtonInline';
  button.textContent = 'Post';
  button.addEventListener('click', () => {
    sitePosts.push(composer.textContent ?? '');
    // X's toast, "Your post was sent." with a View link to the new post (docs/platforms.md#x).
    const toast = document.createElement('div');
    toast.dataset.testid = 'toast';
    const view = document.createElement('a');
    statusId += 1;
    view.href = `https://x.com/perpuskota_sapa/status/${statusId}`;
    giveBox(toast);
    giveBox(view);
    toast.append('Your post was sent. ', view);
    document.body.append(toast);
  });
  // The signed-in account, as X's side navigation links to it.
  const profile = document.createElement('a');
  profile.dataset.testid = 'AppTabBar_Profile_Link';
  profile.setAttribute('href', '/perpuskota_sapa');
  document.body.append(profile, composer, button);
  giveBox(button, { top: 200, left: 500, width: 80, height: 36 });
  match = { element: composer, key: 'x:page:tweetTextarea_0' };
  return { composer, button };
}

function gate(overrides: Partial<PublishGateOptions> = {}) {
  const created: ReturnType<typeof createPublishGate> = createPublishGate({
    adapter: createPlatformAdapter(X, document),
    win: window,
    ctx,
    platform: 'x',
    panel,
    team: () => team(),
    decider: () => decidePress,
    composer: () => match,
    onPosted: (text, composerKey, override, checks, details) =>
      posted.push({
        text,
        composerKey,
        ...(override ? { override } : {}),
        ...(checks ? { checks } : {}),
        ...(details?.url ? { url: details.url } : {}),
        ...(details?.account ? { account: details.account } : {}),
      }),
    dialogCanShow: () => hostReady,
    // The dialog is on screen while the gate's store says open, unless this test stops it.
    dialogShown: () => dialogRenders && created.store.getState().open,
    ...overrides,
  });
  return created;
}

function watchedGate() {
  const created = gate();
  created.watch();
  return created;
}

beforeEach(() => {
  ctx = new ContentScriptContext(`gate-${Math.random()}`);
  panel = createPanelStore('x', 'en');
  const defaults = { settings: defaultSettings(), brand: null, xPremium: false };
  team = () => defaults;
  match = null;
  hostReady = true;
  dialogRenders = true;
  sitePosts = [];
  posted = [];
  statusId = 0;
});

afterEach(() => {
  ctx.abort();
  document.body.replaceChildren();
});

describe('the publish gate', () => {
  it('holds a post with a blocking problem and names it beside the button', () => {
    const { button } = xPage('Webinar {{tanggal}} #Literasi');
    const held = watchedGate();
    button.click();
    expect(sitePosts).toEqual([]);
    expect(held.store.getState()).toMatchObject({
      open: true,
      anchor: { top: 200, left: 500, bottom: 236, right: 580 },
    });
    expect(held.store.getState().items.map((item) => item.ruleId)).toEqual(['placeholders']);
    expect(panel.getState().notice).toBeNull();
  });

  it('lets a finished post through, and the panel says it noticed the post', () => {
    const { button } = xPage('Koleksi baru minggu ini #BulanBuku');
    const watched = watchedGate();
    button.click();
    expect(sitePosts).toEqual(['Koleksi baru minggu ini #BulanBuku']);
    expect(watched.store.getState().open).toBe(false);
    expect(panel.getState().notice).toEqual({ kind: 'publishNoticed' });
  });

  it('holds until the person ticks a required manual item in the panel', () => {
    const settings = defaultSettings();
    settings.rules['second-review'] = { enabled: true, severity: 'info', required: true };
    const strict = { settings: settings, brand: null, xPremium: false };
    team = () => strict;
    const { button } = xPage('Koleksi baru minggu ini #BulanBuku');
    const watched = watchedGate();
    button.click();
    expect(sitePosts).toEqual([]);
    watched.store.setState({ open: false });
    panel.setState({ ticks: { 'second-review': true } });
    button.click();
    expect(sitePosts).toEqual(['Koleksi baru minggu ini #BulanBuku']);
  });

  it('decides with the team’s settings as they are at the press', () => {
    const { button } = xPage('Koleksi baru #Judi');
    watchedGate();
    team = () => ({
      settings: { ...defaultSettings(), bannedHashtags: ['#judi'] },
      brand: null,
      xPremium: false,
    });
    button.click();
    expect(sitePosts).toEqual([]);
  });

  it('lets the post through when Sapa itself fails to decide', () => {
    const { button } = xPage('Webinar {{tanggal}}');
    team = () => {
      throw new Error('settings gone');
    };
    watchedGate();
    button.click();
    expect(sitePosts).toEqual(['Webinar {{tanggal}}']);
    expect(panel.getState().notice).toEqual({ kind: 'publishNoticed' });
  });

  it('watches no press before it is asked to (the panel is not there yet)', () => {
    const { button } = xPage('Webinar {{tanggal}}');
    const unwatched = gate();
    panel.getState().setCollapsed(true);
    button.click();
    expect(sitePosts).toEqual(['Webinar {{tanggal}}']);
    expect(panel.getState().notice).toBeNull();
    unwatched.fix();
    expect(panel.getState().collapsed).toBe(true);
  });

  it('“Fix” closes the dialog and opens the panel on the composer, posting nothing', () => {
    const { button, composer } = xPage('Webinar {{tanggal}}');
    panel.getState().setCollapsed(true);
    const held = watchedGate();
    button.click();
    held.fix();
    expect(held.store.getState().open).toBe(false);
    expect(panel.getState().collapsed).toBe(false);
    expect(document.activeElement).toBe(composer);
    expect(sitePosts).toEqual([]);
  });

  it('“Post anyway” sends the held post and keeps the rules posted past with the draft', async () => {
    const { button } = xPage('Webinar {{tanggal}}');
    const held = watchedGate();
    button.click();
    held.postAnyway();
    expect(held.store.getState().open).toBe(false);
    expect(sitePosts).toEqual(['Webinar {{tanggal}}']);
    expect(panel.getState().notice).toEqual({ kind: 'publishNoticed' });
    // The post closes the composer before the site confirms it.
    match = null;
    await vi.waitFor(() => expect(panel.getState().notice).toEqual({ kind: 'publishConfirmed' }));
    await vi.waitFor(() => expect(posted).toHaveLength(1));
    expect(posted).toEqual([
      {
        text: 'Webinar {{tanggal}}',
        composerKey: 'x:page:tweetTextarea_0',
        override: { ruleIds: ['placeholders'] },
        // What the checklist found at the press goes into the post log with the post.
        checks: [
          { ruleId: 'placeholders', severity: 'block' },
          { ruleId: 'event-link', severity: 'warn' },
        ],
        // The toast's View link and the account the page shows.
        url: 'https://x.com/perpuskota_sapa/status/1',
        account: '@perpuskota_sapa',
      },
    ]);
  });

  it('marks a post that went straight through as posted, with no rules posted past', async () => {
    const { button } = xPage('Koleksi baru #BulanBuku');
    watchedGate();
    button.click();
    await vi.waitFor(() => expect(posted).toHaveLength(1));
    expect(posted).toEqual([
      {
        text: 'Koleksi baru #BulanBuku',
        composerKey: 'x:page:tweetTextarea_0',
        checks: [],
        url: 'https://x.com/perpuskota_sapa/status/1',
        account: '@perpuskota_sapa',
      },
    ]);
  });

  it('records a post once when the press before it never went out', async () => {
    const { button, composer } = xPage('Koleksi baru #BulanBuku');
    watchedGate();
    // The first press ends in the site's own question, which the person cancels: no toast.
    button.click();
    document.querySelector('[data-testid="toast"]')?.remove();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(posted).toEqual([]);
    composer.textContent = 'Koleksi baru minggu ini #BulanBuku';
    button.click();
    await vi.waitFor(() => expect(posted).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(posted).toEqual([
      {
        text: 'Koleksi baru minggu ini #BulanBuku',
        composerKey: 'x:page:tweetTextarea_0',
        checks: [],
        // The second press's toast: the first press's post never went out.
        url: 'https://x.com/perpuskota_sapa/status/2',
        account: '@perpuskota_sapa',
      },
    ]);
  });

  it('keeps waiting for a post still going out from a composer that is gone', async () => {
    const first = xPage('Koleksi baru #BulanBuku');
    watchedGate();
    // The first post is still going out (no toast yet) when its composer leaves the page…
    first.button.click();
    document.querySelectorAll('[data-testid="toast"]').forEach((toast) => toast.remove());
    first.composer.remove();
    first.button.remove();
    // …and the person posts again from a new composer; the site's toast answers both.
    const second = xPage('Pojok baca anak #PojokBaca');
    second.button.click();
    // One toast, one address: the post that looks first takes it; the other looks for its own
    // for a bounded while, then is recorded without one.
    await vi.waitFor(() => expect(posted).toHaveLength(2), { timeout: 4_000 });
    expect(posted.map((post) => post.text).sort()).toEqual([
      'Koleksi baru #BulanBuku',
      'Pojok baca anak #PojokBaca',
    ]);
    expect(posted.flatMap((post) => post.url ?? [])).toEqual([
      'https://x.com/perpuskota_sapa/status/2',
    ]);
  });

  it('“Post anyway” with nothing held sends nothing and lets no later press past', () => {
    const { button } = xPage('Webinar {{tanggal}}');
    const watched = watchedGate();
    watched.postAnyway();
    expect(sitePosts).toEqual([]);
    button.click();
    expect(sitePosts).toEqual([]);
    expect(watched.store.getState().open).toBe(true);
  });
});

describe('the gate never holds a press without its dialog', () => {
  const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('keeps holding while the dialog is on screen', async () => {
    const { button } = xPage('Webinar {{tanggal}}');
    const held = watchedGate();
    button.click();
    await wait(DIALOG_SHOWN_WITHIN_MS + 200);
    expect(sitePosts).toEqual([]);
    expect(held.store.getState().open).toBe(true);
  });

  it('lets the press through when the panel cannot show the dialog (its host is gone)', () => {
    const { button } = xPage('Webinar {{tanggal}}');
    hostReady = false;
    const watched = watchedGate();
    button.click();
    expect(sitePosts).toEqual(['Webinar {{tanggal}}']);
    expect(watched.store.getState().open).toBe(false);
    expect(panel.getState().notice).toEqual({ kind: 'publishNoticed', unchecked: 'noDialog' });
  });

  it('lets the press through when Sapa has no composer to read', () => {
    // A required manual item holds any text, the empty text of an unread composer too.
    const settings = defaultSettings();
    settings.rules['second-review'] = { enabled: true, severity: 'info', required: true };
    const strict = { settings: settings, brand: null, xPremium: false };
    team = () => strict;
    const { button } = xPage('Koleksi baru minggu ini #BulanBuku');
    match = null;
    watchedGate();
    button.click();
    expect(sitePosts).toEqual(['Koleksi baru minggu ini #BulanBuku']);
    expect(panel.getState().notice).toEqual({ kind: 'publishNoticed', unchecked: 'noComposer' });
  });

  it('lets the held press through when the dialog does not appear in time', async () => {
    const { button } = xPage('Webinar {{tanggal}}');
    dialogRenders = false;
    const held = watchedGate();
    button.click();
    expect(sitePosts).toEqual([]);
    await vi.waitFor(() => expect(sitePosts).toEqual(['Webinar {{tanggal}}']), {
      timeout: DIALOG_SHOWN_WITHIN_MS + 1000,
    });
    expect(held.store.getState().open).toBe(false);
    expect(panel.getState().notice).toEqual({ kind: 'publishNoticed', unchecked: 'noDialog' });
    // No press is let through unchecked after that one.
    await vi.waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0]).not.toHaveProperty('override');
    button.click();
    expect(sitePosts).toHaveLength(1);
  });

  it('lets the held press through when opening the dialog fails', async () => {
    const { button } = xPage('Webinar {{tanggal}}');
    const held = watchedGate();
    // The store's listeners (React's among them) fail: no dialog renders.
    dialogRenders = false;
    held.store.subscribe(() => {
      throw new Error('the dialog could not open');
    });
    button.click();
    await vi.waitFor(() => expect(sitePosts).toEqual(['Webinar {{tanggal}}']), {
      timeout: DIALOG_SHOWN_WITHIN_MS + 1000,
    });
  });
});

describe('dialogAnchor', () => {
  it('puts the dialog at the window’s top right when there is no button to stand beside', () => {
    expect(dialogAnchor(null, window)).toEqual({
      top: 80,
      left: window.innerWidth - 340,
      bottom: 80,
      right: window.innerWidth - 16,
    });
  });
});
