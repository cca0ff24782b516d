import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { closeDatabases, renderPanel } from '@/tests/support/panel';

afterEach(closeDatabases);

const valueOf = (el: HTMLElement) => (el as HTMLTextAreaElement).value;

describe('Templates tab', () => {
  it('is the default tab and lists the library templates, the UI language first', async () => {
    await renderPanel({ locale: 'en' });
    expect(screen.getByRole('tab', { name: 'Templates' })).toHaveAttribute('aria-selected', 'true');
    const list = await screen.findByRole('list', { name: 'Library templates' });
    const names = within(list)
      .getAllByRole('button', { name: /^Insert template / })
      .map((b) => b.getAttribute('aria-label'));
    const english = names.indexOf('Insert template New arrivals');
    const indonesian = names.indexOf('Insert template Koleksi baru datang');
    expect(english).toBeGreaterThanOrEqual(0);
    expect(indonesian).toBeGreaterThan(english);
    expect(names.indexOf('Insert template Library user survey')).toBeLessThan(indonesian);
  });

  it('finds a seeded template, fills its variables into the Caption and inserts it', async () => {
    const user = userEvent.setup();
    const { onInsert, store } = await renderPanel({ platform: 'instagram', locale: 'en' });
    await user.type(screen.getByRole('searchbox', { name: 'Search templates' }), 'koleksi');
    const choose = await screen.findByRole('button', {
      name: 'Insert template Koleksi baru datang',
    });
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Insert template New arrivals' })).toBeNull(),
    );
    await user.click(choose);

    const theme = screen.getByRole('textbox', { name: /Collection theme/ });
    expect(theme).toBeRequired();
    const caption = screen.getByRole('textbox', { name: 'Caption' });
    // The Instagram variant, with the unfilled theme still visible.
    expect(valueOf(caption)).toContain('Katalog daring ada di tautan bio');
    expect(valueOf(caption)).toContain('{{tema}}');
    expect(screen.getByText(/Still to fill in: .*Collection theme/)).toBeInTheDocument();

    // While a required variable is empty, Insert is off and says why.
    for (const name of ['Insert at cursor', 'Replace all']) {
      const button = screen.getByRole('button', { name });
      expect(button).toBeDisabled();
      expect(button).toHaveAccessibleDescription(
        'Insert is off until you fill in: Library name, Collection theme, Featured titles, and Venue',
      );
    }

    await user.type(theme, 'sejarah Nusantara');
    expect(valueOf(caption)).toContain('bertema sejarah Nusantara');
    expect(valueOf(caption)).not.toContain('{{tema}}');
    expect(store.getState().caption).toContain('bertema sejarah Nusantara');
    await user.type(screen.getByRole('textbox', { name: /Featured titles/ }), 'Bumi Manusia');
    expect(screen.getByRole('button', { name: 'Insert at cursor' })).toBeDisabled();
    await user.type(screen.getByRole('textbox', { name: /Venue/ }), 'Ruang Baca');
    expect(screen.getByRole('button', { name: 'Insert at cursor' })).toBeDisabled();
    await user.type(screen.getByRole('textbox', { name: 'Library name' }), 'Perpustakaan Kota');
    expect(screen.getByRole('button', { name: 'Insert at cursor' })).toBeEnabled();
    expect(screen.queryByText(/Insert is off/)).toBeNull();
    expect(valueOf(caption)).not.toMatch(/\{\{/);

    // The Caption box stays editable after rendering.
    await user.type(caption, ' Sampai jumpa!');
    await user.click(screen.getByRole('button', { name: 'Insert at cursor' }));
    expect(onInsert).toHaveBeenCalledWith(
      expect.stringMatching(/bertema sejarah Nusantara[\s\S]*Sampai jumpa!$/),
      'caret',
      { templateId: 'seed:tpl:new-arrivals:id' },
    );
    await user.click(screen.getByRole('button', { name: 'Replace all' }));
    expect(onInsert).toHaveBeenLastCalledWith(expect.any(String), 'replace', {
      templateId: 'seed:tpl:new-arrivals:id',
    });
  });

  it('offers a date picker and writes the date in the UI language; counts X weighted', async () => {
    const user = userEvent.setup();
    await renderPanel({ platform: 'x', locale: 'id' });
    await user.click(
      await screen.findByRole('button', { name: 'Sisipkan templat Acara dengan pendaftaran' }),
    );
    const date = screen.getByLabelText(/Tanggal/);
    expect(date).toHaveAttribute('type', 'date');
    expect(screen.getByLabelText(/Tautan/)).toHaveAttribute('type', 'url');
    // A time field: the library's zone (WIB by default) is written after it.
    const time = screen.getByLabelText(/Jam/);
    expect(time).toHaveValue('09.00–11.00');
    expect(time).toHaveAccessibleDescription(
      'Jam atau rentang jam, misalnya 09.00–11.00; WIB ditambahkan sesudahnya.',
    );
    const caption = screen.getByRole('textbox', { name: 'Keterangan' });
    expect(valueOf(caption)).toContain('{{tanggal}}');
    expect(screen.getByRole('button', { name: 'Ganti semua' })).toHaveAccessibleDescription(
      /^Sisipkan belum bisa digunakan sebelum Anda mengisi: .*Tanggal.*Biaya dan peserta.*, dan Tautan$/,
    );
    await user.type(date, '2025-05-17');
    expect(valueOf(caption)).toMatch(/^Yuk ikut .*Sabtu, 17 Mei 2025 pukul 09\.00–11\.00 WIB/);
    const text = (caption as HTMLTextAreaElement).value;
    const { xWeightedLength } = await import('@/lib/checklist');
    expect(screen.getByText(`${xWeightedLength(text)} / 280 karakter`)).toBeInTheDocument();
  });

  it('inserts plain caption text without template meta', async () => {
    const user = userEvent.setup();
    const { onInsert } = await renderPanel();
    await user.type(screen.getByRole('textbox', { name: 'Caption' }), 'Halo');
    await user.click(screen.getByRole('button', { name: 'Insert at cursor' }));
    expect(onInsert).toHaveBeenCalledWith('Halo', 'caret');
  });

  it('saves the composer text as a template and confirms it in the status line', async () => {
    const user = userEvent.setup();
    const { client } = await renderPanel({
      locale: 'en',
      state: { composerText: 'Story time every Saturday! #StoryTime' },
    });
    await user.type(screen.getByRole('textbox', { name: 'Template name' }), 'Story time');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('Saved as template “Story time”.'),
    );
    const found = await client.request('templates.search', { query: 'story time' });
    expect(found.ok && found.data.map((t) => [t.name, t.body, t.locale])).toContainEqual([
      'Story time',
      'Story time every Saturday! #StoryTime',
      'en',
    ]);
    // The list shows it too.
    expect(
      await screen.findByRole('button', { name: 'Insert template Story time' }),
    ).toBeInTheDocument();
  });

  it('shows the background’s refusal in the UI language', async () => {
    const user = userEvent.setup();
    await renderPanel({ locale: 'id', state: { composerText: 'Teks' } });
    const name = screen.getByRole('textbox', { name: 'Nama templat' });
    await user.click(name);
    await user.paste('x'.repeat(201));
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'Sapa tidak dapat memproses permintaan ini: datanya tidak valid.',
      ),
    );
  });
});
