import { measurePost } from './measure';

describe('measurePost', () => {
  it('counts X by weight: a link is 23 and an emoji 2', () => {
    expect(measurePost('Baca https://perpustakaan.example.id/koleksi-baru 📚', 'x')).toEqual({
      used: 5 + 23 + 1 + 2,
      limit: 280,
      over: false,
    });
  });

  it('counts the other platforms in graphemes: a family emoji is one', () => {
    expect(measurePost('Halo 👨‍👩‍👧', 'instagram')).toEqual({ used: 6, limit: 2200, over: false });
  });

  it('uses X Premium’s limit when the account has it, and says when a post is over', () => {
    const long = 'a'.repeat(300);
    expect(measurePost(long, 'x')).toEqual({ used: 300, limit: 280, over: true });
    expect(measurePost(long, 'x', true)).toEqual({ used: 300, limit: 25_000, over: false });
    expect(measurePost('a'.repeat(280), 'x').over).toBe(false);
  });
});
