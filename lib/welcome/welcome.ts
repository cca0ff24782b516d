/**
 * The first-run welcome: what it asks (the library, its accounts and public contacts, time zone,
 * language, the platforms the team uses, starter templates) and what the answers change.
 * Pure: no DOM, no database, no extension API (`apply.ts` writes the answers).
 */
import type { BrandKitRecord, LibraryTimeZone, PlatformId, TemplateRecord } from '@/lib/db';
import type { SettingsMap } from '@/lib/db/repositories';

/** Stored in the personal settings once the welcome is finished or skipped. */
export interface WelcomeRecord {
  status: 'done' | 'skipped';
  at: number;
  /** The platforms the team said it uses (empty when skipped). */
  platforms: PlatformId[];
}

declare module '@/lib/db/repositories/settings' {
  interface SettingsMap {
    welcome: WelcomeRecord;
  }
}

export interface WelcomeAnswers {
  libraryName: string;
  timeZone: LibraryTimeZone;
  locale: SettingsMap['locale'];
  platforms: PlatformId[];
  handles: Partial<Record<PlatformId, string>>;
  phone: string;
  whatsApp: string;
  email: string;
  /** The starter topics to keep (both languages); the others, if never edited, are removed. */
  starterTopics: string[];
}

/** The panel points to the welcome until it is finished (skipping leaves the pointer). */
export function welcomePending(record: WelcomeRecord | undefined): boolean {
  return record?.status !== 'done';
}

/** "@perpus_kota " → "perpus_kota"; blank handles and platforms not used are left out. */
export function tidyHandles(
  handles: WelcomeAnswers['handles'],
  platforms: readonly PlatformId[],
): Partial<Record<PlatformId, string>> {
  const tidy: Partial<Record<PlatformId, string>> = {};
  for (const platform of platforms) {
    const handle = handles[platform]?.trim().replace(/^@+/, '');
    if (handle) tidy[platform] = handle;
  }
  return tidy;
}

export type WelcomeProblem = 'libraryName' | 'platforms' | 'email';

/** What must be fixed before the answers are saved (the form shows each beside its field). */
export function welcomeProblems(answers: WelcomeAnswers): WelcomeProblem[] {
  const problems: WelcomeProblem[] = [];
  if (!answers.libraryName.trim()) problems.push('libraryName');
  if (answers.platforms.length === 0) problems.push('platforms');
  const email = answers.email.trim();
  if (email && !/^[^\s@,]+@[^\s@,]+\.[^\s@,]+$/.test(email)) problems.push('email');
  return problems;
}

/** The brand kit fields the welcome sets; handles of platforms not used are kept as they were. */
export function brandKitPatch(
  kit: Pick<BrandKitRecord, 'handles'>,
  answers: WelcomeAnswers,
): Pick<BrandKitRecord, 'libraryName' | 'timeZone' | 'handles' | 'phone' | 'whatsApp' | 'email'> {
  return {
    libraryName: answers.libraryName.trim(),
    timeZone: answers.timeZone,
    handles: { ...kit.handles, ...tidyHandles(answers.handles, answers.platforms) },
    phone: answers.phone.trim(),
    whatsApp: answers.whatsApp.trim(),
    email: answers.email.trim(),
  };
}

const STARTER_ID = /^seed:tpl:(.+):(id|en)$/;

/** A starter template's topic (`seed:tpl:<topic>:<language>`), or null for the team's own. */
export function starterTopic(id: string): string | null {
  return STARTER_ID.exec(id)?.[1] ?? null;
}

/** The starter templates as the welcome offers them: one entry per topic, in this language. */
export function starterChoices(
  templates: readonly Pick<TemplateRecord, 'id' | 'name' | 'locale' | 'deleted'>[],
  language: 'id' | 'en',
): { topic: string; name: string }[] {
  const byTopic = new Map<string, string>();
  for (const template of templates) {
    const topic = starterTopic(template.id);
    if (!topic || template.deleted) continue;
    if (!byTopic.has(topic) || template.locale === language) byTopic.set(topic, template.name);
  }
  return [...byTopic].map(([topic, name]) => ({ topic, name }));
}

/**
 * The starter templates to remove: those of topics not chosen, unless edited since they were
 * written (a starter the team changed is the team's own now, and stays).
 */
export function startersToRemove(
  templates: readonly Pick<TemplateRecord, 'id' | 'updatedBy' | 'deleted'>[],
  keepTopics: readonly string[],
): string[] {
  const kept = new Set(keepTopics);
  return templates
    .filter((template) => {
      const topic = starterTopic(template.id);
      return topic && !kept.has(topic) && !template.deleted && template.updatedBy === 'seed';
    })
    .map((template) => template.id);
}
