/**
 * Last resort when no method lands: put the text on the clipboard so the person can paste it.
 * The async Clipboard API needs a focused document; the textarea + execCommand('copy') path
 * works from a click handler with the clipboardWrite permission.
 */
export async function copyToClipboard(text: string, container: Element): Promise<boolean> {
  const doc = container.ownerDocument;
  try {
    await doc.defaultView?.navigator.clipboard.writeText(text);
    return true;
  } catch {
    // fall through to the selection-based copy
  }
  const scratch = doc.createElement('textarea');
  scratch.value = text;
  scratch.setAttribute('readonly', '');
  scratch.style.position = 'fixed';
  scratch.style.opacity = '0';
  container.appendChild(scratch);
  scratch.select();
  try {
    return doc.execCommand('copy');
  } catch {
    return false;
  } finally {
    scratch.remove();
  }
}
