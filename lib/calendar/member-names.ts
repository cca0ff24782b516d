/** Team members by the names the team gave them (the calendar's team list). */
import type { TeamMemberRecord } from './types';

/**
 * Looks members' names up by id: the name the team gave, or undefined for an id no one named
 * (a removed member, a browser never named). Each caller says what an unnamed member is called
 * where it shows one; the lookup is built once per member list.
 */
export function memberNames(
  members: readonly Pick<TeamMemberRecord, 'id' | 'displayName'>[],
): (id: string | undefined) => string | undefined {
  const names = new Map(members.map((m) => [m.id, m.displayName] as const));
  return (id) => (id === undefined ? undefined : names.get(id));
}
