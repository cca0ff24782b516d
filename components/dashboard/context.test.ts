import { describe, expect, it } from 'vitest';
import { tagPieces, typedTags } from './context';

describe('typed lists of tags', () => {
  it('are split at spaces, new lines, commas and semicolons', () => {
    expect(tagPieces(' #BulanBuku,#GemarMembaca;\nbukan-tagar  ')).toEqual([
      '#BulanBuku',
      '#GemarMembaca',
      'bukan-tagar',
    ]);
  });

  it('give each tag once, without its #', () => {
    expect(typedTags('#PerpusKota #GemarMembaca\n#PerpusKota, # ;')).toEqual([
      'PerpusKota',
      'GemarMembaca',
    ]);
  });
});
