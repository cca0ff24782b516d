import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handleRequest } from '@/lib/background/router';
import { createSubscriptionService, type SubscriptionService } from '@/lib/subscriptions/service';
import { createRepositories, type SapaDb } from '@/lib/db';
import { applySeeds } from '@/lib/library/seed';
import { fakeClock, freshDb } from '@/tests/support/db';
import { translate } from '@/lib/i18n';
import { createSapaClient, type SapaClient } from '@/lib/messaging/client';
import type { FetchLike } from '@/lib/subscriptions';
import { packJson, packSet, packTemplate } from '@/tests/support/subscriptions';
import { Dashboard } from '../../Dashboard';

const URL_A = 'https://perpus.example.id/paket.json';

let db: SapaDb;
let clock: ReturnType<typeof fakeClock>;
let fetch: ReturnType<typeof vi.fn<FetchLike>>;
let service: SubscriptionService;
let background: SapaClient;
let sent: { type: string; payload: unknown }[];
let requestOrigin: ReturnType<typeof vi.fn<(pattern: string) => Promise<boolean>>>;
let calls: string[];

const goodPack = () =>
  packJson({
    library: 'Perpustakaan Nasional',
    templates: [packTemplate('t1', { name: 'Hari Buku Nasional' })],
    hashtagSets: [packSet('s1', ['BulanBuku', 'AyoMembaca'], { name: 'Bulan Buku' })],
  });

beforeEach(async () => {
  db = freshDb('sapa-subs-ui');
  clock = fakeClock(Date.UTC(2026, 4, 17, 8, 30));
  await applySeeds(db, 1_000);
  calls = [];
  sent = [];
  fetch = vi.fn<FetchLike>(
    async () => new Response(goodPack(), { headers: { 'content-type': 'application/json' } }),
  );
  // The real background handlers over the same database, with a fake network.
  service = createSubscriptionService({
    db,
    ready: async () => {},
    fetch,
    now: clock.now,
    log: () => {},
  });
  const repos = createRepositories(db, { now: clock.now });
  background = createSapaClient(async (message) => {
    const m = message as { type: string; payload: unknown };
    sent.push({ type: m.type, payload: m.payload });
    calls.push(`background:${m.type}`);
    return structuredClone(
      await handleRequest(db, repos, structuredClone(message), {
        subscriptions: service.handlers,
      }),
    );
  });
  requestOrigin = vi.fn(async (pattern: string) => {
    calls.push(`permission:${pattern}`);
    return true;
  });
});

afterEach(async () => {
  db.close();
  await db.delete();
});

function show(language = 'en') {
  const user = userEvent.setup();
  const view = render(
    <Dashboard
      db={db}
      memberId="ana"
      now={clock.now}
      language={language}
      initialSection="sync"
      background={background}
      requestOrigin={requestOrigin}
    />,
  );
  return { user, ...view };
}

async function subscribe(user: ReturnType<typeof userEvent.setup>, url: string, name = '') {
  await user.type(await screen.findByLabelText(/Link to the pack or CSV|Tautan ke paket/), url);
  if (name) await user.type(screen.getByLabelText(/Name \(optional\)|Nama \(opsional\)/), name);
  await user.click(screen.getByRole('button', { name: /^(Subscribe|Berlangganan)$/ }));
}

