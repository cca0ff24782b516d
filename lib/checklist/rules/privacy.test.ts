import { describe, expect, it } from 'vitest';
import { check } from '@/tests/support/checklist';

describe('privacy', () => {
  it('passes text without personal data (dates, times, ISBN, prices)', () => {
    const text =
      'Buka 08.00-16.00 WIB, 12/07/2025. ISBN 978-602-03-1234-5. Denda Rp 1.000. Katalog: https://opac.perpus.go.id/0812345678901';
    expect(check('privacy', { text, platform: 'instagram' }).status).toBe('pass');
  });

  it("does not flag the library's own public phone and e-mail from the brand kit", () => {
    const text = 'Info: WA +62 812-3456-7890 atau layanan@perpuskota.go.id, telp (022) 423-1234';
    const r = check('privacy', {
      text,
      platform: 'facebook',
      brand: {
        requiredHashtags: [],
        requiredMentions: [],
        publicContacts: ['081234567890', 'Layanan@PerpusKota.go.id', '022 4231234'],
      },
    });
    expect(r.status).toBe('pass');
  });

  it('flags a patron phone number, e-mail and NIK', () => {
    const text =
      'Selamat kepada pemenang: Siti (0857 1234 5678, siti.rahma@gmail.com), NIK 3273014507900002.';
    const r = check('privacy', { text, platform: 'instagram' });
    expect(r.status).toBe('fail');
    expect(r.spans.map((s) => text.slice(s.start, s.end))).toEqual([
      '0857 1234 5678',
      'siti.rahma@gmail.com',
      '3273014507900002',
    ]);
    expect(r.message.id).toBe(
      'Ada 1 nomor telepon, 1 alamat surel, dan 1 nomor 16 digit (NIK?). Pastikan bukan data pribadi pemustaka (UU PDP 27/2022); kontak resmi perpustakaan bisa ditambahkan ke identitas merek',
    );
  });

  it('flags +62 numbers and landlines, and a NIK in groups of four', () => {
    const text = 'Hubungi Budi +6281398765432 atau (021) 5551234. NIK: 3201 0123 4567 8901';
    const r = check('privacy', { text, platform: 'x' });
    expect(r.spans.map((s) => text.slice(s.start, s.end))).toEqual([
      '+6281398765432',
      '(021) 5551234',
      '3201 0123 4567 8901',
    ]);
  });
});
