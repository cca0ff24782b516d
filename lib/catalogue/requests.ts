/**
 * The catalogue's requests. Connecting, testing and refreshing fetch from the library's site:
 * the dashboard only. Reading the new arrivals and marking picked titles as posted: the panel
 * too (no platform data in them, nothing fetched).
 */
import { z } from 'zod';
import { defineRequest } from '@/lib/messaging/define';
import { MAX_KEY_CHARS, MAX_URL_CHARS, noPayload } from '@/lib/messaging/fields';
import type { CoverImage } from './covers';
import type { CatalogueTestReport } from './refresh';
import type { CatalogueState } from './state';
import type { CatalogueTitle } from './types';

/** What the panel and dashboard are told about the connected catalogue. */
export interface CatalogueView {
  /** Null when no catalogue is connected. */
  base: string | null;
  /** Titles not posted yet, newest first. */
  newArrivals: CatalogueTitle[];
  total: number | null;
  refreshedAt: number | null;
  notices: CatalogueState['notices'];
}

const address = () => z.object({ address: z.string().trim().min(1).max(MAX_URL_CHARS) }).strict();

export const catalogueRequests = {
  /** Test an address without saving it: what Sapa found there, or exactly what is wrong. */
  'catalogue.test': defineRequest<CatalogueTestReport>()('dashboard', address),
  /**
   * Test, and when the catalogue answers, save it as the library's catalogue and read its new
   * arrivals. A failed test saves nothing (`report.ok` false says why).
   */
  'catalogue.connect': defineRequest<{ report: CatalogueTestReport; view: CatalogueView }>()(
    'dashboard',
    address,
  ),
  /** Read the new arrivals again (the last good list stays when the answer is not usable). */
  'catalogue.refresh': defineRequest<CatalogueView>()('dashboard', noPayload),
  /** Forget the catalogue (its list and what was posted). */
  'catalogue.disconnect': defineRequest<CatalogueView>()('dashboard', noPayload),
  /** The new arrivals: titles not posted yet. */
  'catalogue.newArrivals': defineRequest<CatalogueView>()('panel', noPayload),
  /**
   * One title's cover thumbnail, read by the background and handed over as bytes: the sites'
   * pages, where the panel is, would not load an image from the catalogue's host. Null when the
   * title has no cover or it could not be read (the panel shows a plain placeholder).
   */
  'catalogue.cover': defineRequest<{ cover: CoverImage | null }>()('panel', () =>
    z.object({ biblioId: z.string().min(1).max(MAX_KEY_CHARS) }).strict(),
  ),
  /** Remember titles as posted (they leave the new arrivals). */
  'catalogue.markPosted': defineRequest<CatalogueView>()('panel', () =>
    z.object({ biblioIds: z.array(z.string().min(1).max(MAX_KEY_CHARS)).min(1).max(200) }).strict(),
  ),
};
