/**
 * The post's address and the account it went out from, as the post log keeps them
 * (docs/report.md). Pure: the content script hands in what it read from the page (links' hrefs,
 * an attribute or a text), and these decide what is kept; the background checks again with zod
 * (`post-details-schema.ts`).
 */
import type { AccountReader, SiteDefinition } from './site';

/** The longest account name kept: X's handles are 15 characters, a Page's name can be longer. */
export const MAX_ACCOUNT_CHARS = 80;
/** The longest address kept (a post's address is short; anything longer is not one). */
export const MAX_ADDRESS_CHARS = 2048;

/** What a confirmed post carries beside its text. */
export interface PostDetails {
  url?: string;
  account?: string;
}

/**
 * The address as an https URL on one of the site's own hosts, or undefined: a link elsewhere
 * (a shortener, another site, `javascript:`) is never kept, nor one with credentials or a port.
 */
export function siteAddress(
  site: Pick<SiteDefinition, 'hosts'>,
  raw: string,
  base?: string,
): URL | undefined {
  if (raw.length > MAX_ADDRESS_CHARS) return undefined;
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return undefined;
  }
  const own = url.protocol === 'https:' && site.hosts.includes(url.hostname);
  return own && !url.username && !url.password && !url.port ? url : undefined;
}

/**
 * The post's address among the links the site's success sign holds: the first on the site's own
 * host whose path is a post's (`postDetails.address.path`) and that was not on the page before
 * the press (`before`: a toast left from the post before is not this post). Query and hash are
 * dropped: they carry tracking, never the post.
 */
export function postAddressFrom(
  site: Pick<SiteDefinition, 'hosts' | 'postDetails'>,
  hrefs: readonly string[],
  base: string,
  before: readonly string[] = [],
): string | undefined {
  const path = site.postDetails?.address?.path;
  if (!path) return undefined;
  for (const href of hrefs) {
    const url = siteAddress(site, href, base);
    const address = url && path.test(url.pathname) ? url.origin + url.pathname : undefined;
    if (address && !before.includes(address)) return address;
  }
  return undefined;
}

/** An account name as kept: spaces folded, trimmed, capped; undefined when nothing is left. */
export function cleanAccount(raw: string): string | undefined {
  const value = raw.replace(/\s+/g, ' ').trim().slice(0, MAX_ACCOUNT_CHARS).trim();
  return value || undefined;
}

/** The account from what one reader read (an attribute or a text), or undefined. */
export function accountFrom(reader: AccountReader, raw: string | null): string | undefined {
  const handle = raw?.trim().match(reader.pattern)?.[1];
  return handle ? cleanAccount(reader.as.replace('$1', handle)) : undefined;
}
