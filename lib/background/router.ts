/**
 * The background's request router: validates a message with zod, maps it to one repository
 * call, and answers with a typed response. It never throws: a malformed message, a DbError or
 * any other failure becomes `{ ok: false, error }` with a bilingual message.
 *
 * Change notifications are not the router's business: every committed Dexie write (here, in the
 * dashboard, in sync) is seen by the change hub through Dexie's `storagemutated` event.
 */
import { classifyDbError, DbError, type Repositories, type SapaDb } from '@/lib/db';
import type { DraftRecord, TemplateRecord } from '@/lib/db/types';
import { normaliseTag } from '@/lib/text';
import { pickText } from '@/lib/library/render';
import { failure, invalidRequest, sapaError, SapaRequestError } from '@/lib/messaging/errors';
import {
  PANEL_SETTING_KEYS,
  requestSchema,
  type DashboardSection,
  type DraftSummary,
  type PanelSettings,
  type Payload,
  type RequestType,
  type ResponseMap,
  type SapaResponse,
  type TemplateView,
} from '@/lib/messaging/protocol';
import type { PlatformId } from '@/lib/platforms/types';
import type { TeamSync } from '@/lib/team-sync/service';

export function summarise(draft: DraftRecord): DraftSummary {
  return {
    id: draft.id,
    platform: draft.platform,
    composerKey: draft.composerKey,
    status: draft.status,
    ...(draft.templateId ? { templateId: draft.templateId } : {}),
    checklistTicks: draft.checklistTicks,
    createdAt: draft.createdAt,
    updatedAt: draft.updatedAt,
    length: draft.text.length,
  };
}

function viewTemplates(templates: TemplateRecord[], platform?: PlatformId): TemplateView[] {
  return platform ? templates.map((t) => ({ ...t, text: pickText(t, platform).text })) : templates;
}

