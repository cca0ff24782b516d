import twitter from 'twitter-text';
import { defaultSettings } from '@/lib/checklist/settings';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BRAND_VARIABLES, placeholdersIn, renderTemplate } from '../render';
import { createRepositories } from '@/lib/db/repositories';
import type { SapaDb } from '@/lib/db/schema';
import { fakeClock, freshDb } from '@/tests/support/db';
import { normaliseTag } from '@/lib/text';
import { PLATFORM_IDS, type TemplateVariable } from '@/lib/db/types';
import {
  applySeeds,
  DEFAULT_RULES,
  SEEDS_APPLIED_KEY,
  seedHashtags,
  seedHashtagSets,
  seedTemplates,
} from '.';

let db: SapaDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const brandKit = {
  libraryName: 'Perpustakaan Umum Kota Yogyakarta',
  website: 'https://perpustakaan.jogjakota.go.id',
  linkInBio: 'https://s.id/perpusjogja',
  tagline: 'Membaca membuka dunia',
  signOff: 'Salam literasi!',
  handles: {
    x: 'perpuskotajogja',
    instagram: 'perpuskotajogja',
    facebook: 'perpuskotajogja',
    tiktok: 'perpuskotajogja',
  },
  signatureHashtags: ['PerpusKotaJogja', 'GemarMembaca'],
};

function typicalFill(variables: TemplateVariable[]): Record<string, string> {
  const sample: Record<string, string> = {
    text: 'Sejarah dan budaya Nusantara',
    date: '2025-09-17',
    time: '09.00-11.00',
    link: 'https://s.id/daftar-acara-perpus',
  };
  return Object.fromEntries(
    variables.map((v) => [v.name, v.type === 'choice' ? v.options![0]! : sample[v.type]!]),
  );
}

/** Only the required variables filled in: what a hurried librarian inserts. */
function requiredOnly(variables: TemplateVariable[]): Record<string, string> {
  const all = typicalFill(variables);
  return Object.fromEntries(variables.filter((v) => v.required).map((v) => [v.name, all[v.name]!]));
}

