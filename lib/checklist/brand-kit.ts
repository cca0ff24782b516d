/**
 * The brand kit as the checklist reads it: one answer for the panel, the publish gate and any
 * later caller (a "check a caption" page, a command line).
 *
 * - The signature hashtags are the tags every post should carry (`brand`, info by default).
 * - The library's own handles and name are not required: a post goes out from the library's own
 *   account, which already shows both, and a library does not tag itself.
 * - The library's public phone, WhatsApp and e-mail are its own contacts, never a patron's: the
 *   `privacy` rule leaves them alone.
 */
import type { BrandKit } from './types';

/** The fields of a stored brand kit (lib/db's BrandKitRecord) the checklist reads. */
export interface BrandKitSource {
  signatureHashtags?: readonly string[];
  /** Phone numbers, several separated by commas, semicolons, slashes or new lines. */
  phone?: string;
  whatsApp?: string;
  email?: string;
}

const SEPARATORS = /[,;/\n]+/;

/** One contacts field split into its numbers or addresses. */
export function contactsOf(field: string | undefined): string[] {
  return (field ?? '')
    .split(SEPARATORS)
    .map((c) => c.trim())
    .filter(Boolean);
}

export function brandForChecklist(kit: BrandKitSource | null | undefined): BrandKit {
  const publicContacts = [
    ...contactsOf(kit?.phone),
    ...contactsOf(kit?.whatsApp),
    ...contactsOf(kit?.email),
  ];
  return {
    requiredHashtags: (kit?.signatureHashtags ?? [])
      .map((t) => t.trim().replace(/^[#＃]+/, ''))
      .filter(Boolean),
    requiredMentions: [],
    ...(publicContacts.length > 0 ? { publicContacts } : {}),
  };
}
