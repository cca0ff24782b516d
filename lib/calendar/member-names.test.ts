import { describe, expect, it } from 'vitest';
import { memberNames } from './member-names';

describe('memberNames', () => {
  it('gives the name the team gave a member, and nothing for an id no one named', () => {
    const nameOf = memberNames([
      { id: 'member-budi', displayName: 'Budi Santoso' },
      { id: 'member-sari', displayName: 'Sari Dewi' },
    ]);
    expect(nameOf('member-sari')).toBe('Sari Dewi');
    expect(nameOf('member-budi')).toBe('Budi Santoso');
    expect(nameOf('member-gone')).toBeUndefined();
    expect(nameOf(undefined)).toBeUndefined();
    expect(memberNames([])('member-budi')).toBeUndefined();
  });
});
