import { normaliseShortcut, shortcutProblem } from '@/lib/text/shortcut';
import { DbError } from '../errors';

/**
 * A template's or hashtag set's shortcut as stored: normalised, '' for none. One a pack would
 * refuse is refused here too (uniqueness is the dashboard's to check, with its message).
 */
export function cleanShortcut(value: string, operation: string): string {
  const problem = shortcutProblem(value, []);
  if (problem)
    throw new DbError('invalid', operation, { message: `Not a shortcut (${problem}): ${value}` });
  return normaliseShortcut(value);
}
