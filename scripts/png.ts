/** The icon sizes Sapa ships: 16/32 for the toolbar, 48/96 for the add-ons pages, 128 for stores. */
export const ICON_SIZES = [16, 32, 48, 96, 128] as const;

/** A PNG's pixel size, from its IHDR chunk (bytes 16–23, big-endian). */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.length < 24 || signature.some((byte, i) => png[i] !== byte)) {
    throw new Error('not a PNG');
  }
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
