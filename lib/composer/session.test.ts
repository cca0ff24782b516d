/**
 * The whole session on a page of x.com: the real platform adapter, tracker, draft keeper, publish
 * watcher and background (over fake-indexeddb, reached through wxt's fakeBrowser), with a stand-in
 * for WXT's shadow-root UI. The parts have their own tests; this one checks they are wired.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { handleRequest } from '@/lib/background/router';
import { createExtensionClient } from '@/lib/extension/messaging';
import { createRepositories, type SapaDb } from '@/lib/db';
import { applySeeds } from '@/lib/library/seed';
import { fakeClock, freshDb } from '@/tests/support/db';
import {
  giveBox,
  installResizeObservers,
  type ResizeObservers,
} from '@/tests/support/resize-observer';
import { decidePress } from '@/lib/gate/team-checklist';
import { expandShortcut } from '@/lib/quick-insert/expand';
import { startComposerSession, type ComposerSession, type PanelUi } from './session';

declare const jsdom: { reconfigure(settings: { url: string }): void };

let db: SapaDb;
let repos: ReturnType<typeof createRepositories>;
/** The requests the background has answered, by type, in order. */
const answered: string[] = [];
let ctx: ContentScriptContext;
let observers: ResizeObservers;
const sitePosts: string[] = [];

function xPage(text: string) {
  document.body.replaceChildren();
  const composer = document.createElement('div');
  composer.dataset.testid = 'tweetTextarea_0';
  composer.setAttribute('contenteditable', 'true');
  composer.textContent = text;
  const button = document.createElement('button');
  button.dataset.testid = 'tweetButtonInline';
  button.textContent = 'Post';
  // The site's own handler, which the gate must keep from seeing a held press.
  button.addEventListener('click', () => sitePosts.push(composer.textContent ?? ''));
  document.body.append(composer, button);
  giveBox(composer);
  giveBox(button, { top: 200, left: 500, width: 80, height: 36 });
  return { composer, button };
}

/**
 * WXT's shadow-root UI as far as the session sees it: a host that mount puts on the page, laid
 * out, with what React rendered in its container.
 */
function panelUi(): PanelUi & { mounts: number } {
  const shadowHost = document.createElement('div');
  shadowHost.dataset.sapa = 'panel';
  giveBox(shadowHost);
  const uiContainer = document.createElement('div');
  uiContainer.append(document.createElement('aside'));
  shadowHost.append(uiContainer);
  return {
    shadowHost,
    uiContainer,
    mounts: 0,
    mount() {
      this.mounts += 1;
      document.body.append(shadowHost);
    },
    remove() {
      shadowHost.remove();
    },
  };
}

async function start() {
  let session: ComposerSession | undefined;
  const ui = panelUi();
  await startComposerSession(
    ctx,
    window,
    async (created) => {
      session = created;
      return ui;
    },
    // As once the panel's UI has arrived (lib/composer/panel-loader.ts).
    { decidePress: () => decidePress, expandShortcut: () => expandShortcut },
  );
  return { session: session!, ui };
}

beforeEach(async () => {
  jsdom.reconfigure({ url: 'https://x.com/home' });
  fakeBrowser.reset();
  // fakeBrowser leaves the UI language unimplemented; the person's browser speaks English.
  fakeBrowser.i18n.getUILanguage = () => 'en';
  observers = installResizeObservers(window);
  sitePosts.length = 0;
  db = freshDb('sapa-session');
  const clock = fakeClock();
  repos = createRepositories(db, { memberId: 'ana', now: clock.now });
  await applySeeds(db, clock.now());
  answered.length = 0;
  fakeBrowser.runtime.onMessage.addListener(async (message: unknown) => {
    const response = await handleRequest(db, repos, structuredClone(message));
    answered.push((message as { type: string }).type);
    return structuredClone(response);
  });
  ctx = new ContentScriptContext(`composer-${Math.random()}`);
});

afterEach(async () => {
  ctx.abort();
  observers.uninstall();
  document.body.replaceChildren();
  db.close();
  await db.delete();
});

