/** The library's requests from the panel: templates, hashtag sets, hashtags, brand kit, checklist. */
import { z } from 'zod';
import type {
  BrandKitRecord,
  ChecklistSettingsRecord,
  HashtagRecord,
  HashtagSetRecord,
  TemplateRecord,
} from '@/lib/db/types';
import { defineRequest } from '@/lib/messaging/define';
import { safeName } from '@/lib/text/safe-text';
import {
  composerText,
  contentLocale,
  listLimit,
  MAX_LIMIT,
  MAX_NAME_CHARS,
  MAX_TEMPLATE_BODY_CHARS,
  noPayload,
  platform,
  searchQuery,
} from '@/lib/messaging/fields';

/** A template as the panel sees it; `text` is the variant for the asked platform, or the body. */
export type TemplateView = TemplateRecord & { text?: string };

// The one name check every way in shares (lib/text): what a pack or sync would refuse.
const name = () => safeName(MAX_NAME_CHARS);

export const libraryRequests = {
  /** Templates by name, text, variables, hashtags and category, best first (lib/search). */
  'templates.search': defineRequest<TemplateView[]>()('panel', () =>
    z
      .object({
        query: searchQuery,
        limit: listLimit(20),
        platform: z.optional(platform),
        /** The UI language: with an empty query, its templates come first (after the picks). */
        locale: z.optional(contentLocale),
      })
      .strict(),
  ),
  'templates.list': defineRequest<TemplateView[]>()('panel', () =>
    z
      .object({
        locale: z.optional(contentLocale),
        category: z.string().max(MAX_NAME_CHARS).optional(),
        platform: z.optional(platform),
      })
      .strict()
      .default({}),
  ),
  /** Save the composer text as a new template. */
  'templates.create': defineRequest<TemplateRecord>()('panel', () =>
    z
      .object({
        name: name(),
        body: z.string().min(1).max(MAX_TEMPLATE_BODY_CHARS),
        category: z._default(name(), 'custom'),
        locale: contentLocale,
      })
      .strict(),
  ),
  'hashtagSets.list': defineRequest<HashtagSetRecord[]>()('panel', noPayload),
  /** Make a set from the composer's hashtags: give the tags, or the text to take them from. */
  'hashtagSets.create': defineRequest<HashtagSetRecord>()('panel', () =>
    z
      .object({
        name: name(),
        tags: z.array(z.string().min(1).max(101)).max(MAX_LIMIT).optional(),
        text: z.optional(composerText),
      })
      .strict()
      .refine((p) => p.tags !== undefined || p.text !== undefined, {
        message: 'tags or text is required',
        path: ['tags'],
      }),
  ),
  /** The whole hashtag dictionary by prefix: the panel does not use it, the dashboard may. */
  'hashtags.search': defineRequest<HashtagRecord[]>()('dashboard', () =>
    z.object({ query: searchQuery, limit: listLimit(20) }).strict(),
  ),
  'brandKit.get': defineRequest<BrandKitRecord>()('panel', noPayload),
  'checklistSettings.get': defineRequest<ChecklistSettingsRecord>()('panel', noPayload),
};
