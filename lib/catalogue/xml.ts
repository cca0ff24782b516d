/**
 * XML as plain objects, with fast-xml-parser: pure JavaScript, so it runs in the MV3 service
 * worker, which has no DOMParser. Every element becomes an array (repeated or not), so readers
 * never guess; namespace prefixes are dropped (`dc:identifier` → `identifier`), values stay text
 * (a call number such as "297.2" must not become a number), and no DTD or entity is fetched.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** One element: attributes as `@_name`, text as `#text`, children by local name. */
export interface XmlNode {
  [key: string]: XmlNode[] | string | undefined;
}

// Made on first use: in the service worker the parser's library is loaded only when a catalogue
// is read (lib/worker-parts).
let parser: XMLParser | undefined;
const xmlParser = (): XMLParser =>
  (parser ??= new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    alwaysCreateTextNode: true,
    ignoreDeclaration: true,
    ignorePiTags: true,
    processEntities: true,
    htmlEntities: false,
    isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
  }));

export type XmlResult = { ok: true; root: XmlNode } | { ok: false; detail: string };

/** The document, or why it is not well-formed XML (a cut-off answer is not). */
export function parseXml(text: string): XmlResult {
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    return { ok: false, detail: `${valid.err.code} at line ${valid.err.line}: ${valid.err.msg}` };
  }
  try {
    return { ok: true, root: xmlParser().parse(text) as XmlNode };
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
}

/** The child elements named `name` (local name). */
export function children(node: XmlNode | undefined, name: string): XmlNode[] {
  const value = node?.[name];
  return Array.isArray(value) ? value : [];
}

/** The first child named `name`. */
export function child(node: XmlNode | undefined, name: string): XmlNode | undefined {
  return children(node, name)[0];
}

/** An element's own text, trimmed ('' when none). */
export function textOf(node: XmlNode | undefined): string {
  const value = node?.['#text'];
  return typeof value === 'string' ? value.trim() : '';
}

export function attr(node: XmlNode | undefined, name: string): string | undefined {
  const value = node?.[`@_${name}`];
  return typeof value === 'string' ? value : undefined;
}
