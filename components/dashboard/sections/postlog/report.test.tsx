import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRepositories, type SapaDb } from '@/lib/db';
import { blobText as readFileText } from '@/lib/exchange/backup';
import { freshDb } from '@/tests/support/db';
import { Dashboard } from '../../Dashboard';

let db: SapaDb;
let download: ReturnType<typeof vi.fn<(blob: Blob, name: string) => void>>;
const NOW = Date.UTC(2026, 10, 20, 5);

beforeEach(async () => {
  db = freshDb('sapa-report');
  await db.open();
  const repos = createRepositories(db, { memberId: 'ana' });
  const first = await repos.postLog.add({ platform: 'x', text: 'Pameran #BulanBuku', at: NOW });
  await repos.postLog.annotate(first.id, { metrics: { reach: 200, likes: 10 } });
  await repos.postLog.add({
    platform: 'instagram',
    text: 'Jam layanan #bulanbuku',
    at: NOW - 86_400_000,
    override: { ruleIds: ['placeholders'] },
  });
  download = vi.fn<(blob: Blob, name: string) => void>();
});
afterEach(() => db.close());

describe('the monthly report', () => {
  it('shows the month’s posts per platform, hashtags, engagement and overrides, with CSV', async () => {
    const user = userEvent.setup();
    render(
      <Dashboard
        db={db}
        memberId="ana"
        language="id"
        initialSection="report"
        now={() => NOW}
        download={download}
      />,
    );
    const platforms = await screen.findByRole('region', { name: 'Unggahan per platform' });
    // Engagement: 10 likes ÷ 200 reach on X; Instagram has no numbers, so no rate (not 0 %).
    expect(within(platforms).getByRole('row', { name: 'X 1 5%' })).toBeInTheDocument();
    expect(within(platforms).getByRole('row', { name: 'Instagram 1 —' })).toBeInTheDocument();
    const tags = screen.getByRole('region', { name: 'Tagar teratas' });
    expect(within(tags).getByRole('row', { name: '#BulanBuku 2' })).toBeInTheDocument();
    expect(screen.getByText('Tingkat interaksi', { selector: 'dt' }).nextSibling).toHaveTextContent(
      '5%',
    );
    const overrides = screen.getByRole('region', {
      name: 'Pemeriksaan yang dilewati dengan Tetap unggah',
    });
    expect(within(overrides).getAllByRole('row')).toHaveLength(2);

    await user.click(within(platforms).getByRole('button', { name: 'Unduh CSV' }));
    const [blob, name] = download.mock.calls[0]!;
    expect(name).toBe('sapa-report-2026-11-platforms.csv');
    expect(await readFileText(blob)).toContain('x,1,1,10,200,0.0500');
  });
});