/** Hashtags written in a text, in order, without '#'. */
export function hashtagsInText(text: string): string[] {
  return [...text.matchAll(/(?:^|[^\p{L}\p{M}\p{N}_&/])#([\p{L}\p{M}\p{N}_]{1,100})/gu)].map(
    (m) => m[1]!,
  );
}

async function panelSettings(repos: Repositories): Promise<PanelSettings> {
  const [locale, xPremium, panel] = await Promise.all(
    PANEL_SETTING_KEYS.map((key) => repos.settings.get(key)),
  );
  return {
    locale: (locale as PanelSettings['locale'] | undefined) ?? 'auto',
    xPremium: (xPremium as boolean | undefined) ?? false,
    panel: (panel as PanelSettings['panel'] | undefined) ?? {},
  };
}

export type RequestHandler<T extends RequestType> = (
  payload: Payload<T>,
) => Promise<ResponseMap[T]>;
type Handlers = { [T in RequestType]: RequestHandler<T> };

/** Requests answered by the subscriptions service (lib/background/subscriptions.ts). */
export const SUBSCRIPTION_REQUESTS = [
  'subscriptions.add',
  'subscriptions.refresh',
  'subscriptions.remove',
] as const;
export type SubscriptionHandlers = {
  [T in (typeof SUBSCRIPTION_REQUESTS)[number]]: RequestHandler<T>;
};

/** What the router does outside the database (injected, so it is testable without a browser). */
export interface RouterServices {
  /** Opens the dashboard (the options page), at `section` when given. */
  openDashboard?: (section?: DashboardSection) => Promise<void>;
  /** Subscriptions to published libraries (absent: those requests answer 'unavailable'). */
  subscriptions?: SubscriptionHandlers;
  /** Two-way team sync (absent where the background runs without it, e.g. some tests). */
  teamSync?: Pick<TeamSync, 'status' | 'configure' | 'disconnect' | 'syncNow'>;
}

function teamSyncOf(services: RouterServices) {
  if (!services.teamSync) throw new Error('team sync is not available in this background');
  return services.teamSync;
}

/** The subscriptions service's handlers, or 'unavailable' when it was not started. */
function subscriptionHandlers(service: SubscriptionHandlers | undefined): SubscriptionHandlers {
  const need = (type: string): SubscriptionHandlers => {
    if (service) return service;
    throw new SapaRequestError(
      sapaError('unavailable', { detail: `${type}: the subscriptions service is not running` }),
    );
  };
  return {
    'subscriptions.add': (p) => need('subscriptions.add')['subscriptions.add'](p),
    'subscriptions.refresh': (p) => need('subscriptions.refresh')['subscriptions.refresh'](p),
    'subscriptions.remove': (p) => need('subscriptions.remove')['subscriptions.remove'](p),
  };
}

function handlers(repos: Repositories, services: RouterServices): Handlers {
  return {
    async 'drafts.save'(p) {
      const result = await repos.drafts.saveDraftText(p.platform, p.composerKey, p.text, {
        ...(p.templateId ? { templateId: p.templateId } : {}),
        ...(p.startNew ? { startNew: true } : {}),
      });
      return {
        draft: result.draft ? summarise(result.draft) : null,
        revision: result.revision,
      };
    },
    async 'drafts.restorable'(p) {
      return (await repos.drafts.findRestorable(p.platform, p.composerKey)) ?? null;
    },
    async 'drafts.list'(p) {
      return repos.drafts.recent(p.platform, p.limit, { unpostedOnly: p.unpostedOnly ?? false });
    },
    async 'drafts.revisions'(p) {
      return repos.drafts.revisions(p.draftId);
    },
    async 'drafts.setStatus'(p) {
      return summarise(await repos.drafts.setStatus(p.draftId, p.status));
    },
    async 'drafts.setTicks'(p) {
      return summarise(await repos.drafts.setTicks(p.draftId, p.ticks));
    },
    async 'drafts.discard'(p) {
      await repos.drafts.discard(p.draftId);
      return { discarded: p.draftId };
    },
    async 'drafts.markPosted'(p) {
      const event = { text: p.text, ...(p.override ? { override: p.override } : {}) };
      if ('draftId' in p) {
        const { draft, log } = await repos.drafts.markPosted(p.draftId, event);
        return { draft: summarise(draft), log };
      }
      // By composer: save the published text into the composer's current draft (so the final
      // text is in its history), then mark that draft posted. No draft (blank text): log only.
      const saved = await repos.drafts.saveDraftText(p.platform, p.composerKey, p.text);
      if (saved.draft) {
        const { draft, log } = await repos.drafts.markPosted(saved.draft.id, event);
        return { draft: summarise(draft), log };
      }
      const log = await repos.postLog.add({ platform: p.platform, ...event });
      return { draft: null, log };
    },
    async 'templates.search'(p) {
      return viewTemplates(await repos.templates.searchByPrefix(p.query, p.limit), p.platform);
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
    async 'settings.get'() {
      return panelSettings(repos);
    },
    async 'settings.set'(p) {
      if (p.key === 'panel') {
        const stored = (await repos.settings.get('panel')) ?? {};
        await repos.settings.set('panel', { ...stored, ...p.value });
      } else if (p.key === 'locale') await repos.settings.set('locale', p.value);
      else await repos.settings.set('xPremium', p.value);
      return panelSettings(repos);
    },
    async 'sync.status'() {
      return teamSyncOf(services).status();
    },
    async 'sync.configure'(p) {
      return teamSyncOf(services).configure(p);
    },
    async 'sync.disconnect'() {
      return teamSyncOf(services).disconnect();
    },
    async 'sync.now'() {
      return teamSyncOf(services).syncNow();
    },
    async 'dashboard.open'(p) {
      if (!services.openDashboard) throw new Error('dashboard.open: no opener was given');
      await services.openDashboard(p.section);
      return { opened: true };
    },
    ...subscriptionHandlers(services.subscriptions),
  };
}

/** Turns any thrown value into a typed error response. */
export function errorResponse(error: unknown): SapaResponse<never> {
  if (error instanceof SapaRequestError) return { ok: false, error: error.error };
  const code = classifyDbError(error);
  const detail = error instanceof Error ? error.message : String(error);
  return failure(code, { detail });
}

/**
 * Handles one message from a content script. `request` is untrusted: it is validated here.
 * `db` is opened on demand (a database closed by an upgrade elsewhere is reopened).
 */
export async function handleRequest(
  db: SapaDb,
  repos: Repositories,
  request: unknown,
  services: RouterServices = {},
): Promise<SapaResponse> {
  const parsed = requestSchema.safeParse(request);
  if (!parsed.success) return invalidRequest(parsed.error);
  try {
    if (!db.isOpen()) await db.open();
    const handler = handlers(repos, services)[parsed.data.type] as (
      payload: unknown,
    ) => Promise<unknown>;
    return { ok: true, data: await handler(parsed.data.payload) };
  } catch (error) {
    return errorResponse(error);
  }
}
