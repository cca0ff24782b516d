/** The clipboard, the last resort when no insertion method lands. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyToClipboard } from './clipboard';

function clipboard(writeText: (text: string) => Promise<void>): void {
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
}

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('copyToClipboard', () => {
  it('writes the text with the Clipboard API when the page allows it', async () => {
    const written: string[] = [];
    clipboard(async (text) => void written.push(text));
    const execCommand = vi.fn(() => true);
    Object.defineProperty(document, 'execCommand', { configurable: true, value: execCommand });
    await expect(copyToClipboard('Halo #perpus', document.body)).resolves.toBe(true);
    expect(written).toEqual(['Halo #perpus']);
    expect(execCommand).not.toHaveBeenCalled();
  });

  it('copies from a hidden, read-only box in the panel otherwise, and removes the box', async () => {
    clipboard(() => Promise.reject(new DOMException('Document is not focused', 'NotAllowedError')));
    const panel = document.createElement('div');
    document.body.append(panel);
    let atCopy: { value: string; readOnly: boolean; position: string; opacity: string } | null =
      null;
    let selected = '';
    const execCommand = vi.fn((command: string) => {
      const box = panel.querySelector('textarea')!;
      atCopy = {
        value: box.value,
        readOnly: box.readOnly,
        position: box.style.position,
        opacity: box.style.opacity,
      };
      selected = box.value.slice(box.selectionStart, box.selectionEnd);
      return command === 'copy';
    });
    Object.defineProperty(document, 'execCommand', { configurable: true, value: execCommand });
    await expect(copyToClipboard('Halo #perpus', panel)).resolves.toBe(true);
    expect(execCommand).toHaveBeenCalledWith('copy');
    expect(atCopy).toEqual({
      value: 'Halo #perpus',
      readOnly: true,
      position: 'fixed',
      opacity: '0',
    });
    expect(selected).toBe('Halo #perpus');
    expect(panel.querySelector('textarea')).toBeNull();
  });

  it('says it could not copy when the browser refuses both ways, and leaves no box', async () => {
    clipboard(() => Promise.reject(new Error('denied')));
    Object.defineProperty(document, 'execCommand', {
      configurable: true,
      value: () => {
        throw new Error('not supported');
      },
    });
    await expect(copyToClipboard('Halo', document.body)).resolves.toBe(false);
    expect(document.querySelector('textarea')).toBeNull();
  });
});
