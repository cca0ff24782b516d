/**
 * Cover thumbnails for the panel. The panel lives inside the social sites' pages, whose
 * Content-Security-Policy decides which images may load there; the catalogue's own host is never
 * among them. So the background reads the thumbnail (it holds the catalogue's origin permission)
 * and hands the panel the bytes, which the panel decodes itself (`createImageBitmap` on a Blob
 * loads nothing, so no page policy applies). Only raster images recognised by their first bytes
 * pass: an SVG or an HTML error page is never handed on. `fetch` is injected; nothing throws.
 */
import { coverUrl } from './address';
import { toBase64 } from './base64';
import { fetchBytes, type FetchLike, type FetchOptions } from './http';

export type CoverMime = 'image/png' | 'image/jpeg' | 'image/gif' | 'image/webp';

export interface CoverImage {
  mime: CoverMime;
  /** The image's bytes, base64 (requests travel as JSON between the extension's parts). */
  base64: string;
}

/** Twice the panel's 40-pixel-wide thumbnail, for sharp covers on high-density screens. */
export const PANEL_COVER_WIDTH = 80;
/** minigalnano's thumbnails at that width are a few kilobytes; more is not a thumbnail. */
export const MAX_COVER_BYTES = 256 * 1024;

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0) =>
  bytes.length >= at + prefix.length && prefix.every((byte, i) => bytes[at + i] === byte);

/** The image type its first bytes show (the header's Content-Type is not trusted), or null. */
export function imageTypeOf(bytes: Uint8Array): CoverMime | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return 'image/gif'; // "GIF8"
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8))
    return 'image/webp'; // "RIFF" … "WEBP"
  return null;
}

/** The thumbnail of one cover file, or null when there is none to show (never throws). */
export async function readCover(
  fetchImpl: FetchLike,
  base: string,
  coverFile: string,
  options: FetchOptions = {},
): Promise<CoverImage | null> {
  const fetched = await fetchBytes(
    fetchImpl,
    coverUrl(base, coverFile, PANEL_COVER_WIDTH),
    'jsonld', // the search's JSON-LD named the file
    { ...options, maxBytes: MAX_COVER_BYTES },
  );
  if (!fetched.ok) return null;
  const mime = imageTypeOf(fetched.value.bytes);
  return mime ? { mime, base64: toBase64(fetched.value.bytes) } : null;
}
