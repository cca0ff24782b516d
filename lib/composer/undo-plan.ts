/**
 * What Undo after Sapa wrote into the composer should do. Pure: the session reads the composer
 * and acts; this only decides.
 *
 * Sapa keeps the composer's text from just before and just after its last write. Undo asks the
 * editor's own history first (so the editor's state and its redo stay right); if the text is not
 * then what it was before, the text from before is written back through the usual insertion.
 */
import { normaliseEditorText } from '@/lib/editors/text';

export interface UndoRecord {
  /** The composer Sapa wrote into. */
  composerKey: string | null;
  before: string;
  after: string;
}

const same = (a: string, b: string) =>
  normaliseEditorText(a).trimEnd() === normaliseEditorText(b).trimEnd();

/**
 * `history`: the composer is as Sapa left it, so its own undo goes first; `changed`: the person
 * wrote in it since (an undo now would take their words too); `none`: nothing to undo here.
 */
export function undoStart(
  record: UndoRecord | null,
  now: { composerKey: string | null; text: string } | null,
): 'history' | 'changed' | 'none' {
  if (!record || !now || now.composerKey !== record.composerKey) return 'none';
  return same(now.text, record.after) ? 'history' : 'changed';
}

/**
 * After the editor's own undo: `undone` when the text is as before; `restore` to write the text
 * from before in place of what is there; `failed` when there is nothing to write back (the
 * composer was empty before, and writing nothing is no insertion).
 */
export function afterHistoryUndo(
  record: UndoRecord,
  text: string,
): 'undone' | 'restore' | 'failed' {
  if (same(text, record.before)) return 'undone';
  return record.before.trim() ? 'restore' : 'failed';
}
