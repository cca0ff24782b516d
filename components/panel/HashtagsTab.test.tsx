import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { closeDatabases, renderPanel } from '@/tests/support/panel';

afterEach(closeDatabases);

async function openHashtags(user: ReturnType<typeof userEvent.setup>, name = 'Hashtags') {
  await user.click(screen.getByRole('tab', { name }));
  return screen.findByRole('list', { name: /Hashtag sets|Set tagar/ });
}

describe('Hashtags tab', () => {
  it('inserts a set, skipping tags already in the composer, after showing the count', async () => {
    const user = userEvent.setup();
    const { onInsert } = await renderPanel({
      platform: 'instagram',
      state: { composerText: 'Ayo ke perpustakaan! #gemarmembaca #BulanBuku' },
    });
    const sets = await openHashtags(user);
    const insert = within(sets).getByRole('button', { name: 'Insert set Literasi' });
    const item = insert.closest('li')!;
    // 2 in the composer + 4 new of Literasi's 5 (GemarMembaca is already there).
    expect(within(item).getByText(/6 of 5 hashtags after inserting/)).toHaveClass('sapa-warn');
    expect(within(item).getByText(/over the Instagram limit/)).toBeInTheDocument();
    expect(within(item).getByRole('button', { name: 'Insert #GemarMembaca' })).toBeDisabled();

    await user.click(insert);
    expect(onInsert).toHaveBeenCalledWith(
      ' #LiterasiIndonesia #AyoMembaca #BudayaBaca #GerakanLiterasi',
      'caret',
    );
  });

  it('counts within the limit and inserts a single tag', async () => {
    const user = userEvent.setup();
    const { onInsert } = await renderPanel({ platform: 'tiktok', state: { composerText: '' } });
    const sets = await openHashtags(user);
    const item = within(sets)
      .getByRole('button', { name: 'Insert set Hari Buku Nasional' })
      .closest('li')!;
    const count = within(item).getByText('3 of 5 hashtags after inserting');
    expect(count).not.toHaveClass('sapa-warn');
    await user.click(within(item).getByRole('button', { name: 'Insert #BulanBuku' }));
    expect(onInsert).toHaveBeenCalledWith('#BulanBuku', 'caret');
  });

  it('says when every tag of a set is already in the composer', async () => {
    const user = userEvent.setup();
    await renderPanel({
      platform: 'x',
      state: { composerText: '#HariBukuNasional #bulanbuku #GemarMembaca' },
    });
    const sets = await openHashtags(user);
    const insert = within(sets).getByRole('button', { name: 'Insert set Hari Buku Nasional' });
    expect(insert).toBeDisabled();
    expect(
      within(insert.closest('li')!).getByText('All these hashtags are already in the composer.'),
    ).toBeInTheDocument();
  });

  it("makes a set from the composer's hashtags", async () => {
    const user = userEvent.setup();
    const { client } = await renderPanel({
      locale: 'id',
      state: { composerText: 'Bedah buku Sabtu ini #BedahBuku #PerpusKota' },
    });
    await openHashtags(user, 'Tagar');
    expect(screen.getByText('Kolom tulis berisi 2 tagar.')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Nama set' }), 'Bedah buku');
    await user.click(screen.getByRole('button', { name: 'Buat set' }));
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'Set tagar “Bedah buku” tersimpan dengan 2 tagar.',
      ),
    );
    const res = await client.request('hashtagSets.list');
    expect(res.ok && res.data.find((s) => s.name === 'Bedah buku')?.tags).toEqual([
      'BedahBuku',
      'PerpusKota',
    ]);
    expect(
      await screen.findByRole('button', { name: 'Sisipkan set Bedah buku' }),
    ).toBeInTheDocument();
  });
});
