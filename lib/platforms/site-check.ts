import type { PlatformAdapter } from './adapter';
import { isVisible, queryAll } from './dom';

/**
 * The two ways a site changed under Sapa shows on a page: a composer whose publish button Sapa
 * cannot find (a renamed hook on the button), or a visible publish button with no composer Sapa
 * can find (a renamed editor). Either way the check before posting is off there.
 */
export type SiteIssue = 'noPublishButton' | 'noComposer';

/** Every publish button on the page that a person can see, by hook or by its publish word. */
function visiblePublishButtons(adapter: PlatformAdapter, doc: Document): HTMLElement[] {
  const { publishButton, publishButtonText } = adapter.definition;
  const byText = publishButtonText
    ? queryAll(doc, publishButtonText.candidates).filter((el) =>
        publishButtonText.text.test(el.textContent?.trim() ?? ''),
      )
    : [];
  return [...queryAll(doc, publishButton), ...byText].filter(isVisible);
}

/** What is wrong with this page for Sapa right now, or null when composer and button agree. */
export function findSiteIssue(adapter: PlatformAdapter, doc: Document): SiteIssue | null {
  const composer = adapter.findComposer();
  if (composer) return adapter.findPublishButton(composer.element) ? null : 'noPublishButton';
  return visiblePublishButtons(adapter, doc).length > 0 ? 'noComposer' : null;
}
