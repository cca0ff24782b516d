import { describe, expect, it } from 'vitest';
import { check, maybeCheck } from '@/tests/support/checklist';

describe('plan-approved', () => {
  it('warns when the tab’s planned post is not approved yet', () => {
    const r = check('plan-approved', {
      text: 'Pojok baca anak',
      platform: 'instagram',
      plan: { title: 'Pojok baca anak', approved: false },
    });
    expect(r.status).toBe('fail');
    expect(r.severity).toBe('warn');
    expect(r.message.id).toContain('Rencana "Pojok baca anak" belum disetujui peninjau');
  });

  it('passes an approved plan', () => {
    const r = check('plan-approved', {
      text: 'x',
      platform: 'x',
      plan: { title: 'Hari Buku', approved: true },
    });
    expect(r.status).toBe('pass');
    expect(r.message.en).toBe('The plan "Hari Buku" is approved');
  });

  it('does not run on a post without a plan', () => {
    expect(maybeCheck('plan-approved', { text: 'x', platform: 'facebook' })).toBeUndefined();
  });
});
