/**
 * The styles of everything the panel's UI renders (the panel, the publish gate's dialog, the
 * picker at the caret). They travel with the UI script, not the content script: a page gets them
 * only once a composer appears, and the content script need not fetch a stylesheet first, which
 * on a page load held the panel back by 60–90 ms (bench:panel, X).
 */
import panelCss from './panel.css?inline';
import gateCss from '@/components/gate/gate.css?inline';
import pickerCss from '@/components/quick-picker/quick-picker.css?inline';

const STYLES_MARK = 'data-sapa-styles';

/**
 * Puts the styles into the panel's shadow tree once, beside the container React renders into
 * (React empties its container when it first renders there). The shadow tree outlives a removed
 * panel, so a panel shown again finds its styles in place.
 */
export function stylePanelTree(container: HTMLElement): void {
  const parent = container.parentNode;
  if (!parent || parent.querySelector(`:scope > style[${STYLES_MARK}]`)) return;
  const style = container.ownerDocument.createElement('style');
  style.setAttribute(STYLES_MARK, '');
  style.textContent = [panelCss, gateCss, pickerCss].join('\n');
  container.before(style);
}
