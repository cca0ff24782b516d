import { describe, expect, it } from 'vitest';
import { check, expectAutomaticRule, maybeCheck } from '@/tests/support/checklist';
import { planApprovedRule } from './plan-approved';

describe('plan-approved', () => {
  it('warns when the tab’s planned post is not approved yet', () => {
    const r = check('plan-approved', {
      text: 'Pojok baca anak',
      platform: 'instagram',
      plan: { title: 'Pojok baca anak', approved: false },
    });
    expect(r.status).toBe('fail');
    expect(r.severity).toBe('warn');
    expect(r.message).toEqual({
      id: 'Rencana "Pojok baca anak" belum disetujui peninjau. Kirim untuk ditinjau dari kalender Sapa, atau tunggu persetujuannya',
      en: 'The plan "Pojok baca anak" is not approved by its reviewer yet. Send it for review from Sapa\'s calendar, or wait for the approval',
    });
  });

  it('passes an approved plan', () => {
    const r = check('plan-approved', {
      text: 'x',
      platform: 'x',
      plan: { title: 'Hari Buku', approved: true },
    });
    expect(r.status).toBe('pass');
    expect(r.message).toEqual({
      id: 'Rencana "Hari Buku" sudah disetujui',
      en: 'The plan "Hari Buku" is approved',
    });
  });

  it('does not run on a post without a plan', () => {
    expect(maybeCheck('plan-approved', { text: 'x', platform: 'facebook' })).toBeUndefined();
  });

  it('is an automatic check with its title in both languages', () => {
    expectAutomaticRule(planApprovedRule, {
      id: 'plan-approved',
      severity: 'warn',
      title: { id: 'Rencana unggahan sudah disetujui', en: 'Planned post approved' },
    });
  });
});
