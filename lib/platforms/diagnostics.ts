import { isVisible, queryAll } from './dom';
import type { SelectorList, SiteDefinition } from './site';

/** What a named selector list is for on the site. */
export type SelectorRole = 'composer' | 'scope' | 'publish' | 'publishByText' | 'success';

/**
 * How one named list fared on a page: counts only, never an element's text or attributes, so a
 * report can be pasted into an issue without carrying anything the person wrote.
 */
export interface SelectorResult {
  readonly name: string;
  readonly role: SelectorRole;
  /** Elements found by each selector of the list, in the list's order. */
  readonly perSelector: readonly number[];
  /** Elements found by the whole list (without duplicates), and how many of them are visible. */
  readonly found: number;
  readonly visible: number;
  /** For publish buttons found by their text: how many candidates carry the publish word. */
  readonly textMatches?: number;
}

function resultFor(
  doc: Document,
  list: SelectorList,
  role: SelectorRole,
  textMatches?: (els: HTMLElement[]) => number,
): SelectorResult {
  const perSelector = list.selectors.map((selector) => safeCount(doc, selector));
  const found = queryAll(doc, list);
  return {
    name: list.name,
    role,
    perSelector,
    found: found.length,
    visible: found.filter(isVisible).length,
    ...(textMatches ? { textMatches: textMatches(found) } : {}),
  };
}

function safeCount(doc: Document, selector: string): number {
  try {
    return doc.querySelectorAll(selector).length;
  } catch {
    return -1;
  }
}

/**
 * Which of a site's named selector lists match in a document: the composer, its scope, the
 * publish button (by hook and by text) and the success element. A pure look at the document,
 * for the "Copy diagnostics" button and for tests.
 */
export function reportSelectors(site: SiteDefinition, doc: Document): SelectorResult[] {
  const results = [resultFor(doc, site.composer, 'composer')];
  if (site.scope) results.push(resultFor(doc, site.scope, 'scope'));
  if (site.publishButton.selectors.length > 0)
    results.push(resultFor(doc, site.publishButton, 'publish'));
  const byText = site.publishButtonText;
  if (byText) {
    const withWord = (els: HTMLElement[]) =>
      els.filter((el) => byText.text.test(el.textContent?.trim() ?? '')).length;
    results.push(resultFor(doc, byText.candidates, 'publishByText', withWord));
  }
  if (site.success.appears) results.push(resultFor(doc, site.success.appears, 'success'));
  return results;
}

export interface DiagnosticsInput {
  platform: string;
  /** The page's path only: a query or a hash can carry personal data. */
  path: string;
  version: string;
  issue: string | null;
  selectors: readonly SelectorResult[];
}

/** A path with any query or hash cut off, whatever the caller passed. */
export function bareUrlPath(path: string): string {
  return path.replace(/[?#].*$/s, '') || '/';
}

function selectorLine(result: SelectorResult): string {
  const counts = result.perSelector.map((count, i) => `#${i + 1}=${count}`).join(' ');
  const text = result.textMatches === undefined ? '' : `, with publish word ${result.textMatches}`;
  const verdict = result.visible > 0 ? 'matched' : result.found > 0 ? 'hidden' : 'unmatched';
  return `- ${result.name} (${result.role}): ${verdict}; found ${result.found}, visible ${result.visible}${text} [${counts}]`;
}

/**
 * The text "Copy diagnostics" puts on the clipboard: for a bug report, so it is written for
 * developers in English (like a version number, it is not part of the interface).
 */
export function formatDiagnostics(input: DiagnosticsInput): string {
  return [
    'Sapa diagnostics',
    `Sapa version: ${input.version}`,
    `Platform: ${input.platform}`,
    `Page path: ${bareUrlPath(input.path)}`,
    `Issue: ${input.issue ?? 'none'}`,
    'Selectors:',
    ...input.selectors.map(selectorLine),
  ].join('\n');
}
