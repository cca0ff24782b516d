/** The background's answers to the library's requests: one repository call each. */
import { DbError, type Repositories } from '@/lib/db';
import type { PlatformId, TemplateRecord } from '@/lib/db/types';
import type { Handlers } from '@/lib/messaging/define';
import { extractHashtags } from '@/lib/checklist/parse';
import { normaliseTag } from '@/lib/text';
import type { LibrarySearch } from '@/lib/search';
import { pickText } from './render';
import type { libraryRequests, TemplateView } from './requests';

/** Hashtags written in a text, in order, without '#': the checklist's own extractor. */
export function hashtagsInText(text: string): string[] {
  return extractHashtags(text).map((hashtag) => hashtag.tag);
}

function viewTemplates(templates: TemplateRecord[], platform?: PlatformId): TemplateView[] {
  return platform ? templates.map((t) => ({ ...t, text: pickText(t, platform).text })) : templates;
}

export function libraryHandlers(
  repos: Repositories,
  search: LibrarySearch,
): Handlers<typeof libraryRequests> {
  return {
    async 'templates.search'(p) {
      const found = await search.templates(p.query, {
        limit: p.limit,
        ...(p.locale ? { locale: p.locale } : {}),
      });
      return viewTemplates(found, p.platform);
    },
    async 'templates.list'(p) {
      const filter = {
        ...(p.locale ? { locale: p.locale } : {}),
        ...(p.category ? { category: p.category } : {}),
      };
      return viewTemplates(await repos.templates.list(filter), p.platform);
    },
    async 'templates.create'(p) {
      return repos.templates.create({
        name: p.name,
        body: p.body,
        category: p.category,
        locale: p.locale,
      });
    },
    async 'hashtagSets.list'() {
      return repos.hashtagSets.list();
    },
    async 'hashtagSets.create'(p) {
      const tags = [...(p.tags ?? []), ...(p.text !== undefined ? hashtagsInText(p.text) : [])];
      if (!tags.length)
        throw new DbError('invalid', 'hashtagSets.create', { message: 'No hashtags given' });
      return repos.hashtagSets.create({ name: p.name, tags });
    },
    async 'hashtags.search'(p) {
      return repos.hashtags.searchByPrefix(normaliseTag(p.query), p.limit);
    },
    async 'brandKit.get'() {
      return repos.brandKit.get();
    },
    async 'checklistSettings.get'() {
      return repos.checklistSettings.get();
    },
  };
}
