import { DbError, guard } from '../errors';
import { foldForSearch, newId, searchWordsOf } from '@/lib/text';
import type { ContentLocale, PlatformId, TemplateRecord, TemplateVariable } from '../types';
import type { RepoContext } from './context';
import { MAX_TEMPLATES } from '../limits';
import { cleanShortcut } from './shortcut';
import {
  live,
  meta,
  patchShared,
  refuseOverLimit,
  refuseSubscribedId,
  requireText,
  tombstone,
} from './shared';

export interface TemplateInput {
  id?: string;
  name: string;
  category: string;
  body: string;
  variants?: Partial<Record<PlatformId, string>>;
  variables?: TemplateVariable[];
  locale: ContentLocale;
  /** Typed in a composer, becomes the template (lib/quick-insert); '' for none. */
  shortcut?: string;
}

export type TemplatePatch = Partial<Omit<TemplateInput, 'id'>>;

/** Longest category a pack accepts back (lib/exchange/pack/schema.ts). */
export const MAX_CATEGORY_CHARS = 60;

/**
 * The fields given, refused as a pack or sync would refuse them, so a template Sapa stores
 * always travels (docs/reliability.md).
 */
function checkFields(input: TemplatePatch, operation: string): void {
  if (input.name !== undefined) requireText(input.name, 'name', operation, 200);
  if (input.body !== undefined) requireText(input.body, 'body', operation);
  if (input.category !== undefined && input.category !== '')
    requireText(input.category, 'category', operation, MAX_CATEGORY_CHARS, 'name');
  for (const [platform, text] of Object.entries(input.variants ?? {}))
    if (text) requireText(text, `variants.${platform}`, operation);
  if (input.shortcut !== undefined) cleanShortcut(input.shortcut, operation);
}

// Long only as a factory of small methods (each under 40 lines) sharing one context.
export function templatesRepo(ctx: RepoContext) {
  const { db } = ctx;
  return {
    async get(id: string): Promise<TemplateRecord | undefined> {
      return guard('templates.get', async () => live(await db.templates.get(id)));
    },

    /** Live templates sorted by name, optionally for one locale or category. */
    async list(
      filter: { locale?: ContentLocale; category?: string } = {},
    ): Promise<TemplateRecord[]> {
      return guard('templates.list', async () => {
        const rows = await db.templates
          .orderBy('name')
          .filter((t) => !t.deleted)
          .toArray();
        return rows.filter(
          (t) =>
            (!filter.locale || t.locale === filter.locale) &&
            (!filter.category || t.category === filter.category),
        );
      });
    },

    async create(input: TemplateInput): Promise<TemplateRecord> {
      return guard('templates.create', async () => {
        checkFields(input, 'templates.create');
        if (input.id) refuseSubscribedId(input.id, 'templates.create');
        await refuseOverLimit(db.templates, MAX_TEMPLATES, 'templates.create');
        const record: TemplateRecord = {
          ...meta(ctx, input.id ?? newId('tpl_')),
          name: input.name.trim(),
          // Trimmed like the name: the packs' and backups' check reads a label as stored.
          category: input.category.trim(),
          body: input.body,
          variants: input.variants ?? {},
          variables: input.variables ?? [],
          locale: input.locale,
          searchWords: searchWordsOf(input.name),
          ...(input.shortcut
            ? { shortcut: cleanShortcut(input.shortcut, 'templates.create') }
            : {}),
        };
        await db.templates.add(record);
        return record;
      });
    },

    async update(id: string, patch: TemplatePatch): Promise<TemplateRecord> {
      return guard('templates.update', () =>
        db.transaction('rw', db.templates, () =>
          patchShared(
            ctx,
            db.templates,
            id,
            () => {
              checkFields(patch, 'templates.update');
              const cleaned = Object.fromEntries(
                Object.entries(patch).filter(([, v]) => v !== undefined),
              ) as TemplatePatch;
              if (patch.shortcut !== undefined)
                cleaned.shortcut = cleanShortcut(patch.shortcut, 'templates.update');
              if (patch.category !== undefined) cleaned.category = patch.category.trim();
              return patch.name !== undefined
                ? {
                    ...cleaned,
                    name: patch.name.trim(),
                    searchWords: searchWordsOf(patch.name),
                    deleted: false,
                  }
                : { ...cleaned, deleted: false };
            },
            'templates.update',
          ),
        ),
      );
    },

    /**
     * An editable copy in the team's own library: same text, variants and variables, a new id,
     * no `source`. Works for subscribed templates too (that is how one is adapted).
     */
    async duplicate(id: string, name: string): Promise<TemplateRecord> {
      return guard('templates.duplicate', async () => {
        const stored = live(await db.templates.get(id));
        if (!stored)
          throw new DbError('not-found', 'templates.duplicate', {
            message: `templates.duplicate: no record ${id}`,
          });
        return this.create({
          name,
          category: stored.category,
          body: stored.body,
          variants: structuredClone(stored.variants),
          variables: structuredClone(stored.variables),
          locale: stored.locale,
        });
      });
    },

    async remove(id: string): Promise<void> {
      await guard('templates.remove', () =>
        db.transaction('rw', db.templates, () =>
          tombstone(ctx, db.templates, id, 'templates.remove'),
        ),
      );
    },

    /**
     * Word-prefix search over names ("buku" finds "Hari Buku Nasional"), diacritics folded.
     * Uses the multi-entry `searchWords` index for the first word, then checks the others.
     */
    async searchByPrefix(query: string, limit = 20): Promise<TemplateRecord[]> {
      return guard('templates.searchByPrefix', async () => {
        const words = foldForSearch(query)
          .split(/[^\p{L}\p{N}]+/u)
          .filter(Boolean);
        const [first, ...rest] = words;
        if (!first)
          return db.templates
            .orderBy('name')
            .filter((t) => !t.deleted)
            .limit(limit)
            .toArray();
        return db.templates
          .where('searchWords')
          .startsWith(first)
          .distinct()
          .filter(
            (t) => !t.deleted && rest.every((w) => t.searchWords.some((s) => s.startsWith(w))),
          )
          .limit(limit)
          .toArray();
      });
    },
  };
}
