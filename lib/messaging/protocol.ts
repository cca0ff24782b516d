/**
 * The message protocol between content scripts (the composer panel) and the background, which
 * owns the database. Content scripts never open IndexedDB: the host site would own that storage.
 *
 * Wire format: `{ sapa: 1, type, payload }` sent with `browser.runtime.sendMessage`. The
 * background validates every message with `requestSchema` (zod) before touching the database;
 * a message without the `sapa: 1` marker is not Sapa's and is ignored, a Sapa message that does
 * not validate gets `{ ok: false, error: { code: 'invalid', … } }`.
 *
 * Responses are `{ ok: true, data } | { ok: false, error }`. Error messages travel in BOTH UI
 * languages (`message: { id, en }`), rendered by the background from the locale catalogue
 * (`error.*` keys in assets/locales); the panel shows `message[locale]`, so it needs no lookup
 * and a message is still readable if the panel's catalogue is older than the background's.
 * `key` names the catalogue entry for anyone who wants to re-render it. `detail` is for
 * developers (English, never shown as the user-facing message).
 *
 * No request reads a table wholesale: each maps to one repository call returning data the panel
 * needs. Settings are read through an allow-list (`PANEL_SETTING_KEYS`), so secrets that will
 * live in the database later (sync credentials) cannot be read through this protocol.
 */
import { z } from 'zod';
import type {
  BrandKitRecord,
  ChecklistSettingsRecord,
  DraftRecord,
  DraftRevisionRecord,
  HashtagRecord,
  HashtagSetRecord,
  LocalizedText,
  PostLogRecord,
  SubscriptionRecord,
  TemplateRecord,
} from '@/lib/db/types';
import type { RevisionOutcome, SettingsMap } from '@/lib/db/repositories';
import { platformIdSchema, type PlatformId } from '@/lib/platforms';
import type { MessageKey } from '@/lib/i18n';
import type { TeamSyncError, TeamSyncStatus } from '@/lib/team-sync/status';

/** Longest composer text accepted (all four platforms are far below this). */
export const MAX_TEXT_CHARS = 100_000;
/** Longest template body (the templates repository refuses more). */
export const MAX_TEMPLATE_BODY_CHARS = 20_000;
export const MAX_NAME_CHARS = 200;
export const MAX_KEY_CHARS = 500;
export const MAX_LIMIT = 200;
export const MAX_URL_CHARS = 2_000;

export const PROTOCOL_VERSION = 1;
export const CHANGES_PORT_NAME = 'sapa-changes';

const platform = platformIdSchema;
const id = z.string().min(1).max(MAX_KEY_CHARS);
const composerKey = z.string().min(1).max(MAX_KEY_CHARS);
const text = z.string().max(MAX_TEXT_CHARS);
const limit = (fallback: number) => z.number().int().min(1).max(MAX_LIMIT).default(fallback);
const query = z.string().max(MAX_NAME_CHARS);
const ruleId = z.string().min(1).max(MAX_NAME_CHARS);
const contentLocale = z.enum(['id', 'en']);
const empty = z.object({}).strict().default({});

/** A server address: http(s), no credentials, query or fragment in it (they go elsewhere). */
const serverUrl = z
  .string()
  .trim()
  .max(2_000)
  .refine((value) => {
    try {
      const url = new URL(value);
      return (
        (url.protocol === 'https:' || url.protocol === 'http:') &&
        !url.username &&
        !url.password &&
        !url.search &&
        !url.hash
      );
    } catch {
      return false;
    }
  }, 'not an http(s) address without credentials');

/**
 * Requests only the extension's own pages (the dashboard) may send: they manage the team's
 * servers and credentials, and the libraries Sapa fetches from the web. A content script runs
 * beside a social site and never needs them.
 */
export const PAGE_ONLY_PREFIXES = ['sync.', 'subscriptions.'] as const;
export function isPageOnly(type: string): boolean {
  return PAGE_ONLY_PREFIXES.some((prefix) => type.startsWith(prefix));
}

/** The dashboard's sections, as its `#section` deep links name them. */
export const DASHBOARD_SECTIONS = [
  'templates',
  'hashtags',
  'brand',
  'checklist',
  'drafts',
  'backup',
  'sync',
  'settings',
] as const;
export type DashboardSection = (typeof DASHBOARD_SECTIONS)[number];

