import type { BrandKitRecord } from '@/lib/db/types';

/** The example brand kit: empty fields the library fills in on first run. */
export function emptyBrandKit(now: number, memberId = 'seed'): BrandKitRecord {
  return {
    id: 'brand',
    updatedAt: now,
    updatedBy: memberId,
    deleted: false,
    libraryName: '',
    handles: { instagram: '', facebook: '', x: '', tiktok: '' },
    signatureHashtags: [],
    tagline: '',
    website: '',
    linkInBio: '',
    signOff: '',
  };
}
