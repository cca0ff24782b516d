/** Who this browser acts as in the calendar's rules. */
import type { Actor } from './status';
import type { TeamMemberRecord } from './types';

/**
 * The role this browser acts with: its named role; in a team where nobody is named yet (a
 * library of one), the coordinator's, so one person can move a plan all the way; a browser
 * the team has not named yet acts as a writer.
 */
export function actorFor(memberId: string, members: readonly TeamMemberRecord[]): Actor {
  const named = members.find((m) => m.id === memberId);
  if (named) return { id: memberId, role: named.role };
  return { id: memberId, role: members.length ? 'writer' : 'coordinator' };
}
