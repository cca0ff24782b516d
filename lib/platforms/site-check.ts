import type { PlatformAdapter } from './adapter';
import { isVisible, matchesAny, queryAll } from './dom';

/**
 * The two ways a site changed under Sapa shows on a page: a composer whose publish button Sapa
 * cannot find (a renamed hook on the button), or a visible publish button with no composer Sapa
 * can find (a renamed editor). Either way the check before posting is off there.
 */
export type SiteIssue = 'noPublishButton' | 'noComposer';

const DIALOG = '[role="dialog"], [aria-modal="true"]';

/** Inside a container the site says is not a composer's (Facebook's comment forms, chats). */
function excluded(adapter: PlatformAdapter, element: Element): boolean {
  const list = adapter.definition.exclude;
  return list !== undefined && matchesAny(element, list) !== null;
}

/**
 * Every publish button on the page that a person can see, by hook or by its publish word, that
 * should have a composer beside it: not in an excluded container, and not the later step of a
 * publish in several steps (Facebook's "Post settings" shows Post with the composer gone).
 */
function visiblePublishButtons(adapter: PlatformAdapter, doc: Document): HTMLElement[] {
  const { publishButton, publishButtonText, publishSteps } = adapter.definition;
  const byText = publishButtonText
    ? queryAll(doc, publishButtonText.candidates).filter((el) =>
        publishButtonText.text.test(el.textContent?.trim() ?? ''),
      )
    : [];
  // The later step has no text box at all; a dialog with an editor Sapa cannot name is a
  // renamed composer, the very thing to report.
  const laterStep = (el: HTMLElement) => {
    const step = el.closest<HTMLElement>(DIALOG);
    if (publishSteps === undefined || step === null) return false;
    if (matchesAny(el, publishSteps.finish) === null) return false;
    const editors = Array.from(step.querySelectorAll<HTMLElement>('[contenteditable="true"]'));
    return !editors.some(isVisible);
  };
  return [...queryAll(doc, publishButton), ...byText].filter(
    (el) => isVisible(el) && !excluded(adapter, el) && !laterStep(el),
  );
}

/**
 * The first button of a publish in several steps (Facebook's Next when posting as a Page), beside
 * this composer: enabled or not, it is the composer's way to publish.
 */
function hasStartButton(adapter: PlatformAdapter, doc: Document, composer: HTMLElement): boolean {
  const steps = adapter.definition.publishSteps;
  if (!steps) return false;
  return queryAll(doc, steps.start).some(
    (button) => isVisible(button) && button.closest(`${DIALOG}, form`)?.contains(composer) === true,
  );
}

/** What is wrong with this page for Sapa right now, or null when composer and button agree. */
export function findSiteIssue(adapter: PlatformAdapter, doc: Document): SiteIssue | null {
  const composer = adapter.findComposer();
  if (composer) {
    const found =
      adapter.findPublishButton(composer.element) !== null ||
      hasStartButton(adapter, doc, composer.element);
    return found ? null : 'noPublishButton';
  }
  return visiblePublishButtons(adapter, doc).length > 0 ? 'noComposer' : null;
}
