import { describe, expect, it } from 'vitest';
import { defaultSettings } from '@/lib/checklist';
import { decideGate, teamChecklistData } from './team-checklist';

describe('teamChecklistData', () => {
  it('gives the default settings when the stored ones cannot be read', () => {
    expect(teamChecklistData({}, null, false).settings).toEqual(defaultSettings());
    expect(teamChecklistData('rubbish', null, false).settings).toEqual(defaultSettings());
  });

  it('reads the brand kit the way the panel does (lib/checklist brandForChecklist)', () => {
    const team = teamChecklistData(
      {},
      {
        libraryName: ' Perpustakaan Kota ',
        handles: { instagram: 'perpuskota' },
        signatureHashtags: ['#PerpusKota', ' '],
        phone: '(0274) 512345',
      },
      false,
    );
    expect(team.brand).toEqual({
      requiredHashtags: ['PerpusKota'],
      requiredMentions: [],
      publicContacts: ['(0274) 512345'],
    });
  });
});

describe('decideGate', () => {
  const team = teamChecklistData(defaultSettings(), null, false);

  it('holds a caption with an unfilled placeholder and names the rule', () => {
    const decision = decideGate('Webinar {{tanggal}} #Literasi', 'instagram', team, {});
    expect(decision.hold).toBe(true);
    expect(decision.blocking.map((r) => r.ruleId)).toContain('placeholders');
  });

  it('lets a finished caption through', () => {
    const decision = decideGate('Koleksi baru minggu ini 📚\n#BulanBuku', 'instagram', team, {});
    expect(decision).toEqual({ hold: false, blocking: [], warnings: [] });
  });

  it('holds for a required manual item until it is ticked', () => {
    const settings = defaultSettings();
    settings.rules['second-review'] = { enabled: true, severity: 'info', required: true };
    const strict = teamChecklistData(settings, null, false);
    const text = 'Koleksi baru minggu ini #BulanBuku';
    expect(decideGate(text, 'facebook', strict, {}).hold).toBe(true);
    expect(decideGate(text, 'facebook', strict, { 'second-review': true }).hold).toBe(false);
  });
});

describe('decideGate and the video length', () => {
  it('passes the page’s video length to the checklist (a team that blocks long TikTok videos)', () => {
    const settings = defaultSettings();
    settings.rules['video-length'] = { enabled: true, severity: 'block' };
    const team = teamChecklistData(settings, null, false);
    const text = 'Tur perpustakaan #PerpusKota';
    expect(decideGate(text, 'tiktok', team, {}, { videoSeconds: 300 }).hold).toBe(true);
    expect(decideGate(text, 'tiktok', team, {}, { videoSeconds: 45 }).hold).toBe(false);
    expect(decideGate(text, 'tiktok', team, {}).hold).toBe(false);
  });
});

describe('decideGate and the tab’s planned post', () => {
  const text = 'Pojok baca anak Sabtu ini #PerpusKota';
  const unapproved = { plan: { title: 'Pojok baca anak', approved: false } };

  it('notes an unapproved plan as a warning by default, without holding the post', () => {
    const team = teamChecklistData(defaultSettings(), null, false);
    const decision = decideGate(text, 'instagram', team, {}, unapproved);
    expect(decision.hold).toBe(false);
    expect(decision.warnings.map((w) => w.ruleId)).toContain('plan-approved');
  });

  it('holds an unapproved plan’s post when the team requires approval, not an approved one', () => {
    const settings = defaultSettings();
    settings.rules['plan-approved'] = { enabled: true, severity: 'block' };
    const team = teamChecklistData(settings, null, false);
    const held = decideGate(text, 'instagram', team, {}, unapproved);
    expect(held.hold).toBe(true);
    expect(held.blocking.map((b) => b.ruleId)).toEqual(['plan-approved']);
    const approved = { plan: { title: 'Pojok baca anak', approved: true } };
    expect(decideGate(text, 'instagram', team, {}, approved).hold).toBe(false);
    // A post without a plan is not held by it.
    expect(decideGate(text, 'instagram', team, {}).hold).toBe(false);
  });
});
