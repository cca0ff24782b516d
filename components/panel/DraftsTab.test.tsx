import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { closeDatabases, renderPanel, setupBackground } from '@/tests/support/panel';

afterEach(closeDatabases);

describe('Drafts tab', () => {
  it("lists this platform's saved drafts and restores one into the composer", async () => {
    const user = userEvent.setup();
    const background = await setupBackground();
    const { client, clock } = background;
    await client.request('drafts.save', {
      platform: 'instagram',
      composerKey: 'ig:create',
      text: 'Koleksi baru datang! #BulanBuku',
    });
    await client.request('drafts.save', {
      platform: 'x',
      composerKey: 'x:main',
      text: 'Only on X',
    });
    clock.advance(60_000);
    const { onInsert } = await renderPanel({ platform: 'instagram', background });
    await user.click(screen.getByRole('tab', { name: 'Drafts' }));
    const list = await screen.findByRole('list', { name: 'Saved drafts for Instagram' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    expect(within(items[0]!).getByText('Koleksi baru datang! #BulanBuku')).toBeInTheDocument();
    expect(within(items[0]!).getByText('Draft')).toBeInTheDocument();
    await user.click(within(items[0]!).getByRole('button', { name: /^Restore/ }));
    expect(onInsert).toHaveBeenCalledWith('Koleksi baru datang! #BulanBuku', 'replace');
  });

  it('shows a draft’s history and restores an earlier version', async () => {
    const user = userEvent.setup();
    const background = await setupBackground();
    const { client, clock } = background;
    const first = await client.request('drafts.save', {
      platform: 'x',
      composerKey: 'x:main',
      text: 'Versi pertama',
    });
    // A later save, long enough after the first to start a new revision.
    clock.advance(60 * 60_000);
    await client.request('drafts.save', {
      platform: 'x',
      composerKey: 'x:main',
      text: 'Versi kedua',
    });
    const draftId = first.ok ? first.data.draft!.id : '';
    const { onInsert } = await renderPanel({ platform: 'x', background, state: { draftId } });
    await user.click(screen.getByRole('tab', { name: 'Drafts' }));
    const list = await screen.findByRole('list', { name: 'Saved drafts for X' });
    expect(within(list).getByText(/this composer/)).toBeInTheDocument();
    const toggle = within(list).getByRole('button', { name: 'History' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const history = await screen.findByRole('list', { name: /Earlier versions/ });
    expect(within(history).getByText('Versi pertama')).toBeInTheDocument();
    const older = within(history).getByText('Versi pertama').closest('li')!;
    await user.click(within(older).getByRole('button', { name: /^Restore version of/ }));
    expect(onInsert).toHaveBeenCalledWith('Versi pertama', 'replace');
  });

  it('says so when there are no drafts yet', async () => {
    const user = userEvent.setup();
    await renderPanel({ platform: 'tiktok', locale: 'id' });
    await user.click(screen.getByRole('tab', { name: 'Draf' }));
    expect(await screen.findByText(/^Belum ada draf untuk TikTok/)).toBeInTheDocument();
  });
});
