import { describe, expect, it } from 'vitest';
import { readEditorText } from './read';

/** An editor root holding hand-written markup as the editor library renders it. */
function element(markup: string): HTMLElement {
  const parsed = new DOMParser().parseFromString(`<div>${markup}</div>`, 'text/html');
  return document.adoptNode(parsed.body.firstElementChild as HTMLElement);
}

describe('readEditorText', () => {
  it('reads Lexical paragraphs one per line, with empty paragraphs as blank lines', () => {
    const root = element(
      '<p><span data-lexical-text="true">Koleksi baru</span></p><p><br></p>' +
        '<p><span data-lexical-text="true">Sabtu</span><br><span data-lexical-text="true">pukul 10.00</span></p>',
    );
    expect(readEditorText(root, 'lexical')).toBe('Koleksi baru\n\nSabtu\npukul 10.00');
  });

  it('reads Draft.js blocks from their text leaves', () => {
    const root = element(
      '<div data-contents="true">' +
        '<div data-block="true"><span><span data-text="true">Halo&nbsp;perpus</span></span></div>' +
        '<div data-block="true"><span><br data-text="true"></span></div>' +
        '<div data-block="true"><span><span data-text="true">#GemarMembaca</span></span></div></div>',
    );
    expect(readEditorText(root, 'draft')).toBe('Halo perpus\n\n#GemarMembaca');
  });

  it('reads Lexical list items one per line, and drops the placeholder after a last break', () => {
    const root = element(
      '<p><span data-lexical-text="true">Syarat:</span><br></p>' +
        '<ul><li><span data-lexical-text="true">KTP</span></li><li><span data-lexical-text="true">Foto</span></li></ul>' +
        '<ol><li><span data-lexical-text="true">Isi formulir</span></li>' +
        '<li><span data-lexical-text="true">Kirim</span></li></ol>',
    );
    expect(readEditorText(root, 'lexical')).toBe('Syarat:\nKTP\nFoto\nIsi formulir\nKirim');
  });

  it('joins the leaves of a Draft.js block, and reads an editor without blocks as text', () => {
    const root = element(
      '<div data-contents="true"><div data-block="true">' +
        '<span><span data-text="true">Baca </span></span><span><span data-text="true">#Buku</span></span>' +
        '<span><span data-text="true">Baru</span></span></div></div>',
    );
    expect(readEditorText(root, 'draft')).toBe('Baca #BukuBaru');
    expect(readEditorText(element('Halo\u00a0perpus'), 'draft')).toBe('Halo perpus');
  });

  it('reads a text field’s value', () => {
    const field = document.createElement('input');
    field.value = 'Halo\u00a0perpus';
    expect(readEditorText(field, 'textarea')).toBe('Halo perpus');
  });

  it('reads a textarea’s value', () => {
    const field = document.createElement('textarea');
    field.value = 'baris satu\nbaris dua';
    expect(readEditorText(field, 'textarea')).toBe('baris satu\nbaris dua');
  });
});