describe('the composer session on a page', () => {
  it('shows the panel for an open composer, at the width the person left it', async () => {
    await fakeBrowser.storage.local.set({ 'panel:x': { collapsed: false, width: 400 } });
    xPage('Halo perpus');
    const { session, ui } = await start();
    expect(ui.shadowHost.isConnected).toBe(true);
    expect(ui.shadowHost.style.getPropertyValue('--sapa-width')).toBe('400px');
    expect(session.store.getState().composerKey).toBe('x:page:tweetTextarea_0');
    await vi.waitFor(() => expect(session.store.getState().composerText).toBe('Halo perpus'));
  });

  it('stays out of sight while no composer is open', async () => {
    document.body.replaceChildren();
    const { session, ui } = await start();
    expect(ui.shadowHost.isConnected).toBe(false);
    expect(session.store.getState().composerKey).toBeNull();
  });

  it('remembers that the person collapsed the panel on this platform', async () => {
    xPage('Halo');
    const { session } = await start();
    session.store.getState().setCollapsed(true);
    await vi.waitFor(async () =>
      expect(await fakeBrowser.storage.local.get('panel:x')).toEqual({
        'panel:x': { collapsed: true },
      }),
    );
  });

  it('holds a post with an unfilled placeholder; "Post anyway" lets it through', async () => {
    const { button } = xPage('Webinar {{tanggal}} #Literasi');
    const { session } = await start();
    button.click();
    expect(sitePosts).toEqual([]);
    const held = session.gate.store.getState();
    expect(held.open).toBe(true);
    expect(held.items.map((item) => item.ruleId)).toContain('placeholders');
    expect(held.anchor).toEqual({ top: 200, left: 500, bottom: 236, right: 580 });
    session.gate.postAnyway();
    expect(session.gate.store.getState().open).toBe(false);
    expect(sitePosts).toEqual(['Webinar {{tanggal}} #Literasi']);
    expect(session.store.getState().notice).toEqual({ kind: 'publishNoticed' });
  });

  it('lets a blocking post through, and says so, when the page removed the panel', async () => {
    const { button } = xPage('Webinar {{tanggal}} #Literasi');
    const { session, ui } = await start();
    ui.shadowHost.remove();
    button.click();
    expect(sitePosts).toEqual(['Webinar {{tanggal}} #Literasi']);
    expect(session.gate.store.getState().open).toBe(false);
    expect(session.store.getState().notice).toEqual({
      kind: 'publishNoticed',
      unchecked: 'noDialog',
    });
  });

  it('"Fix" closes the gate and opens the panel with the composer focused', async () => {
    const { button, composer } = xPage('Webinar {{tanggal}}');
    composer.tabIndex = 0;
    const { session } = await start();
    session.store.getState().setCollapsed(true);
    button.click();
    session.gate.fix();
    expect(session.gate.store.getState().open).toBe(false);
    expect(session.store.getState().collapsed).toBe(false);
    expect(document.activeElement).toBe(composer);
    expect(sitePosts).toEqual([]);
  });

  it('gives the text on the clipboard when the composer takes none of it', async () => {
    xPage('');
    const copied: string[] = [];
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void copied.push(text) },
    });
    const { session } = await start();
    session.insert('Koleksi baru #BulanBuku', 'caret');
    await vi.waitFor(() =>
      expect(session.store.getState().notice).toEqual({ kind: 'clipboard', copied: true }),
    );
    expect(copied).toEqual(['Koleksi baru #BulanBuku']);
    expect(session.store.getState().busy).toBe(false);
    Reflect.deleteProperty(navigator, 'clipboard');
  });

  it('holds a post with a hashtag the team banned, as set in the dashboard', async () => {
    await repos.checklistSettings.save({ bannedHashtags: ['#Judi'] });
    const { button } = xPage('Koleksi baru #Judi');
    const { session } = await start();
    await vi.waitFor(() => expect(answered).toContain('checklistSettings.get'));
    button.click();
    expect(sitePosts).toEqual([]);
    expect(session.gate.store.getState().items.map((item) => item.ruleId)).toEqual([
      'banned-hashtags',
    ]);
  });

  it('remembers a width the person set by resizing, not one a narrow window forced', async () => {
    xPage('Halo');
    const { ui } = await start();
    const panel = document.createElement('div');
    panel.className = 'sapa-panel';
    ui.uiContainer.append(panel);
    observers.resized(ui.shadowHost);
    await new Promise((resolve) => setTimeout(resolve, 600));
    // (jsdom lays nothing out, so the dock may have said once that the panel is below: no width.)
    const widthStored = async () =>
      ((await fakeBrowser.storage.local.get('panel:x'))['panel:x'] as { width?: number })?.width;
    expect(await widthStored()).toBeUndefined();
    panel.style.width = '420px';
    observers.resized(ui.shadowHost);
    await vi.waitFor(async () => expect(await widthStored()).toBe(420));
  });

  it('offers the draft kept from an earlier visit; restoring takes the offer away', async () => {
    const saved = await createExtensionClient().request('drafts.save', {
      platform: 'x',
      composerKey: 'x:page:tweetTextarea_0',
      text: 'Draf kemarin #BulanBuku',
    });
    expect(saved.ok).toBe(true);
    xPage('');
    const { session } = await start();
    await vi.waitFor(() =>
      expect(session.store.getState().restoreOffer?.text).toBe('Draf kemarin #BulanBuku'),
    );
    session.restoreDraft();
    expect(session.store.getState().restoreOffer).toBeNull();
    await vi.waitFor(() => expect(session.store.getState().notice?.kind).toBe('clipboard'));
  });

  it('takes the panel away when the extension is reloaded', async () => {
    xPage('Halo');
    const { ui } = await start();
    expect(ui.shadowHost.isConnected).toBe(true);
    ctx.abort();
    expect(ui.shadowHost.isConnected).toBe(false);
  });
});
