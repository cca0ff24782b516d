/**
 * The note a content script cut off from the extension leaves on the page when no newer copy
 * took over: its panel is gone (WXT removed it with the context), so this is plain DOM in a
 * shadow root of its own, built with textContent, in a corner, with a button to close it.
 */
export const PAUSED_NOTICE_TAG = 'sapa-saving-paused';

const NOTICE_CSS = `:host { all: initial; position: fixed; right: 16px; bottom: 16px;
  z-index: 2147483000; max-width: 320px; }
div { font: 13px/1.4 system-ui, sans-serif; color: #1f2328; background: #fff8e1;
  border-left: 4px solid #b26a00; border-radius: 6px; padding: 10px 12px;
  box-shadow: 0 2px 10px rgb(0 0 0 / 25%); display: flex; gap: 8px; align-items: flex-start; }
p { margin: 0; flex: 1; }
button { font: inherit; border: 1px solid #b26a00; background: #fff; border-radius: 4px;
  cursor: pointer; padding: 2px 8px; }`;

export function showPausedNotice(doc: Document, text: string, closeLabel: string): HTMLElement {
  doc.querySelector(PAUSED_NOTICE_TAG)?.remove();
  const host = doc.createElement(PAUSED_NOTICE_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = NOTICE_CSS;
  const box = doc.createElement('div');
  box.setAttribute('role', 'alert');
  const message = doc.createElement('p');
  message.textContent = text;
  const close = doc.createElement('button');
  close.type = 'button';
  close.textContent = closeLabel;
  close.addEventListener('click', () => host.remove());
  box.append(message, close);
  shadow.append(style, box);
  (doc.body ?? doc.documentElement).append(host);
  return host;
}
