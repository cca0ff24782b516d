// @vitest-environment node
/**
 * Cover thumbnails read from the local SLiMS over real HTTP: only a raster image's bytes are
 * handed on; a missing file, an HTML page or an oversized answer gives no cover.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coverPng, startSlimsServer, type SlimsServer } from '@/tests/support/slims-server';
import { fromBase64, toBase64 } from './base64';
import { imageTypeOf, MAX_COVER_BYTES, readCover } from './covers';

let slims: SlimsServer;
beforeAll(async () => {
  slims = await startSlimsServer();
});
afterAll(() => slims.close());

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('recognising an image by its first bytes', () => {
  it('knows PNG, JPEG, GIF and WebP', () => {
    expect(imageTypeOf(new Uint8Array(coverPng('x.png', 40)))).toBe('image/png');
    expect(imageTypeOf(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10))).toBe('image/jpeg');
    expect(imageTypeOf(new TextEncoder().encode('GIF89a....'))).toBe('image/gif');
    expect(imageTypeOf(new TextEncoder().encode('RIFF\u0000\u0000\u0000\u0000WEBPVP8 '))).toBe(
      'image/webp',
    );
  });

  it('refuses SVG, HTML and anything short or unknown', () => {
    expect(imageTypeOf(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg">'))).toBe(
      null,
    );
    expect(imageTypeOf(new TextEncoder().encode('<!DOCTYPE html><html>'))).toBe(null);
    expect(imageTypeOf(new TextEncoder().encode('RIFF\u0000\u0000\u0000\u0000WAVEfmt '))).toBe(
      null,
    );
    expect(imageTypeOf(bytes(0x89, 0x50))).toBe(null);
    expect(imageTypeOf(new Uint8Array())).toBe(null);
  });
});

describe('base64 for the trip to the panel', () => {
  it('round-trips every byte value, also past one chunk', () => {
    const all = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 7) % 256);
    const back = fromBase64(toBase64(all));
    expect(back).toEqual(all);
    expect(toBase64(bytes(0, 255, 128))).toBe('AP+A');
  });
});

describe('reading a cover from the catalogue', () => {
  it("gives the thumbnail minigalnano makes of a record's cover file", async () => {
    const cover = await readCover(fetch, slims.url, 'bumi manusia.png');
    expect(cover?.mime).toBe('image/png');
    const png = fromBase64(cover!.base64);
    expect(imageTypeOf(png)).toBe('image/png');
    // The thumbnail asked for is the panel's width (PNG's IHDR holds it at bytes 16–19).
    expect(new DataView(png.buffer).getUint32(16)).toBe(80);
    expect(slims.requests.at(-1)).toContain(
      'lib/minigalnano/createthumb.php?filename=images%2Fdocs%2Fbumi+manusia.png&width=80',
    );
  });

  it('gives no cover for a file the catalogue does not have, or a site that is not there', async () => {
    expect(await readCover(fetch, slims.url, 'missing.png')).toBeNull();
    expect(await readCover(fetch, 'http://127.0.0.1:9/', 'bumi manusia.png')).toBeNull();
  });

  describe('a site answering something else', () => {
    let other: Server;
    let base: string;
    let answer: { type: string; body: Buffer };
    beforeAll(async () => {
      other = createServer((_, res) => {
        res.writeHead(200, { 'content-type': answer.type });
        res.end(answer.body);
      });
      await new Promise<void>((done) => other.listen(0, '127.0.0.1', done));
      base = `http://127.0.0.1:${(other.address() as AddressInfo).port}/`;
    });
    afterAll(() => new Promise<void>((done) => other.close(() => done())));

    it('gives no cover for an HTML page or an SVG sent as an image', async () => {
      answer = { type: 'image/png', body: Buffer.from('<html><body>Login</body></html>') };
      expect(await readCover(fetch, base, 'a.png')).toBeNull();
      answer = { type: 'image/svg+xml', body: Buffer.from('<svg onload="alert(1)"></svg>') };
      expect(await readCover(fetch, base, 'a.svg')).toBeNull();
    });

    it('gives no cover for an answer too large to be a thumbnail', async () => {
      const huge = Buffer.alloc(MAX_COVER_BYTES + 1);
      coverPng('x', 40).copy(huge);
      answer = { type: 'image/png', body: huge };
      expect(await readCover(fetch, base, 'huge.png')).toBeNull();
      answer = { type: 'image/png', body: huge.subarray(0, MAX_COVER_BYTES) };
      expect((await readCover(fetch, base, 'big.png'))?.mime).toBe('image/png');
    });
  });
});
