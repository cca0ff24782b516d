import { afterEach, describe, expect, it } from 'vitest';
import { giveBox } from '@/tests/support/resize-observer';
import { dialogOnScreen, hostCanShow } from './dialog-guard';

/** The panel's host with its shadow root and React's container, as WXT builds it. */
function panelHost(rendered = true) {
  const host = document.createElement('sapa-panel');
  const container = document.createElement('div');
  host.attachShadow({ mode: 'open' }).append(container);
  if (rendered) container.append(document.createElement('aside'));
  document.body.append(host);
  giveBox(host);
  return { host, container };
}

afterEach(() => document.body.replaceChildren());

describe('hostCanShow', () => {
  it('is true for a mounted, rendered panel in the page', () => {
    const { host, container } = panelHost();
    expect(hostCanShow(host, container)).toBe(true);
  });

  it('is false when the page removed the host, or the panel is not mounted', () => {
    const { host, container } = panelHost();
    host.remove();
    expect(hostCanShow(host, container)).toBe(false);
    expect(hostCanShow(null, null)).toBe(false);
  });

  it('is false when the page hides the host', () => {
    const { host, container } = panelHost();
    host.style.setProperty('display', 'none');
    expect(hostCanShow(host, container)).toBe(false);
    host.style.setProperty('display', 'block');
    host.style.setProperty('visibility', 'hidden');
    expect(hostCanShow(host, container)).toBe(false);
  });

  it('is false when React rendered nothing into the container (a render error unmounts it)', () => {
    const { host, container } = panelHost(false);
    expect(hostCanShow(host, container)).toBe(false);
  });
});

describe('dialogOnScreen', () => {
  const dialog = (box: { top: number; left: number; width: number; height: number }) => {
    const el = document.createElement('div');
    document.body.append(el);
    giveBox(el, box);
    return el;
  };

  it('is true for a dialog inside the window', () => {
    expect(dialogOnScreen(dialog({ top: 100, left: 100, width: 320, height: 200 }), window)).toBe(
      true,
    );
  });

  it('is false for a dialog off screen, without a box, or missing', () => {
    expect(dialogOnScreen(dialog({ top: -400, left: 100, width: 320, height: 200 }), window)).toBe(
      false,
    );
    expect(
      dialogOnScreen(
        dialog({ top: window.innerHeight + 10, left: 0, width: 320, height: 200 }),
        window,
      ),
    ).toBe(false);
    expect(dialogOnScreen(dialog({ top: 10, left: 10, width: 0, height: 0 }), window)).toBe(false);
    expect(dialogOnScreen(null, window)).toBe(false);
  });
});
