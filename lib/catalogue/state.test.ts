import { describe, expect, it } from 'vitest';
import { connectedState, markPosted, MAX_POSTED_IDS, newArrivalsOf } from './state';
import type { CatalogueTitle } from './types';

const title = (biblioId: string): CatalogueTitle => ({
  biblioId,
  title: `T${biblioId}`,
  authors: [],
  isbn: null,
  publisher: null,
  year: null,
  coverFile: null,
  detailUrl: `https://lib.example/index.php?p=show_detail&id=${biblioId}`,
  callNumber: null,
  inputDate: null,
});

describe('new arrivals since the last post', () => {
  const state = {
    ...connectedState('https://lib.example/', 1),
    titles: ['3', '2', '1'].map(title),
  };

  it('are the titles not posted yet, newest first', () => {
    const posted = markPosted(state, ['2'], 50);
    expect(newArrivalsOf(posted).map((t) => t.biblioId)).toEqual(['3', '1']);
    expect(posted.lastPostedAt).toBe(50);
  });

  it('ignores ids the list does not have and ones already posted', () => {
    const once = markPosted(state, ['2'], 50);
    expect(markPosted(once, ['2', '99'], 60)).toBe(once);
  });

  it('remembers a bounded number of posted ids, the newest kept', () => {
    const many = Array.from({ length: MAX_POSTED_IDS + 5 }, (_, i) => String(i));
    const big = { ...state, titles: many.map(title) };
    const posted = markPosted(big, many, 1);
    expect(posted.posted).toHaveLength(MAX_POSTED_IDS);
    expect(posted.posted.at(-1)).toBe(many.at(-1));
  });
});