describe('seed content', () => {
  const templates = seedTemplates(1);

  it('covers at least 10 topics in both languages', () => {
    const topics = new Set(templates.map((t) => t.id.split(':')[2]));
    expect(topics.size).toBeGreaterThanOrEqual(10);
    for (const topic of topics) {
      expect(
        templates
          .filter((t) => t.id.split(':')[2] === topic)
          .map((t) => t.locale)
          .sort(),
      ).toEqual(['en', 'id']);
    }
  });

  it('every placeholder is declared or a brand variable, and every template has an X variant', () => {
    for (const t of templates) {
      const declared = new Set([...t.variables.map((v) => v.name), ...BRAND_VARIABLES]);
      for (const text of [t.body, ...Object.values(t.variants)]) {
        for (const name of placeholdersIn(text!))
          expect(declared, `${t.id} uses {{${name}}}`).toContain(name);
      }
      expect(t.variants.x?.trim(), t.id).toBeTruthy();
    }
  });

  it('X variants fit in 280 weighted characters after a typical fill, with nothing missing', () => {
    for (const t of templates) {
      for (const locale of ['id', 'en'] as const) {
        const r = renderTemplate(t, {
          platform: 'x',
          locale,
          values: typicalFill(t.variables),
          brandKit,
        });
        expect(r.missing, t.id).toEqual([]);
        const parsed = twitter.parseTweet(r.text);
        expect(parsed.weightedLength, `${t.id}: ${r.text}`).toBeLessThanOrEqual(280);
      }
    }
  });

  it('with only the required variables filled, optional ones drop out whole: no gap, no raw {{…}}', () => {
    for (const t of templates) {
      for (const platform of PLATFORM_IDS) {
        const r = renderTemplate(t, {
          platform,
          locale: t.locale,
          values: requiredOnly(t.variables),
          brandKit: { ...brandKit, signatureHashtags: [], signOff: '' },
          today: '2026-12-10',
        });
        const where = `${t.id} on ${platform}`;
        expect(r.missing, where).toEqual([]);
        // The brand kit's hashtags or sign-off at the end of a sentence go with their space.
        const inSentence = r.blanked.filter((n) => !['hashtags', 'signOff'].includes(n));
        expect(inSentence, `${where}: an optional variable inside a sentence`).toEqual([]);
        expect(r.text, where).not.toMatch(/\{\{|\n\s*\n\s*\n|^\s|\s$/);
      }
    }
  });

  it('policy claims are choices, not fixed text', () => {
    const claims = /\b(gratis|free|denda|late fees?|anonim|anonymous)\b/i;
    for (const t of templates) {
      for (const text of [t.body, ...Object.values(t.variants)]) {
        const fixed = text!.replace(/\{\{[^}]*\}\}/g, '');
        expect(fixed, t.id).not.toMatch(claims);
      }
    }
  });

  it('a link is never left in an Instagram or TikTok caption, where it cannot be clicked', () => {
    for (const t of templates) {
      const links = ['tautan', 'website', 'linkInBio'];
      if (!links.some((name) => placeholdersIn(t.body).includes(name))) continue;
      for (const platform of ['instagram', 'tiktok'] as const) {
        const text = t.variants[platform];
        expect(text, `${t.id} needs a ${platform} version`).toBeTruthy();
        expect(
          placeholdersIn(text!).filter((n) => links.includes(n)),
          t.id,
        ).toEqual([]);
        expect(text, t.id).toMatch(t.locale === 'id' ? /(di|tautan) bio/ : /in (our )?bio/);
      }
    }
  });

  it('greets every holiday the issue lists, each in both languages with the same shape', () => {
    const topics = new Set(templates.map((t) => t.id.split(':')[2]));
    for (const topic of [
      'idulfitri',
      'natal',
      'nyepi',
      'waisak',
      'imlek',
      'hut-ri',
      'book-month',
      'library-visit-day',
    ])
      expect(topics, topic).toContain(topic);
    const faiths = ['idulfitri', 'natal', 'nyepi', 'waisak', 'imlek'];
    for (const locale of ['id', 'en'] as const) {
      const greetings = faiths.map((topic) =>
        templates.find((t) => t.id === `seed:tpl:${topic}:${locale}`)!,
      );
      const shape = (body: string) => body.split('\n').length;
      expect(new Set(greetings.map((g) => shape(g.body))).size).toBe(1);
      for (const g of greetings)
        expect(g.body).toMatch(
          locale === 'id' ? /bagi Sahabat Pustaka yang merayakan/ : /readers who/,
        );
    }
  });

  it('hashtag seeds follow the id rule and cover the Indonesian library community', () => {
    const tags = seedHashtags(1);
    for (const h of tags) expect(h.id).toBe(normaliseTag(h.tag));
    expect(new Set(tags.map((h) => h.id)).size).toBe(tags.length);
    const all = seedHashtagSets(1).flatMap((s) => s.tags);
    for (const t of [
      'Perpustakaan',
      'PerpustakaanDigital',
      'GemarMembaca',
      'LiterasiIndonesia',
      'Perpusnas',
      'BulanBuku',
      'HariBukuNasional',
      'SahabatPerpustakaan',
      'LiterasiDigital',
      'HariKunjungPerpustakaan',
      'Library',
    ]) {
      expect(all).toContain(t);
    }
  });

  it("seeds the checklist engine's own defaults, rule for rule", () => {
    const engine = defaultSettings();
    expect(Object.keys(DEFAULT_RULES).sort()).toEqual(Object.keys(engine.rules).sort());
    expect(DEFAULT_RULES.length).toMatchObject({ enabled: true, severity: 'block' });
    expect(DEFAULT_RULES['fact-check']).toMatchObject({ severity: 'info' });
  });
});

describe('applySeeds', () => {
  it('writes everything once and is idempotent', async () => {
    const first = await applySeeds(db, 100);
    expect(first.length).toBeGreaterThan(30);
    expect(await db.templates.count()).toBe(seedTemplates(1).length);
    expect(await db.brandKit.get('brand')).toMatchObject({ libraryName: '' });
    expect(await db.checklistSettings.get('team')).toMatchObject({
      rules: { length: { severity: 'block' } },
    });
    expect(await applySeeds(db, 200)).toEqual([]);
    expect((await db.templates.toArray()).every((t) => t.updatedAt === 100)).toBe(true);
  });

  it('with every seed recorded, a start writes nothing (no read-write transaction)', async () => {
    await applySeeds(db, 100);
    const transactions = vi.spyOn(db, 'transaction');
    expect(await applySeeds(db, 200)).toEqual([]);
    expect(transactions.mock.calls.map((call) => call[0])).not.toContain('rw');
    transactions.mockRestore();
  });

  it('a seed the user deleted does not come back', async () => {
    await applySeeds(db, 100);
    const repos = createRepositories(db, { now: fakeClock(500).now });
    await repos.templates.remove('seed:tpl:webinar:id');
    await repos.hashtagSets.remove('seed:set:perpustakaan');
    await repos.hashtags.remove('Perpusnas');
    expect(await applySeeds(db, 1000)).toEqual([]);
    expect(await repos.templates.get('seed:tpl:webinar:id')).toBeUndefined();
    expect(await repos.hashtagSets.get('seed:set:perpustakaan')).toBeUndefined();
    expect(await repos.hashtags.get('perpusnas')).toBeUndefined();
  });

  it('even if the applied list is lost, existing (or tombstoned) records are not overwritten', async () => {
    await applySeeds(db, 100);
    const repos = createRepositories(db, { now: () => 500 });
    await repos.templates.remove('seed:tpl:survey:en');
    await repos.brandKit.save({ libraryName: 'Perpustakaan Kampus' });
    await db.settings.delete(SEEDS_APPLIED_KEY);
    expect(await applySeeds(db, 1000)).toEqual([]);
    expect((await db.templates.get('seed:tpl:survey:en'))?.deleted).toBe(true);
    expect((await repos.brandKit.get()).libraryName).toBe('Perpustakaan Kampus');
  });

  it('a seed added in a later release is applied; one hard-removed after applying is not', async () => {
    await applySeeds(db, 100);
    await db.templates.delete('seed:tpl:pathfinder:id'); // e.g. lost, but recorded as applied
    expect(await applySeeds(db, 200)).toEqual([]);
    const stored = (await db.settings.get(SEEDS_APPLIED_KEY))!.value as string[];
    await db.settings.put({
      key: SEEDS_APPLIED_KEY,
      value: stored.filter((k) => k !== 'templates:seed:tpl:webinar:en'),
    });
    await db.templates.delete('seed:tpl:webinar:en');
    expect(await applySeeds(db, 300)).toEqual(['templates:seed:tpl:webinar:en']);
  });
});