describe('SubscriptionsPanel', () => {
  it('asks for the host permission first, then subscribes and lists the library', async () => {
    const { user } = show();
    expect(await screen.findByText('No subscriptions yet.')).toBeInTheDocument();
    await subscribe(user, `${URL_A}#bagian`);

    expect(
      await screen.findByText('Subscribed to “Perpustakaan Nasional”: 2 items.'),
    ).toBeInTheDocument();
    expect(calls).toEqual([
      'permission:https://perpus.example.id/*',
      'background:subscriptions.add',
    ]);
    expect(sent[0]!.payload).toEqual({ url: URL_A });

    const list = screen.getByRole('list', { name: 'Your subscriptions' });
    const item = within(list).getByRole('listitem', { name: 'Perpustakaan Nasional' });
    expect(within(item).getByText(URL_A)).toBeInTheDocument();
    expect(within(item).getByText(/Sapa pack · 1 template, 1 hashtag set/)).toBeVisible();
    expect(within(item).getByText(/Last checked: 17 May 2026/)).toBeInTheDocument();
    expect(within(item).queryByText('The last check failed:')).toBeNull();
    // The form is cleared for the next one.
    expect(screen.getByLabelText('Link to the pack or CSV')).toHaveValue('');
  });

  it('stops when the permission is refused, and says so', async () => {
    requestOrigin.mockResolvedValueOnce(false);
    const { user } = show();
    await subscribe(user, URL_A);
    const alert = await screen.findByText(
      'Sapa needs your permission to read https://perpus.example.id. Nothing was added.',
    );
    expect(alert.closest('[role="alert"]')).not.toBeNull();
    expect(sent).toEqual([]);
    expect(await db.subscriptions.count()).toBe(0);
  });

  it('refuses a link that is not http(s) before asking for anything', async () => {
    const { user } = show();
    await subscribe(user, 'ftp://perpus.example.id/paket.json');
    expect(
      await screen.findByText(translate('en', 'subscriptions.url.scheme')),
    ).toBeInTheDocument();
    expect(requestOrigin).not.toHaveBeenCalled();
    expect(sent).toEqual([]);
  });

  it('shows a failed first check in Indonesian when the dashboard speaks Indonesian', async () => {
    fetch.mockResolvedValue(
      new Response('{"format": "sapa-pack", "templates": [', {
        headers: { 'content-type': 'application/json' },
      }),
    );
    const { user } = show('id-ID');
    await subscribe(user, URL_A, 'Perpusnas');
    const alert = await screen.findByText(
      /Berlangganan “Perpusnas”, tetapi pemeriksaan pertama gagal:/,
    );
    expect(alert.closest('[role="alert"]')).not.toBeNull();
    expect(alert).toHaveTextContent(/Bukan berkas JSON yang valid/);
    expect(alert).not.toHaveTextContent(/Not a valid JSON/);

    const item = await screen.findByRole('listitem', { name: 'Perpusnas' });
    expect(within(item).getByText('Pemeriksaan terakhir gagal:')).toBeInTheDocument();
    expect(
      within(item).getByText(/Ini bukan paket Sapa atau CSV tagar yang bisa dipakai/),
    ).toBeInTheDocument();
    expect(within(item).getByText(/Belum terbaca · 0 templat, 0 set tagar/)).toBeInTheDocument();
    expect(within(item).getByText(/Terakhir berubah: belum pernah/)).toBeInTheDocument();
  });

  it('checks now: "Checking…" while it runs, then up to date', async () => {
    const { user } = show();
    await subscribe(user, URL_A);
    const item = await screen.findByRole('listitem', { name: 'Perpustakaan Nasional' });
    let release!: () => void;
    fetch.mockImplementationOnce(async () => {
      await new Promise<void>((r) => (release = r));
      return new Response(null, { status: 304 });
    });
    clock.advance(60_000);
    await user.click(
      within(item).getByRole('button', { name: 'Check now: “Perpustakaan Nasional”' }),
    );
    const busy = await within(item).findByRole('button', { name: 'Checking…' });
    expect(busy).toBeDisabled();
    await waitFor(() => expect(release).toBeDefined());
    release();
    expect(await screen.findByText('“Perpustakaan Nasional” is up to date.')).toBeInTheDocument();
    expect(requestOrigin).toHaveBeenLastCalledWith('https://perpus.example.id/*');
    expect(sent.at(-1)).toMatchObject({ type: 'subscriptions.refresh' });
  });

  it('removes a subscription after confirmation; Cancel keeps it and returns focus', async () => {
    const { user } = show();
    await subscribe(user, URL_A);
    const item = await screen.findByRole('listitem', { name: 'Perpustakaan Nasional' });
    const remove = within(item).getByRole('button', { name: 'Remove “Perpustakaan Nasional”' });

    await user.click(remove);
    expect(
      within(item).getByText(
        'Remove “Perpustakaan Nasional”? Its 2 items leave your library; copies you duplicated stay.',
      ),
    ).toBeInTheDocument();
    expect(within(item).getByRole('button', { name: 'Yes, remove' })).toHaveFocus();
    await user.click(within(item).getByRole('button', { name: 'Cancel' }));
    expect(
      within(item).getByRole('button', { name: 'Remove “Perpustakaan Nasional”' }),
    ).toHaveFocus();
    expect(await db.subscriptions.count()).toBe(1);

    await user.keyboard('{Enter}');
    await user.click(within(item).getByRole('button', { name: 'Yes, remove' }));
    expect(
      await screen.findByText('Removed “Perpustakaan Nasional” and its 2 items.'),
    ).toBeInTheDocument();
    await waitFor(() => expect(screen.getByText('No subscriptions yet.')).toBeInTheDocument());
    expect(await db.subscriptions.count()).toBe(0);
    const repos = createRepositories(db);
    expect((await repos.templates.list()).filter((t) => t.source)).toEqual([]);
  });

  it('says so when the background does not answer', async () => {
    background = createSapaClient(async () => undefined);
    const { user } = show();
    await subscribe(user, URL_A);
    const alert = await screen.findByText(translate('en', 'error.unavailable'));
    expect(alert.closest('[role="alert"]')).not.toBeNull();
    // The button is usable again for another try.
    expect(screen.getByRole('button', { name: 'Subscribe' })).toBeEnabled();
  });

  it('has no serious accessibility problems with a failed subscription and a confirmation open', async () => {
    fetch.mockResolvedValueOnce(new Response('Not here', { status: 404 }));
    const { user, container } = show();
    await subscribe(user, URL_A, 'Perpusnas');
    const item = await screen.findByRole('listitem', { name: 'Perpusnas' });
    await user.click(within(item).getByRole('button', { name: 'Remove “Perpusnas”' }));
    const canvas = vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    const result = await axe
      .run(container, { rules: { 'color-contrast': { enabled: false } } })
      .finally(() => canvas.mockRestore());
    const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
      [],
    );
  });
});
