import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { connectedState, type CatalogueTitle } from '@/lib/catalogue';
import { closeDatabases, renderPanel, setupBackground } from '@/tests/support/panel';

afterEach(closeDatabases);

const BASE = 'https://lib.example.ac.id/';
const title = (id: string, name: string, extra: Partial<CatalogueTitle> = {}): CatalogueTitle => ({
  biblioId: id,
  title: name,
  authors: ['Rahmawati, Siti'],
  isbn: null,
  publisher: null,
  year: '2025',
  coverFile: null,
  detailUrl: `${BASE}index.php?p=show_detail&id=${id}`,
  callNumber: `899.221 RAH ${id}`,
  inputDate: null,
  ...extra,
});

async function withCatalogue() {
  const background = await setupBackground();
  await background.repos.settings.set('catalogue', {
    ...connectedState(BASE, 1),
    titles: [
      title('3', 'Laut Bercerita'),
      title('2', 'Cantik Itu Luka', { callNumber: null }),
      title('1', 'Bumi Manusia'),
    ],
  });
  return background;
}

const valueOf = (el: HTMLElement) => (el as HTMLTextAreaElement).value;

describe('new arrivals in the panel', () => {
  it('fills the new-arrivals template with the picked titles and marks them posted on insert', async () => {
    const user = userEvent.setup();
    const background = await withCatalogue();
    const { onInsert } = await renderPanel({ platform: 'instagram', locale: 'en', background });
    await user.type(screen.getByRole('searchbox', { name: 'Search templates' }), 'katalog');
    await user.click(
      await screen.findByRole(
        'button',
        { name: 'Insert template Koleksi baru dari katalog' },
        { timeout: 5_000 },
      ),
    );
    const list = await screen.findByRole(
      'list',
      { name: 'New titles to pick from' },
      { timeout: 5_000 },
    );
    const caption = screen.getByRole('textbox', { name: 'Caption' });
    expect(screen.getByRole('button', { name: 'Insert at cursor' })).toBeDisabled();

    await user.click(within(list).getByRole('checkbox', { name: /Bumi Manusia/ }));
    await user.click(within(list).getByRole('checkbox', { name: /Cantik Itu Luka/ }));
    expect(valueOf(caption)).toContain(
      `📖 Bumi Manusia – Rahmawati, Siti (2025) · 899.221 RAH 1 · ${BASE}index.php?p=show_detail&id=1\n📖 Cantik Itu Luka – Rahmawati, Siti (2025) · ${BASE}index.php?p=show_detail&id=2`,
    );
    expect(valueOf(caption)).not.toContain('Laut Bercerita');

    await user.type(screen.getByRole('textbox', { name: 'Library name' }), 'Perpustakaan Kota');
    await user.click(screen.getByRole('button', { name: 'Insert at cursor' }));
    expect(onInsert).toHaveBeenCalledWith(expect.stringContaining('Bumi Manusia'), 'caret', {
      templateId: 'seed:tpl:catalogue-new-arrivals:id',
    });
    await waitFor(async () =>
      expect((await background.repos.settings.get('catalogue'))?.posted).toEqual(['1', '2']),
    );
    expect(await screen.findByText('2 titles are marked as posted.')).toBeInTheDocument();
  });

  it('sends the person to the dashboard when no catalogue is connected', async () => {
    const user = userEvent.setup();
    await renderPanel({ platform: 'instagram', locale: 'id' });
    await user.type(screen.getByRole('searchbox', { name: 'Cari templat' }), 'katalog');
    await user.click(
      await screen.findByRole(
        'button',
        { name: 'Sisipkan templat Koleksi baru dari katalog' },
        { timeout: 5_000 },
      ),
    );
    expect(
      await screen.findByText(/Hubungkan katalog perpustakaan Anda di dasbor/),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Buka Koleksi baru di dasbor' })).toBeEnabled();
  });
});
