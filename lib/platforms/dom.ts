import type { SelectorList } from './types';

/** All elements matching any selector of the list, in document order, without duplicates. */
export function queryAll(root: ParentNode, list: SelectorList): HTMLElement[] {
  const found = new Set<HTMLElement>();
  for (const selector of list.selectors) {
    root.querySelectorAll<HTMLElement>(selector).forEach((el) => found.add(el));
  }
  return [...found];
}

export function matchesAny(element: Element, list: SelectorList): Element | null {
  for (const selector of list.selectors) {
    const hit = element.closest(selector);
    if (hit) return hit;
  }
  return null;
}

/**
 * Whether a person can see the element: Facebook keeps hidden copies of its composer under
 * aria-hidden ancestors, and X keeps composers in collapsed containers.
 */
export function isVisible(element: HTMLElement): boolean {
  if (!element.isConnected) return false;
  if (element.closest('[aria-hidden="true"], [hidden], [inert]')) return false;
  const view = element.ownerDocument.defaultView;
  const rects = element.getClientRects();
  if (rects.length === 0) return false;
  const style = view?.getComputedStyle(element);
  if (style && (style.visibility === 'hidden' || style.display === 'none')) return false;
  return true;
}

/** Disabled the ways these sites disable buttons: attribute, aria-disabled, TikTok's data-disabled. */
export function isDisabledButton(element: Element): boolean {
  return (
    element.hasAttribute('disabled') ||
    element.getAttribute('aria-disabled') === 'true' ||
    element.getAttribute('data-disabled') === 'true'
  );
}
