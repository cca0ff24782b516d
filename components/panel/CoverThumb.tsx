/**
 * A new title's cover in the panel. The background hands over the thumbnail's bytes
 * (`catalogue.cover`); they are decoded here with `createImageBitmap` and drawn on a canvas,
 * because the sites' Content-Security-Policy decides which images their pages may load and a
 * library's catalogue is not among them, while decoding bytes loads nothing. Until a cover is
 * drawn (or when there is none) a plain placeholder of the same size keeps the list steady.
 * Decorative: the title beside it says what the book is.
 */
import { useEffect, useRef, useState } from 'react';
import type { CatalogueTitle } from '@/lib/catalogue';
import { fromBase64 } from '@/lib/catalogue/base64';
import type { CoverImage } from '@/lib/catalogue/covers';
import type { TabContext } from './shared';

/** The thumbnail's box in CSS pixels (a book's usual 2:3); the canvas holds twice as many. */
const BOX = { width: 40, height: 60 };
const SCALE = 2;

async function drawCover(canvas: HTMLCanvasElement, cover: CoverImage): Promise<boolean> {
  const context = canvas.getContext('2d');
  if (!context || typeof createImageBitmap !== 'function') return false;
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(new Blob([fromBase64(cover.base64)], { type: cover.mime }));
  } catch {
    return false; // bytes that are not a decodable image: the placeholder stays
  }
  const width = BOX.width * SCALE;
  const height = BOX.height * SCALE;
  const fit = Math.min(width / bitmap.width, height / bitmap.height);
  const drawnWidth = bitmap.width * fit;
  const drawnHeight = bitmap.height * fit;
  context.clearRect(0, 0, width, height);
  context.drawImage(
    bitmap,
    (width - drawnWidth) / 2,
    (height - drawnHeight) / 2,
    drawnWidth,
    drawnHeight,
  );
  bitmap.close();
  return true;
}

export function CoverThumb({ ctx, title }: { ctx: TabContext; title: CatalogueTitle }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [drawn, setDrawn] = useState(false);
  const { client } = ctx;
  const { biblioId, coverFile } = title;

  useEffect(() => {
    if (!coverFile) return;
    let current = true;
    void (async () => {
      const res = await client.request('catalogue.cover', { biblioId });
      if (!current || !res.ok || !res.data.cover || !canvas.current) return;
      const done = await drawCover(canvas.current, res.data.cover);
      if (current) setDrawn(done);
    })();
    return () => {
      current = false;
    };
  }, [client, biblioId, coverFile]);

  return (
    <span className="sapa-cover" aria-hidden="true" data-cover={drawn ? 'drawn' : 'none'}>
      <canvas ref={canvas} width={BOX.width * SCALE} height={BOX.height * SCALE} hidden={!drawn} />
    </span>
  );
}
