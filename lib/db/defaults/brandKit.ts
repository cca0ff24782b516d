import { DEFAULT_TIME_ZONE, type BrandKitRecord } from '../types';
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
    // The greeting Indonesian libraries close their posts with.
    signOff: 'Salam literasi!',
    timeZone: DEFAULT_TIME_ZONE,
    phone: '',
    whatsApp: '',
    email: '',
  };
}
