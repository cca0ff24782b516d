import { describe, expect, it } from 'vitest';
import { applyEdits } from '../edits';
import { check } from '@/tests/support/checklist';

const brand = {
  libraryName: 'Perpustakaan Kota Bandung',
  requiredHashtags: ['#PerpusKotaBandung'],
  requiredMentions: ['@perpuskotabdg'],
};

describe('brand', () => {
  it('passes when the tag, handle and name are present (any case)', () => {
    const text = 'Kunjungi perpustakaan kota  bandung! #perpuskotabandung @PerpusKotaBdg';
    const r = check('brand', { text, platform: 'instagram', brand });
    expect(r.status).toBe('pass');
  });

  it('lists what is missing and offers to append the tag and handle', () => {
    const text = 'Koleksi baru sudah datang!';
    const r = check('brand', { text, platform: 'instagram', brand });
    expect(r.status).toBe('fail');
    expect(r.severity).toBe('info'); // style advice, not a warning (severity policy)
    expect(r.message.id).toBe(
      'Belum ada dari identitas merek: #PerpusKotaBandung, @perpuskotabdg, dan nama "Perpustakaan Kota Bandung"',
    );
    expect(r.message.en).toBe(
      'Missing from the brand kit: #PerpusKotaBandung, @perpuskotabdg, and the name "Perpustakaan Kota Bandung"',
    );
    expect(applyEdits(text, r.fixes![0]!.edits)).toBe(
      'Koleksi baru sudah datang!\n\n#PerpusKotaBandung @perpuskotabdg',
    );
  });

  it('a hashtag inside a URL does not count as the brand tag', () => {
    const text = 'Perpustakaan Kota Bandung @perpuskotabdg https://a.id/#PerpusKotaBandung';
    expect(check('brand', { text, platform: 'x', brand }).status).toBe('fail');
  });

  it('a blank library name asks for no name; a name with spaces around it is still found', () => {
    const blank = { ...brand, libraryName: '   ' };
    const text = 'Halo #PerpusKotaBandung @perpuskotabdg';
    expect(check('brand', { text, platform: 'x', brand: blank }).status).toBe('pass');
    const padded = { ...brand, libraryName: '  Perpustakaan Kota Bandung ' };
    const named = 'Perpustakaan Kota Bandung #PerpusKotaBandung @perpuskotabdg';
    expect(check('brand', { text: named, platform: 'x', brand: padded }).status).toBe('pass');
    const r = check('brand', { text, platform: 'x', brand: padded });
    expect(r.message.en).toBe('Missing from the brand kit: the name "Perpustakaan Kota Bandung"');
  });

  it('passes without a brand kit', () => {
    expect(check('brand', { text: 'Halo', platform: 'x' }).status).toBe('pass');
  });
});
