import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRepositories, type SapaDb } from '@/lib/db';
import { applySeeds } from '@/lib/library/seed';
import { freshDb } from '@/tests/support/db';
import { Dashboard } from '../Dashboard';

let db: SapaDb;
beforeEach(async () => {
  db = freshDb('sapa-check-caption');
  await applySeeds(db, 1_000);
});
afterEach(() => {
  db.close();
});

function show(language = 'en') {
  const user = userEvent.setup();
  render(<Dashboard db={db} memberId="ana" language={language} initialSection="check" />);
  return user;
}

const platformCard = (name: string) => screen.getByRole('region', { name });

describe('check a caption', () => {
  it('shows every platform side by side, and a fix can be applied and taken back', async () => {
    const user = show();
    const field = await screen.findByLabelText('Caption');
    expect(screen.getByText(/Paste or type a caption above/)).toBeTruthy();
    await user.click(field);
    const caption =
      'Webinar literasi digital, daftar di https://perpustakaan.go.id/daftar #LiterasiDigital';
    await user.paste(caption);

    for (const name of ['X', 'Instagram', 'Facebook', 'TikTok']) {
      expect(within(platformCard(name)).getByText(/characters$/)).toBeTruthy();
    }
    // Links are not clickable in Instagram captions: the fix is offered there, not on Facebook.
    const instagram = platformCard('Instagram');
    const fix = within(instagram).getByRole('button', {
      name: 'Fix: Replace links with "link in bio"',
    });
    expect(
      within(platformCard('Facebook')).queryByRole('button', { name: /^Fix: Replace links/ }),
    ).toBeNull();

    await user.click(fix);
    expect((field as HTMLTextAreaElement).value).not.toContain('https://perpustakaan.go.id/daftar');
    expect((field as HTMLTextAreaElement).value).toMatch(/link (di|in) bio/);
    expect(screen.getByText(/^Fixed: Replace links with/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect((field as HTMLTextAreaElement).value).toBe(caption);
  });

  it("uses the team's banned hashtags, and a blocking finding says the post would be held", async () => {
    await createRepositories(db, { memberId: 'ana' }).checklistSettings.save({
      bannedHashtags: ['judol'],
    });
    const user = show('id');
    const field = await screen.findByLabelText('Keterangan');
    await user.click(field);
    await user.paste('Hati-hati dengan #judol, yuk ke perpustakaan');
    const x = platformCard('X');
    expect(within(x).getByText(/^Perbaiki 1 hal sebelum mengunggah/)).toBeTruthy();
    expect(within(x).getByRole('button', { name: 'Perbaiki: Hapus tagar terlarang' })).toBeTruthy();
    // What only a person can check is listed once, not per platform.
    const manual = screen.getByRole('region', { name: 'Periksa sendiri' });
    expect(within(manual).getAllByRole('listitem').length).toBeGreaterThan(3);
  });
});