/** Payload schema of every request, by type. */
export const payloadSchemas = {
  /** Autosave of the composer text (debounced by the panel). */
  /** `startNew`: the person kept the composer's text over a restore offer; the offered draft stays. */
  'drafts.save': z
    .object({
      platform,
      composerKey,
      text,
      templateId: id.optional(),
      startNew: z.boolean().optional(),
    })
    .strict(),
  /** The draft to offer after a reload, crash or accidental close. */
  'drafts.restorable': z.object({ platform, composerKey }).strict(),
  'drafts.list': z
    .object({ platform, limit: limit(20), unpostedOnly: z.boolean().optional() })
    .strict(),
  'drafts.revisions': z.object({ draftId: id }).strict(),
  'drafts.setStatus': z.object({ draftId: id, status: z.enum(['draft', 'ready']) }).strict(),
  'drafts.setTicks': z
    .object({
      draftId: id,
      ticks: z
        .record(ruleId, z.boolean())
        .refine((t) => Object.keys(t).length <= MAX_LIMIT, 'too many ticks'),
    })
    .strict(),
  'drafts.discard': z.object({ draftId: id }).strict(),
  /**
   * The post went out. With `draftId` that draft is marked posted; otherwise the composer's
   * current draft (platform + composerKey) is saved with the published text and marked posted;
   * with no draft at all (blank history) only the post log entry is written.
   */
  'drafts.markPosted': z.union([
    z
      .object({
        draftId: id,
        text,
        override: z.object({ ruleIds: z.array(ruleId).max(MAX_LIMIT) }).optional(),
      })
      .strict(),
    z
      .object({
        platform,
        composerKey,
        text,
        override: z.object({ ruleIds: z.array(ruleId).max(MAX_LIMIT) }).optional(),
      })
      .strict(),
  ]),
  'templates.search': z.object({ query, limit: limit(20), platform: platform.optional() }).strict(),
  'templates.list': z
    .object({
      locale: contentLocale.optional(),
      category: z.string().max(MAX_NAME_CHARS).optional(),
      platform: platform.optional(),
    })
    .strict()
    .default({}),
  /** Save the composer text as a new template. */
  'templates.create': z
    .object({
      name: z.string().trim().min(1).max(MAX_NAME_CHARS),
      body: z.string().min(1).max(MAX_TEMPLATE_BODY_CHARS),
      category: z.string().trim().min(1).max(MAX_NAME_CHARS).default('custom'),
      locale: contentLocale,
    })
    .strict(),
  'hashtagSets.list': empty,
  /** Make a set from the composer's hashtags: give the tags, or the text to take them from. */
  'hashtagSets.create': z
    .object({
      name: z.string().trim().min(1).max(MAX_NAME_CHARS),
      tags: z.array(z.string().min(1).max(101)).max(MAX_LIMIT).optional(),
      text: text.optional(),
    })
    .strict()
    .refine((p) => p.tags !== undefined || p.text !== undefined, {
      message: 'tags or text is required',
      path: ['tags'],
    }),
  'hashtags.search': z.object({ query, limit: limit(20) }).strict(),
  'brandKit.get': empty,
  'checklistSettings.get': empty,
  'settings.get': empty,
  /** The panel's own preferences; nothing else is writable through the protocol. */
  'settings.set': z.discriminatedUnion('key', [
    z.object({ key: z.literal('locale'), value: z.enum(['auto', 'id', 'en']) }).strict(),
    z.object({ key: z.literal('xPremium'), value: z.boolean() }).strict(),
    z
      .object({
        key: z.literal('panel'),
        value: z
          .object({
            collapsed: z.boolean().optional(),
            side: z.enum(['left', 'right']).optional(),
            width: z.number().int().min(0).max(10_000).optional(),
            tab: z.string().max(50).optional(),
          })
          .strict(),
      })
      .strict(),
  ]),
  /** Team sync (dashboard only: see PAGE_ONLY_PREFIXES). */
  'sync.status': empty,
  /** Connect to a team database; the password goes to the background and never comes back. */
  'sync.configure': z
    .object({
      url: serverUrl,
      database: z
        .string()
        .trim()
        .max(238)
        .regex(/^[a-z][a-z0-9_$()+/-]*$/, 'not a CouchDB database name'),
      username: z.string().trim().max(MAX_NAME_CHARS).optional(),
      password: z.string().max(1_000).optional(),
    })
    .strict(),
  'sync.disconnect': empty,
  'sync.now': empty,
  /** Open the dashboard (the options page), at one section when given. */
  'dashboard.open': z
    .object({ section: z.enum(DASHBOARD_SECTIONS).optional() })
    .strict()
    .default({}),
  /**
   * Subscribe to a published library (a pack or a hashtag CSV; dashboard only, see
   * PAGE_ONLY_PREFIXES). The background checks the link
   * (http/https, no credentials) and the host permission, then fetches it at once; the answer is
   * the subscription, with `lastError` set when that first check failed (it is kept anyway).
   */
  'subscriptions.add': z
    .object({
      url: z.string().trim().min(1).max(MAX_URL_CHARS),
      title: z.string().trim().max(MAX_NAME_CHARS).optional(),
    })
    .strict(),
  /** Check one subscription now, or all of them without `id`. */
  'subscriptions.refresh': z.object({ id: id.optional() }).strict().default({}),
  /** Stop following a library: the subscription goes, its items become tombstones. */
  'subscriptions.remove': z.object({ id }).strict(),
} as const;

