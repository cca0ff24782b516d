/**
 * A record's MODS (`index.php?p=show_detail&inXML=true&id=N`) → call number and input date.
 * SLiMS 9 writes it in `MODSoutput()` of lib/detail.inc.php: `<modsCollection><mods id="N">` with
 * `location/shelfLocator` (the call number) and `recordInfo/recordCreationDate` (`input_date`).
 * With `enable_xml_detail` off it answers the plain text "XML Detail is disabled".
 */
import { SWITCHED_OFF_TEXT, isSlimsHtml, looksLikeHtml, stripBom } from './detect';
import { slimsDate } from './dates';
import { fail, ok, type CatalogueDetails, type Result } from './types';
import { attr, child, parseXml, textOf } from './xml';

export function parseMods(body: string, contentType?: string | null): Result<CatalogueDetails> {
  const text = stripBom(body).trim();
  if (text.startsWith(SWITCHED_OFF_TEXT.mods))
    return fail({ code: 'switched-off', output: 'mods' });
  if (looksLikeHtml(text, contentType)) {
    return fail({ code: isSlimsHtml(text) ? 'switched-off' : 'not-slims', output: 'mods' });
  }
  if (!text.startsWith('<')) return fail({ code: 'not-slims', output: 'mods' });
  const xml = parseXml(text);
  if (!xml.ok) {
    return /<modsCollection[\s>]/.test(text)
      ? fail({ code: 'malformed', output: 'mods', detail: xml.detail })
      : fail({ code: 'not-slims', output: 'mods' });
  }
  const mods = child(child(xml.root, 'modsCollection'), 'mods');
  if (!mods) return fail({ code: 'not-slims', output: 'mods' });
  const info = child(mods, 'recordInfo');
  const biblioId = attr(mods, 'id') ?? textOf(child(info, 'recordIdentifier'));
  if (!/^\d+$/.test(biblioId)) {
    return fail({ code: 'malformed', output: 'mods', detail: 'no record id' });
  }
  return ok({
    biblioId,
    callNumber: textOf(child(child(mods, 'location'), 'shelfLocator')) || null,
    inputDate: slimsDate(textOf(child(info, 'recordCreationDate'))),
  });
}
