/**
 * Telling a SLiMS answer that is not the data asked for from a site that is not SLiMS at all.
 * Only what the SLiMS 9 source guarantees is used (docs/slims.md).
 */

/** The media type of a Content-Type header, lower case, without parameters. */
export function mimeOf(contentType: string | null | undefined): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function looksLikeHtml(body: string, contentType?: string | null): boolean {
  const mime = mimeOf(contentType);
  if (mime === 'text/html' || mime === 'application/xhtml+xml') return true;
  return /^\s*<(!doctype\s+html|html[\s>])/i.test(stripBom(body));
}

/**
 * An OPAC page of SLiMS: its templates write `<meta name="generator" content="SLiMS 9 …">`
 * (template/default/parts/header.php, SENAYAN_VERSION), and the search results carry the
 * "JSON Result" link (`jsonResultLink`, lib/contents/default.inc.php) even when the JSON-LD
 * output is switched off, which is when SLiMS answers a JSON-LD request with this page.
 */
export function isSlimsHtml(body: string): boolean {
  return (
    /<meta\s+name=["']generator["']\s+content=["'](SLiMS|Senayan)/i.test(body) ||
    body.includes('jsonResultLink')
  );
}

/** SLiMS's plain-text answers when an output is switched off in its configuration. */
export const SWITCHED_OFF_TEXT = {
  /** lib/contents/show_detail.inc.php, `enable_xml_detail` false. */
  mods: 'XML Detail is disabled',
  /** oai.php, `$sysconf['OAI']['enable']` false (an `<error code="badVerb">`). */
  oai: 'OAI Repository disabled',
} as const;
