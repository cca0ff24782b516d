import { describe, expect, it } from 'vitest';
import { countGraphemes, insertionLanded, normaliseEditorText } from './text';

describe('normaliseEditorText', () => {
  it('turns the editors’ non-breaking spaces and caret anchors back into plain text', () => {
    expect(normaliseEditorText('Halo\u00a0perpus\u200b\r\nkota\ufeff')).toBe('Halo perpus\nkota');
  });
});

describe('insertionLanded', () => {
  const caption = 'Koleksi baru 📚\n\n#BulanBuku';

  it('replace: the editor holds exactly the text, trailing blank lines aside', () => {
    expect(insertionLanded('lama', `${caption}\n`, caption, 'replace')).toBe(true);
    expect(insertionLanded('lama', `lama${caption}`, caption, 'replace')).toBe(false);
  });

  it('caret: the text appears once more than before', () => {
    expect(insertionLanded('Halo perpus', `Halo ${caption}perpus`, caption, 'caret')).toBe(true);
    expect(insertionLanded('Halo perpus', 'Halo perpus', caption, 'caret')).toBe(false);
    // Already there once: only a second copy counts as landing.
    expect(insertionLanded(caption, caption, caption, 'caret')).toBe(false);
    expect(insertionLanded(caption, caption + caption, caption, 'caret')).toBe(true);
  });

  it('a Draft.js editor that dropped the paragraph breaks did not land', () => {
    expect(insertionLanded('', 'Koleksi baru 📚#BulanBuku', caption, 'caret')).toBe(false);
  });
});

describe('countGraphemes', () => {
  it('counts a family emoji and a flag as one character each', () => {
    expect(countGraphemes('👩‍👧🇮🇩a')).toBe(3);
  });
});
