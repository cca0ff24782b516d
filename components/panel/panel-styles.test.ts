import { describe, expect, it } from 'vitest';
import { stylePanelTree } from './panel-styles';

/** WXT's shadow tree for a content-script UI: html > head + body, the body being the container. */
function shadowTree() {
  const host = document.createElement('div');
  const shadow = host.attachShadow({ mode: 'open' });
  const html = document.createElement('html');
  const container = document.createElement('body');
  html.append(document.createElement('head'), container);
  shadow.append(html);
  return { shadow, container };
}

describe('the panel’s styles', () => {
  it('go into the shadow tree beside the container, with the panel’s, gate’s and picker’s rules', () => {
    const { shadow, container } = shadowTree();
    stylePanelTree(container);
    const styles = shadow.querySelectorAll('style');
    expect(styles).toHaveLength(1);
    expect(styles[0]!.nextElementSibling).toBe(container);
    const css = styles[0]!.textContent ?? '';
    for (const selector of ['.sapa-panel', '.sapa-gate', '.sapa-picker'])
      expect(css, selector).toContain(selector);
  });

  it('are put in once however often the panel is shown again', () => {
    const { shadow, container } = shadowTree();
    stylePanelTree(container);
    container.replaceChildren();
    stylePanelTree(container);
    expect(shadow.querySelectorAll('style')).toHaveLength(1);
  });
});
