import { describe, expect, it } from 'vitest';
import { brandForChecklist, contactsOf } from './brand-kit';
import { runChecklist } from './registry';

const kit = {
  libraryName: 'Perpustakaan Kota Yogyakarta',
  handles: { instagram: 'perpuskotajogja', x: 'perpuskotajogja' },
  signatureHashtags: ['#PerpusKotaJogja', ' '],
  phone: '(0274) 512345, 0274-512346',
  whatsApp: '0812-2700-1234',
  email: 'layanan@perpus.jogjakota.go.id',
};

describe('brandForChecklist', () => {
  it('requires the signature hashtags, not the library’s own handle or name', () => {
    expect(brandForChecklist(kit)).toEqual({
      requiredHashtags: ['PerpusKotaJogja'],
      requiredMentions: [],
      publicContacts: [
        '(0274) 512345',
        '0274-512346',
        '0812-2700-1234',
        'layanan@perpus.jogjakota.go.id',
      ],
    });
    expect(brandForChecklist(null)).toEqual({ requiredHashtags: [], requiredMentions: [] });
  });

  it('one answer: a post without the library’s own @handle passes the brand rule', () => {
    const brand = brandForChecklist(kit);
    for (const platform of ['instagram', 'x'] as const) {
      const r = runChecklist({ text: 'Koleksi baru! #PerpusKotaJogja', platform, brand }).find(
        (x) => x.ruleId === 'brand',
      );
      expect(r?.status).toBe('pass');
    }
  });

  it('the library’s own phone, WhatsApp and e-mail are not flagged as a patron’s', () => {
    const text =
      'Info: (0274) 512345, WA 0812-2700-1234, surel layanan@perpus.jogjakota.go.id #PerpusKotaJogja';
    const privacy = (brand = brandForChecklist(kit)) =>
      runChecklist({ text, platform: 'facebook', brand }).find((x) => x.ruleId === 'privacy');
    expect(privacy()?.status).toBe('pass');
    expect(privacy(brandForChecklist({ signatureHashtags: [] }))?.status).toBe('fail');
  });

  it('splits a field holding several contacts', () => {
    expect(contactsOf(' 0274 512345 ; 0274 512346 / 0274 512347\n')).toEqual([
      '0274 512345',
      '0274 512346',
      '0274 512347',
    ]);
    expect(contactsOf(undefined)).toEqual([]);
  });

  it('takes every hash sign off a signature hashtag', () => {
    expect(
      brandForChecklist({ signatureHashtags: ['##PerpusKota', ' ＃BulanBuku ', '#'] })
        .requiredHashtags,
    ).toEqual(['PerpusKota', 'BulanBuku']);
  });
});
