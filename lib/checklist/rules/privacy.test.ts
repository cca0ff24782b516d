import { describe, expect, it } from 'vitest';
import { check, expectAutomaticRule, markedText } from '@/tests/support/checklist';
import { privacyRule } from './privacy';

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
    expect(markedText(text, r)).toEqual([
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
    expect(markedText(text, r)).toEqual(['+6281398765432', '(021) 5551234', '3201 0123 4567 8901']);
  });

  it('says what it found in English too, naming only the kinds found', () => {
    const text = 'Pemenang: Siti (0857 1234 5678, 0813 9876 5432, siti.rahma@gmail.com)';
    const r = check('privacy', { text, platform: 'instagram' });
    expect(r.message.en).toBe(
      "Contains 2 phone numbers and 1 e-mail address. Make sure it is not a patron's personal data (UU PDP 27/2022); add the library's public contacts to the brand kit",
    );
    const nik = check('privacy', { text: 'NIK 3273014507900002', platform: 'x' });
    expect(nik.message.en).toMatch(/^Contains 1 16-digit number \(NIK\?\)\. /);
    expect(nik.message.id).toMatch(/^Ada 1 nomor 16 digit \(NIK\?\)\. /);
    const email = check('privacy', { text: 'Tulis ke budi@contoh.id', platform: 'x' });
    expect(email.message.id).toMatch(/^Ada 1 alamat surel\. /);
    expect(email.message.en).toMatch(/^Contains 1 e-mail address\. /);
  });

  it('a number inside a longer one, or too short or too long for a phone, is no phone', () => {
    for (const text of [
      'No. registrasi 7008123456789012345.',
      'Kode 7008123456789.',
      'Kode 081234567890123 pada kartu lama', // 15 digits
      'Kode 0812345678901234 pada kartu lama', // 16 digits: a NIK-like number, not a phone
      'Nomor rak 01 234 567',
      'Kupon 08123 4567 89012', // 14 digits
    ]) {
      const r = check('privacy', { text, platform: 'x' });
      const phones = r.status === 'fail' ? r.message.en.match(/(\d+) phone/)?.[1] : undefined;
      expect(phones, text).toBeUndefined();
    }
  });

  it('a number inside a link or an e-mail address is counted once, as that', () => {
    const inLink = check('privacy', {
      text: 'Detail: https://opac.contoh.id/detail/3273014507900002',
      platform: 'x',
    });
    expect(inLink.status).toBe('pass');
    const text = 'Kirim ke 081234567890@gmail.com atau 3273014507900002@mail.id';
    const inEmail = check('privacy', { text, platform: 'x' });
    expect(markedText(text, inEmail)).toEqual([
      '081234567890@gmail.com',
      '3273014507900002@mail.id',
    ]);
    expect(inEmail.message.en).toMatch(/^Contains 2 e-mail addresses\. /);
  });

  it("the library's public e-mail counts whatever its spaces and case in the brand kit", () => {
    const r = check('privacy', {
      text: 'Info: layanan@perpuskota.go.id',
      platform: 'facebook',
      brand: {
        requiredHashtags: [],
        requiredMentions: [],
        publicContacts: ['  Layanan@PerpusKota.go.id '],
      },
    });
    expect(r.status).toBe('pass');
    expect(r.message).toEqual({
      id: 'Tidak ada nomor telepon, surel atau NIK selain kontak resmi perpustakaan',
      en: "No phone number, e-mail or NIK other than the library's public contacts",
    });
  });

  it('is an automatic check with its title in both languages', () => {
    expectAutomaticRule(privacyRule, {
      id: 'privacy',
      severity: 'warn',
      title: {
        id: 'Tanpa nomor telepon, surel atau NIK pemustaka',
        en: "No patrons' phone numbers, e-mails or NIK",
      },
    });
  });

  it('a phone of 9 to 13 digits is one, and the counts agree in English', () => {
    const short = check('privacy', { text: 'Telp. (022) 423 123', platform: 'x' });
    expect(short.message.en).toMatch(/^Contains 1 phone number\. /);
    const long = check('privacy', { text: 'WA 0812 3456 78901', platform: 'x' });
    expect(long.message.en).toMatch(/^Contains 1 phone number\. /);
    const niks = check('privacy', {
      text: 'NIK 3273014507900002 dan 3273014507900003',
      platform: 'x',
    });
    expect(niks.message.en).toMatch(/^Contains 2 16-digit numbers \(NIK\?\)\. /);
  });
});
