/** The editor libraries behind the composers: Lexical (Instagram, Facebook), Draft.js (X, TikTok). */
export type EditorKind = 'lexical' | 'draft' | 'textarea';

export type InsertMode = 'caret' | 'replace';

export type InsertMethodName = 'paste' | 'execCommand' | 'beforeinput' | 'nativeValue';

export type InsertOutcome =
  | { status: 'inserted'; method: InsertMethodName }
  /** Nothing landed; the text went to the clipboard (or could not, `copied: false`). */
  | { status: 'clipboard'; copied: boolean; reason: 'nothing-landed' | 'partial' | 'no-composer' };
