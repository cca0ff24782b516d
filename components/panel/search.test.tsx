import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { closeDatabases, renderPanel } from '@/tests/support/panel';

afterEach(closeDatabases);

const insertNames = (list: HTMLElement, prefix: RegExp) =>
  within(list)
    .getAllByRole('button', { name: prefix })
    .map((b) => b.getAttribute('aria-label'));

describe('the panel’s search', () => {
  it('finds a template by a word of its text that is not in its name', async () => {
    const user = userEvent.setup();
    await renderPanel({ platform: 'instagram', locale: 'id' });
    await user.type(screen.getByRole('searchbox', { name: 'Cari templat' }), 'daftar');
    const list = await screen.findByRole('list', { name: 'Templat perpustakaan' });
    await waitFor(() => {
      const names = insertNames(list, /^Sisipkan templat /);
      expect(names).toContain('Sisipkan templat Acara dengan pendaftaran');
      expect(names).not.toContain('Sisipkan templat Koleksi baru datang');
    });
  });

  it('finds a hashtag set by a half-typed hashtag word', async () => {
    const user = userEvent.setup();
    await renderPanel({ platform: 'instagram', locale: 'en' });
    await user.click(screen.getByRole('tab', { name: 'Hashtags' }));
    await user.type(
      screen.getByRole('searchbox', { name: 'Search hashtag sets' }),
      'ayo ke perpus',
    );
    await waitFor(() => {
      const list = screen.getByRole('list', { name: 'Hashtag sets' });
      expect(insertNames(list, /^Insert set /)).toEqual(['Insert set Hari Kunjung Perpustakaan']);
    });
  });

  it('lists a favourite first', async () => {
    const user = userEvent.setup();
    await renderPanel({ platform: 'instagram', locale: 'en' });
    const list = await screen.findByRole('list', { name: 'Library templates' });
    const star = within(list).getByRole('button', {
      name: 'Keep Library user survey among your favourites',
    });
    expect(star).toHaveAttribute('aria-pressed', 'false');
    await user.click(star);
    await waitFor(() =>
      expect(insertNames(list, /^Insert template /)[0]).toBe('Insert template Library user survey'),
    );
    expect(
      within(list).getByRole('button', { name: 'Keep Library user survey among your favourites' }),
    ).toHaveAttribute('aria-pressed', 'true');
  });
});
