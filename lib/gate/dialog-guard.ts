/**
 * Whether the gate's dialog can be seen. The gate only holds a press while the person can see why
 * (issue: a press held with no dialog is a post lost without a word), so before holding it asks
 * whether the dialog's host can show, and after holding whether the dialog did show.
 */

/** The rendered dialog, inside the panel's shadow root. */
export const GATE_DIALOG_SELECTOR = '.sapa-gate[role="alertdialog"]';

/** Why a press went through unchecked although the checklist would have held it. */
export type UncheckedReason = 'noComposer' | 'noDialog';

function laidOut(element: Element): boolean {
  if (!element.isConnected || element.getClientRects().length === 0) return false;
  const style = element.ownerDocument.defaultView?.getComputedStyle(element);
  return !style || (style.display !== 'none' && style.visibility !== 'hidden');
}

/**
 * The panel's host is in the page and laid out (the page did not remove or hide it; WXT removes
 * the host when the panel is taken away), and React has rendered into its container (a render
 * error unmounts the whole tree, the gate's dialog with it).
 */
export function hostCanShow(
  host: Element | null | undefined,
  container: Element | null | undefined,
): boolean {
  if (!host || !container || !laidOut(host)) return false;
  return container.isConnected && container.childElementCount > 0;
}

/** The dialog is in the page, has a box, and at least part of it is inside the window. */
export function dialogOnScreen(dialog: Element | null | undefined, win: Window): boolean {
  if (!dialog || !laidOut(dialog)) return false;
  const rect = dialog.getBoundingClientRect();
  if (rect.width <= 0 || rect.height <= 0) return false;
  return (
    rect.bottom > 0 && rect.right > 0 && rect.top < win.innerHeight && rect.left < win.innerWidth
  );
}
