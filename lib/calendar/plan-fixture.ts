/** A planned post with every field filled in, for tests and for the next step's seed data. */
import type { PlannedPostRecord } from './types';

export function makePlan(overrides: Partial<PlannedPostRecord> = {}): PlannedPostRecord {
  return {
    id: 'plan-1',
    updatedAt: 1_000,
    updatedBy: 'member-a',
    deleted: false,
    title: 'Koleksi baru minggu ini',
    platforms: ['instagram'],
    date: '2026-01-17',
    time: '09:00',
    caption: 'Buku baru sudah datang!',
    status: 'idea',
    notes: '',
    comments: [],
    ...overrides,
  };
}
