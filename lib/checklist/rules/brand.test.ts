import { describe, expect, it } from 'vitest';
import { applyEdits } from '../edits';
import { check, expectAutomaticRule, fixLabels } from '@/tests/support/checklist';
import type { BrandKit } from '../types';
import { brandRule } from './brand';

const kit = (kit: Partial<BrandKit>): BrandKit => ({
  requiredHashtags: [],
  requiredMentions: [],
  ...kit,
});
const brandCheck = (text: string, brand: BrandKit) =>
  check('brand', { text, platform: 'instagram', brand });

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
    expect(r.spans).toEqual([]); // nothing in the text to mark: what is missing is not there
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

  it('says in both languages when the kit asks for nothing, blank entries included', () => {
    const nothing = {
      id: 'Identitas merek belum berisi tagar, akun atau nama wajib',
      en: 'The brand kit has no required hashtag, handle or name',
    };
    expect(check('brand', { text: 'Halo', platform: 'x' }).message).toEqual(nothing);
    const blanks = kit({ requiredHashtags: ['  '], requiredMentions: [' @ '], libraryName: ' ' });
    expect(brandCheck('Halo', blanks).message).toEqual(nothing);
  });

  it('checks each part of the kit on its own', () => {
    const onlyName = kit({ libraryName: 'Perpustakaan Kota Bandung' });
    expect(brandCheck('Halo', onlyName).message.en).toBe(
      'Missing from the brand kit: the name "Perpustakaan Kota Bandung"',
    );
    const onlyTag = kit({ requiredHashtags: ['#PerpusKotaBandung'] });
    expect(brandCheck('Halo', onlyTag).message.en).toBe(
      'Missing from the brand kit: #PerpusKotaBandung',
    );
    const onlyHandle = kit({ requiredMentions: ['@perpuskotabdg'] });
    expect(brandCheck('Halo', onlyHandle).message.en).toBe(
      'Missing from the brand kit: @perpuskotabdg',
    );
    expect(brandCheck('Halo @perpuskotabdg', onlyHandle).message).toEqual({
      id: 'Tagar, akun dan nama perpustakaan dari identitas merek sudah ada',
      en: 'Brand hashtags, handles and library name are present',
    });
  });

  it('takes the kit as typed: extra marks, spaces and a name typed with two spaces', () => {
    const typed = kit({
      requiredHashtags: ['##PerpusKotaBandung'],
      requiredMentions: ['  @@perpuskotabdg '],
      libraryName: 'Perpustakaan  Kota Bandung',
    });
    expect(brandCheck('Halo', typed).message.en).toBe(
      'Missing from the brand kit: #PerpusKotaBandung, @perpuskotabdg, and the name "Perpustakaan  Kota Bandung"',
    );
    const text = 'Perpustakaan Kota Bandung #PerpusKotaBandung @perpuskotabdg';
    expect(brandCheck(text, typed).status).toBe('pass');
  });

  it('adds what is missing after a blank line, unless the caption is empty or ends a line', () => {
    const tagAndHandle = kit({
      requiredHashtags: ['#PerpusKotaBandung'],
      requiredMentions: ['@perpuskotabdg'],
    });
    const added = (text: string) => {
      const r = brandCheck(text, tagAndHandle);
      expect(fixLabels(r)).toEqual([
        {
          id: 'Tambahkan #PerpusKotaBandung @perpuskotabdg di akhir',
          en: 'Add #PerpusKotaBandung @perpuskotabdg at the end',
        },
      ]);
      return applyEdits(text, r.fixes![0]!.edits);
    };
    expect(added('')).toBe('#PerpusKotaBandung @perpuskotabdg');
    expect(added('Halo\n')).toBe('Halo\n#PerpusKotaBandung @perpuskotabdg');
    expect(added('Halo\n  ')).toBe('Halo\n  #PerpusKotaBandung @perpuskotabdg');
    expect(added('Baris satu\nBaris dua')).toBe(
      'Baris satu\nBaris dua\n\n#PerpusKotaBandung @perpuskotabdg',
    );
  });

  it('offers nothing to add when only the name is missing', () => {
    const r = brandCheck('#PerpusKotaBandung @perpuskotabdg', brand);
    expect(r.status).toBe('fail');
    expect(r.fixes).toBeUndefined();
  });

  it('is an automatic check with its title in both languages', () => {
    expectAutomaticRule(brandRule, {
      id: 'brand',
      severity: 'info',
      title: {
        id: 'Tagar, akun dan nama perpustakaan dari identitas merek ada',
        en: 'Brand hashtag, handle and library name present',
      },
    });
  });
});
