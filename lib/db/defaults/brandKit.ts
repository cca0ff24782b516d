import type { BrandKitRecord } from '../types';
import { perPlatform } from '@/lib/platforms';

/** The example brand kit: empty fields the library fills in on first run. */
export function emptyBrandKit(now: number, memberId = 'seed'): BrandKitRecord {
  return {
    id: 'brand',
    updatedAt: now,
    updatedBy: memberId,
    deleted: false,
    libraryName: '',
    handles: perPlatform(() => ''),
    signatureHashtags: [],
    tagline: '',
    website: '',
    linkInBio: '',
    signOff: '',
    phone: '',
    whatsApp: '',
    email: '',
  };
}
