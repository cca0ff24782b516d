import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRepositories, type Repositories, type SapaDb } from '@/lib/db';
import { instagramExport } from '@/tests/fixtures/insights-export';
import { freshDb } from '@/tests/support/db';
import { showPostLog, layOutLogBoxForEachTest } from '@/tests/support/post-log-page';

let db: SapaDb;
let repos: Repositories;
/** 20 November 2026, 05:00 UTC. */
const AT = Date.UTC(2026, 10, 20, 5);
let withAddress = '';
let byTime = '';

beforeEach(async () => {
  db = freshDb('sapa-insights-paste');
  await db.open();
  repos = createRepositories(db, { memberId: 'ana' });
  withAddress = (
    await repos.postLog.add({
      platform: 'instagram',
      text: 'Pameran buku langka, Sabtu ini #BulanBuku',
      at: AT,
      checks: [],
      url: 'https://www.instagram.com/p/DHpmj9euOPy/',
    })
  ).id;
  await repos.postLog.annotate(withAddress, { metrics: { reach: 10, follows: 3 } });
  byTime = (
    await repos.postLog.add({
      platform: 'instagram',
      text: 'Jam buka perpustakaan berubah mulai Senin',
      at: AT + 3 * 3_600_000,
      checks: [],
    })
  ).id;
});
afterEach(() => db.close());
layOutLogBoxForEachTest();

/** Instagram's export, in the zone the page reads times in (the browser's). */
function exportText() {
  return instagramExport(AT, Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
}

const TEXT = {
  en: {
    open: 'Paste insights (CSV)',
    field: 'Insights export (CSV)',
    read: 'Show what will change',
    summary: 'Rows that match a post: 2 of 3. Only these are applied.',
    first:
      /Pameran buku langka.*Reach 1,520 · Impressions 2,400 · Likes 85 · Saves empty \(not entered\)/,
    unmatched:
      'Not applied: no post on Instagram in the log has this address, or this time and caption.',
    apply: 'Apply the numbers',
    applied: 'Numbers from the export saved for 2 posts.',
    undo: 'Undo',
    notCsv:
      'This is not a CSV table: its first line should name the columns, separated by commas, semicolons or tabs.',
    noMetric: /No column of this export holds a number Sapa knows/,
    nothing: /No row matches a post on Facebook in the post log/,
    platform: 'Platform of the export',
  },
  id: {
    open: 'Tempel statistik (CSV)',
    field: 'Ekspor statistik (CSV)',
    read: 'Tampilkan yang akan berubah',
    summary: 'Baris yang cocok dengan unggahan: 2 dari 3. Hanya baris ini yang diterapkan.',
    first:
      /Pameran buku langka.*Jangkauan 1\.520 · Tayangan 2\.400 · Suka 85 · Disimpan kosong \(tidak diisi\)/,
    unmatched:
      'Tidak diterapkan: tidak ada unggahan Instagram di catatan dengan alamat ini, atau dengan waktu dan keterangan ini.',
    apply: 'Terapkan angka',
    applied: 'Angka dari ekspor disimpan untuk 2 unggahan.',
    undo: 'Urungkan',
    notCsv:
      'Ini bukan tabel CSV: baris pertamanya harus berisi nama kolom, dipisah koma, titik koma, atau tab.',
    noMetric: /Tidak ada kolom ekspor ini yang berisi angka yang dikenal Sapa/,
    nothing: /Tidak ada baris yang cocok dengan unggahan Facebook di catatan unggahan/,
    platform: 'Platform ekspor',
  },
} as const;

async function metricsOf(id: string) {
  return (await repos.postLog.all()).find((e) => e.id === id)?.metrics;
}

describe.each(['en', 'id'] as const)('numbers from an insights export (%s)', (language) => {
  const s = TEXT[language];
  const show = async () => {
    const user = showPostLog(db, { memberId: 'ana', language });
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(2));
    await user.click(screen.getByRole('button', { name: s.open }));
    return user;
  };

  it('pastes an export, shows each row with its post and numbers, applies, and undoes', async () => {
    const user = await show();
    const field = screen.getByLabelText(s.field);
    await user.click(field);
    await user.paste(exportText());
    await user.click(screen.getByRole('button', { name: s.read }));

    expect(await screen.findByText(s.summary)).toBeInTheDocument();
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toHaveTextContent(s.first);
    expect(rows[1]).toHaveTextContent('Jam buka perpustakaan berubah');
    expect(rows[2]).toHaveTextContent(s.unmatched);
    // The platform was read from the export's addresses.
    expect(screen.getByLabelText(s.platform)).toHaveValue('instagram');

    await user.click(screen.getByRole('button', { name: s.apply }));
    expect(await screen.findByText(s.applied)).toBeInTheDocument();
    await waitFor(async () =>
      expect(await metricsOf(withAddress)).toEqual({
        impressions: 2400,
        reach: 1520,
        likes: 85,
        // Not a column of the export: kept.
        follows: 3,
      }),
    );
    expect(await metricsOf(byTime)).toEqual({ reach: 640, likes: 12, saves: 4 });

    await user.click(screen.getByRole('button', { name: s.undo }));
    await waitFor(async () =>
      expect(await metricsOf(withAddress)).toEqual({ reach: 10, follows: 3 }),
    );
    expect(await metricsOf(byTime)).toBeUndefined();
  });

  it('says what is wrong: no table, no known column, nothing matched', async () => {
    const user = await show();
    const field = screen.getByLabelText(s.field);
    await user.click(field);
    await user.paste('Perpustakaan Daerah buka pukul delapan');
    await user.click(screen.getByRole('button', { name: s.read }));
    expect(await screen.findByText(s.notCsv)).toHaveAttribute('role', 'alert');

    await user.clear(field);
    await user.paste('Nama,Alamat\nPerpusda,Jl. Merdeka 1');
    await user.click(screen.getByRole('button', { name: s.read }));
    expect(await screen.findByText(s.noMetric)).toHaveAttribute('role', 'alert');
    expect(screen.queryByRole('button', { name: s.apply })).toBeNull();

    await user.clear(field);
    await user.paste(exportText());
    await user.click(screen.getByRole('button', { name: s.read }));
    await user.selectOptions(screen.getByLabelText(s.platform), 'facebook');
    expect(await screen.findByText(s.nothing)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: s.apply })).toBeDisabled();
  });
});