export type RequestType = keyof typeof payloadSchemas;
export const REQUEST_TYPES = Object.keys(payloadSchemas) as RequestType[];

/** What a caller passes (defaults may be left out). */
export type PayloadInput<T extends RequestType> = z.input<(typeof payloadSchemas)[T]>;
/** What a handler receives, after validation and defaults. */
export type Payload<T extends RequestType> = z.output<(typeof payloadSchemas)[T]>;

function envelope<T extends RequestType>(type: T) {
  return z.object({
    sapa: z.literal(PROTOCOL_VERSION),
    type: z.literal(type),
    payload: payloadSchemas[type],
  });
}

/** Every request, discriminated on `type`. */
export const requestSchema = z.discriminatedUnion('type', [
  envelope('drafts.save'),
  envelope('drafts.restorable'),
  envelope('drafts.list'),
  envelope('drafts.revisions'),
  envelope('drafts.setStatus'),
  envelope('drafts.setTicks'),
  envelope('drafts.discard'),
  envelope('drafts.markPosted'),
  envelope('templates.search'),
  envelope('templates.list'),
  envelope('templates.create'),
  envelope('hashtagSets.list'),
  envelope('hashtagSets.create'),
  envelope('hashtags.search'),
  envelope('brandKit.get'),
  envelope('checklistSettings.get'),
  envelope('settings.get'),
  envelope('settings.set'),
  envelope('sync.status'),
  envelope('sync.configure'),
  envelope('sync.disconnect'),
  envelope('sync.now'),
  envelope('dashboard.open'),
  envelope('subscriptions.add'),
  envelope('subscriptions.refresh'),
  envelope('subscriptions.remove'),
]);

export type SapaRequest = z.output<typeof requestSchema>;
export type SapaRequestInput<T extends RequestType = RequestType> = {
  sapa: typeof PROTOCOL_VERSION;
  type: T;
  payload: PayloadInput<T>;
};

// ---------------------------------------------------------------------------------------------
// Response data

/** What an autosave answers: enough to show "saved" and to key later requests. */
export interface DraftSummary {
  id: string;
  platform: PlatformId;
  composerKey: string;
  status: DraftRecord['status'];
  templateId?: string;
  checklistTicks: Record<string, boolean>;
  createdAt: number;
  updatedAt: number;
  length: number;
}

export interface RestorableDraft {
  draft: DraftRecord;
  text: string;
  source: 'draft' | 'revision';
  savedAt: number;
}

/** A template as the panel sees it; `text` is the variant for the asked platform, or the body. */
export type TemplateView = TemplateRecord & { text?: string };

/** Settings the panel may read. Sync credentials and other secrets are never in this list. */
export const PANEL_SETTING_KEYS = ['locale', 'xPremium', 'panel'] as const;
export type PanelSettings = {
  locale: SettingsMap['locale'];
  xPremium: boolean;
  panel: SettingsMap['panel'];
};

