/**
 * The addresses Sapa asks a SLiMS catalogue for, all built on the library's base address (the
 * OPAC's folder, e.g. `https://lib.example.ac.id/` or `https://example.ac.id/slims/`).
 *
 * SLiMS writes its own links as `'http://' . $_SERVER['SERVER_NAME'] . SWB` (the JSON-LD `@id`,
 * see docs/slims.md): plain http even on an HTTPS site, and without the port. Sapa never follows
 * those links; it takes the record id out of them and rebuilds the link on the base address.
 */

/** The thumbnail width SLiMS's own OAI-PMH Dublin Core links to (lib/oaipmh/record_dc.php). */
export const DEFAULT_THUMB_WIDTH = 200;

/**
 * The base address as a URL string ending in `/`, or null when it is not an http(s) address.
 * Accepts what a librarian pastes: no scheme (https is assumed), a trailing `index.php`, a query.
 */
export function normaliseBase(input: string): string | null {
  const trimmed = input.trim();
  if (!trimmed) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (!url.hostname) return null;
  url.search = '';
  url.hash = '';
  url.username = '';
  url.password = '';
  // The OPAC is `<base>/index.php`; a pasted page address keeps only its folder.
  url.pathname = url.pathname.replace(/\/[^/]*\.php$/i, '/');
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.toString();
}

/** The origin a browser must be allowed to reach (for a runtime host permission). */
export function originPattern(base: string): string {
  return `${new URL(base).origin}/*`;
}

function at(base: string, path: string, params: Record<string, string>): string {
  const url = new URL(path, base);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return url.toString();
}

/** OPAC search, every title, most recently added first, as JSON-LD (lib/contents/default.inc.php). */
export function searchUrl(base: string, page: number): string {
  return at(base, 'index.php', {
    search: 'search',
    keywords: '',
    filter: JSON.stringify({ sort: 'recently-added' }),
    JSONLD: 'true',
    page: String(page),
  });
}

/** OAI-PMH ListRecords in Dublin Core, records entered since `from` (YYYY-MM-DD), when given. */
export function oaiListUrl(base: string, from?: string): string {
  return at(base, 'oai2.php', {
    verb: 'ListRecords',
    metadataPrefix: 'oai_dc',
    ...(from ? { from } : {}),
  });
}

/** The next OAI-PMH page: the token alone (oai2.php rejects other arguments beside it). */
export function oaiResumeUrl(base: string, token: string): string {
  return at(base, 'oai2.php', { verb: 'ListRecords', resumptionToken: token });
}

/** One record in MODS (lib/contents/show_detail.inc.php, `inXML`). */
export function modsUrl(base: string, biblioId: string): string {
  return at(base, 'index.php', { p: 'show_detail', inXML: 'true', id: biblioId });
}

/** The record's page in the OPAC, on the library's own scheme, host and folder. */
export function detailUrl(base: string, biblioId: string): string {
  return at(base, 'index.php', { p: 'show_detail', id: biblioId });
}

/** A cover thumbnail from SLiMS's minigalnano (lib/minigalnano/createthumb.php). */
export function coverUrl(base: string, file: string, width = DEFAULT_THUMB_WIDTH): string {
  return at(base, 'lib/minigalnano/createthumb.php', {
    filename: `images/docs/${file}`,
    width: String(width),
  });
}

/**
 * The record id in a link SLiMS wrote (`…index.php?p=show_detail&id=42`), or null. Only the id
 * is trusted: the scheme, host and port SLiMS wrote may be wrong.
 */
export function biblioIdFromLink(link: string): string | null {
  let url: URL;
  try {
    url = new URL(link, 'http://slims.invalid/');
  } catch {
    return null;
  }
  const id = url.searchParams.get('id');
  return id && /^\d+$/.test(id) ? id : null;
}

/** The host of an address, for messages. */
export function hostOf(address: string): string {
  try {
    return new URL(address).host;
  } catch {
    return address;
  }
}