describe('the export as a file', () => {
  it('shows what a chosen file will change at once', async () => {
    const user = showPostLog(db, { memberId: 'ana' });
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(2));
    await user.click(screen.getByRole('button', { name: 'Paste insights (CSV)' }));
    // Saved by Excel in Indonesian: a byte-order mark and semicolons.
    const csv = '\uFEFF' + exportText().replace(/\t/g, ';');
    await user.upload(
      screen.getByLabelText('Or choose the export file'),
      new File([csv], 'instagram-content.csv', { type: 'text/csv' }),
    );
    expect(
      await screen.findByText('Rows that match a post: 2 of 3. Only these are applied.'),
    ).toBeInTheDocument();
  });
});

describe('the column mapping', () => {
  it('lets a person say what an unrecognised column holds', async () => {
    const user = showPostLog(db, { memberId: 'ana' });
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(2));
    await user.click(screen.getByRole('button', { name: 'Paste insights (CSV)' }));
    await user.click(screen.getByLabelText('Insights export (CSV)'));
    await user.paste('Tautan;Orang yang melihat\nhttps://instagram.com/p/DHpmj9euOPy;777\n');
    await user.click(screen.getByRole('button', { name: 'Show what will change' }));
    expect(await screen.findByText(/No column of this export/)).toHaveAttribute('role', 'alert');
    await user.selectOptions(screen.getByLabelText('Orang yang melihat'), 'reach');
    expect(
      await screen.findByText('Rows that match a post: 1 of 1. Only these are applied.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Apply the numbers' }));
    await waitFor(async () =>
      expect(await metricsOf(withAddress)).toEqual({ reach: 777, follows: 3 }),
    );
  });
});