/** Response data by request type. */
export interface ResponseMap {
  'drafts.save': { draft: DraftSummary | null; revision: RevisionOutcome };
  'drafts.restorable': RestorableDraft | null;
  'drafts.list': DraftRecord[];
  'drafts.revisions': DraftRevisionRecord[];
  'drafts.setStatus': DraftSummary;
  'drafts.setTicks': DraftSummary;
  'drafts.discard': { discarded: string };
  'drafts.markPosted': { draft: DraftSummary | null; log: PostLogRecord };
  'templates.search': TemplateView[];
  'templates.list': TemplateView[];
  'templates.create': TemplateRecord;
  'hashtagSets.list': HashtagSetRecord[];
  'hashtagSets.create': HashtagSetRecord;
  'hashtags.search': HashtagRecord[];
  'brandKit.get': BrandKitRecord;
  'checklistSettings.get': ChecklistSettingsRecord;
  'settings.get': PanelSettings;
  'settings.set': PanelSettings;
  'sync.status': TeamSyncStatus;
  'sync.configure': { connected: boolean; status: TeamSyncStatus; error?: TeamSyncError };
  'sync.disconnect': TeamSyncStatus;
  'sync.now': TeamSyncStatus;
  'dashboard.open': { opened: true };
  'subscriptions.add': SubscriptionRecord;
  /** The subscriptions checked, as they are after the check. */
  'subscriptions.refresh': SubscriptionRecord[];
  /** `items`: how many live items the subscription had (now tombstones). */
  'subscriptions.remove': { removed: string; items: number };
}

// ---------------------------------------------------------------------------------------------
// Errors

export const ERROR_CODES = [
  'quota', // the browser refused to store more
  'blocked', // the database could not open (another copy holds an older version…)
  'closed', // the database closed under us (extension updating)
  'invalid', // the request did not validate, or a repository refused the value
  'not-found', // the draft/template asked for does not exist
  'read-only', // the record comes from a subscription: it changes only at its source
  'permission', // the browser has not granted Sapa access to that site
  'unavailable', // the background did not answer (transport failure, timeout)
  'context-invalidated', // the extension was reloaded/updated; this page must be reloaded
  'unknown',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The catalogue entry for each code's user message. */
export const ERROR_MESSAGE_KEYS = {
  quota: 'error.quota',
  blocked: 'error.blocked',
  closed: 'error.closed',
  invalid: 'error.invalid',
  'not-found': 'error.notFound',
  'read-only': 'error.readOnly',
  permission: 'error.permission',
  unavailable: 'error.unavailable',
  'context-invalidated': 'error.contextInvalidated',
  unknown: 'error.unknown',
} as const satisfies Record<ErrorCode, MessageKey>;

export interface SapaError {
  code: ErrorCode;
  /** The user-facing message in both UI languages. */
  message: LocalizedText;
  /** The locale catalogue key the message came from. */
  key: MessageKey;
  /** For developers: what exactly went wrong (English, not for display). */
  detail?: string;
}

export type SapaResponse<T = unknown> = { ok: true; data: T } | { ok: false; error: SapaError };

/** Loose check of a response from the background (the transport may deliver anything). */
export const responseSchema = z.union([
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({
    ok: z.literal(false),
    error: z.object({
      code: z.enum(ERROR_CODES),
      message: z.object({ id: z.string(), en: z.string() }),
      key: z.string(),
      detail: z.string().optional(),
    }),
  }),
]);

/** True for anything carrying Sapa's marker (then it must validate, or gets an error). */
export function isSapaMessage(message: unknown): boolean {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { sapa?: unknown }).sapa === PROTOCOL_VERSION
  );
}

// ---------------------------------------------------------------------------------------------
// Change notifications (background → content scripts on the `sapa-changes` port)

export const CHANGE_TABLES = [
  'templates',
  'hashtagSets',
  'hashtags',
  'brandKit',
  'checklistSettings',
  'drafts',
  'draftRevisions',
  'postLog',
  'settings',
  'conflicts',
] as const;
export type ChangeTable = (typeof CHANGE_TABLES)[number];

export const portMessageSchema = z.discriminatedUnion('type', [
  /** Sent once when the port connects: the background is alive. */
  z.object({ type: z.literal('ready') }),
  /** Tables whose content changed (committed writes from any extension context). */
  z.object({ type: z.literal('changed'), tables: z.array(z.enum(CHANGE_TABLES)) }),
]);
export type PortMessage = z.infer<typeof portMessageSchema>;
