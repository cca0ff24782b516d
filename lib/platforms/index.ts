/**
 * The sites Sapa works on. Adding a platform is one file in `sites/`, one line here, its limits
 * (lib/checklist/limits.ts), its name in the locales and its fixture (docs/architecture.md).
 * Everything keyed by platform derives from this list, so the compiler names any gap.
 *
 * Pure data: wxt.config.ts reads it to build the manifest, so nothing here touches the DOM.
 */
import { z } from 'zod/mini';
import type { SiteDefinition } from './site';
import { facebook } from './sites/facebook';
import { instagram } from './sites/instagram';
import { tiktok } from './sites/tiktok';
import { x } from './sites/x';

export const SITES = [x, instagram, facebook, tiktok] as const;

export type PlatformId = (typeof SITES)[number]['id'];
export type PlatformDefinition = SiteDefinition<PlatformId>;

export const PLATFORMS: readonly PlatformDefinition[] = SITES;
export const PLATFORM_IDS: readonly PlatformId[] = SITES.map((site) => site.id);

/**
 * Validates a platform id from outside (messages, packs, backups, synced documents). Marked pure
 * so that a bundle that never validates one (the content script) leaves it, and zod, out.
 */
export const platformIdSchema = /* @__PURE__ */ z.enum(
  PLATFORM_IDS as [PlatformId, ...PlatformId[]],
);

/** The manifest's match patterns for the content script and the up-front host permissions. */
export const SITE_MATCHES: readonly string[] = SITES.flatMap((site) => site.matches);

export function platformForHost(hostname: string): PlatformDefinition | undefined {
  return PLATFORMS.find((site) => site.hosts.includes(hostname));
}

/** A value for every platform, from its definition: `Record<PlatformId, T>` with no gap. */
export function perPlatform<T>(value: (site: PlatformDefinition) => T): Record<PlatformId, T> {
  return Object.fromEntries(PLATFORMS.map((site) => [site.id, value(site)])) as Record<
    PlatformId,
    T
  >;
}

export type { SelectorList, PublishSuccessSignal, SiteDefinition } from './site';
