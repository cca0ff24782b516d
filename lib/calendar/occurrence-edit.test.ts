import { describe, expect, it } from 'vitest';
import {
  editedOver,
  followingValues,
  occurrenceChanges,
  seriesValues,
  type EditedFields,
} from './occurrence-edit';

const opened: EditedFields = {
  date: '2026-03-17',
  time: '09:00',
  title: 'Koleksi baru (edisi Maret)',
  caption: 'Buku baru!',
  assignee: 'member-ana',
  notes: '',
  platforms: ['instagram'],
  templateId: '',
  hashtagSetId: '',
  reviewer: '',
};

describe('saving an opened occurrence', () => {
  it('"only this occurrence" keeps just what the person changed', () => {
    const after = { ...opened, time: '14:00', date: '2026-03-18', title: ' Koleksi baru ' };
    expect(occurrenceChanges(opened, after, false)).toEqual({
      changes: { time: '14:00', date: '2026-03-18', title: 'Koleksi baru' },
      blocked: false,
    });
    expect(occurrenceChanges(opened, opened, false)).toEqual({ changes: {}, blocked: false });
  });

  it('cannot keep a series field or a new repeat for one occurrence', () => {
    expect(occurrenceChanges(opened, { ...opened, platforms: ['x'] }, false).blocked).toBe(true);
    expect(occurrenceChanges(opened, { ...opened, reviewer: 'member-budi' }, false).blocked).toBe(
      true,
    );
    expect(occurrenceChanges(opened, opened, true).blocked).toBe(true);
  });

  it('an assignee cleared for one occurrence is "nobody", not "the series\' assignee"', () => {
    expect(occurrenceChanges(opened, { ...opened, assignee: '' }, false)).toEqual({
      changes: { unassigned: true },
      blocked: false,
    });
  });

  it('"all occurrences" writes only the changes on the series, and moves its start as far', () => {
    const series = { ...opened, date: '2026-01-17', title: 'Koleksi baru' };
    const after = { ...opened, date: '2026-03-19', time: '10:00' };
    expect(seriesValues(series, opened, after)).toEqual({
      ...series,
      date: '2026-01-19',
      time: '10:00',
    });
  });
});

describe('followingValues', () => {
  it('"this and the following" starts on the opened day, moved as far as the person moved it', () => {
    const series = { ...opened, date: '2026-01-17', title: 'Koleksi baru' };
    const after = { ...opened, date: '2026-03-19', time: '10:00' };
    expect(followingValues(series, '2026-03-17', opened, after)).toEqual({
      ...series,
      date: '2026-03-19',
      time: '10:00',
    });
  });
});

describe('editedOver', () => {
  const base = {
    title: 'Jam buka',
    platforms: ['facebook'],
    date: '2026-12-24',
    time: '08:00',
    caption: '',
    templateId: '',
    hashtagSetId: '',
    assignee: 'ana',
    reviewer: '',
    notes: '',
  };

  it('takes what the person changed, and the stored values for the rest', () => {
    const stored = { ...base, date: '2026-12-26', reviewer: 'budi' };
    const after = { ...base, title: 'Jam buka libur', assignee: '' };
    expect(editedOver(stored, base, after)).toEqual({
      ...base,
      date: '2026-12-26',
      reviewer: 'budi',
      title: 'Jam buka libur',
      assignee: '',
    });
  });

  it('compares platforms by their list', () => {
    const stored = { ...base, platforms: ['x'] };
    expect(editedOver(stored, base, { ...base, platforms: ['facebook'] }).platforms).toEqual(['x']);
    expect(
      editedOver(stored, base, { ...base, platforms: ['facebook', 'instagram'] }).platforms,
    ).toEqual(['facebook', 'instagram']);
  });
});
