/**
 * Record shapes stored in the Sapa database. Shared tables (templates, hashtag sets, hashtags,
 * brand kit, checklist settings, calendar, team settings) carry sync metadata; drafts and settings
 * are personal; the post log is personal unless the team shares it.
 *
 * Stored records may carry fields this version does not know (written by a newer client or
 * imported from a newer pack). Repositories always spread the stored record when updating, so
 * such fields survive.
 */

import type { PlatformId } from '@/lib/platforms/types';

export type { PlatformId } from '@/lib/platforms/types';
export { PLATFORM_IDS } from '@/lib/platforms/types';

export type ContentLocale = 'id' | 'en';

/** Text in both UI languages. */
export interface LocalizedText {
  id: string;
  en: string;
}

/** Metadata every synced record carries. */
export interface SyncMeta {
  /** Stable string id, never reused. */
  id: string;
  /** Last change, ms since epoch. */
  updatedAt: number;
  /** Member id of whoever made the last change. */
  updatedBy: string;
  /** Tombstone: deleted records stay so a deletion can travel to other copies. */
  deleted: boolean;
}

/** `time` holds a time of day or a range ("10.00", "09.00–11.00"); the brand kit's zone follows it. */
export type VariableType = 'text' | 'date' | 'time' | 'link' | 'choice';

/** The three Indonesian time zones a library can be in: WIB, WITA, WIT. */
export const LIBRARY_TIME_ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const;
export type LibraryTimeZone = (typeof LIBRARY_TIME_ZONES)[number];
/** WIB: the zone of most Indonesian libraries, and of a brand kit saved before zones existed. */
export const DEFAULT_TIME_ZONE: LibraryTimeZone = 'Asia/Jakarta';

export interface TemplateVariable {
  name: string;
  label: LocalizedText;
  type: VariableType;
  options?: string[];
  required?: boolean;
  default?: string;
}

/**
 * Where a subscribed record comes from (docs/subscriptions.md). Records with a `source` belong to
 * their publisher: read-only here, refreshed from the published link, left out of packs and team
 * sync. Their ids are `sub:<subscriptionId>:<id in the source>`.
 */
export interface RecordSource {
  subscriptionId: string;
  title: string;
  url: string;
}

export interface TemplateRecord extends SyncMeta {
  name: string;
  category: string;
  /** Caption with `{{variable}}` placeholders. */
  body: string;
  /** Per-platform text used instead of `body` on that platform (e.g. a short X version). */
  variants: Partial<Record<PlatformId, string>>;
  variables: TemplateVariable[];
  locale: ContentLocale;
  /** Derived search words (normalised, diacritics folded); indexed multi-entry. Since v2. */
  searchWords: string[];
  /**
   * Typed in a composer and followed by a space or Tab, becomes this template's text
   * (lib/quick-insert). Normalised (`;baru`); empty or absent: none.
   */
  shortcut?: string;
  /** Set on records that come from a subscription (read-only). Since v3. */
  source?: RecordSource;
}

export interface HashtagSetRecord extends SyncMeta {
  name: string;
  /** Tags in display form without '#', in the order the team wants them inserted. */
  tags: string[];
  /** As a template's: typed in a composer, becomes this set's hashtags. Empty or absent: none. */
  shortcut?: string;
  /** Set on records that come from a subscription (read-only). Since v3. */
  source?: RecordSource;
}

/** One known tag. Its id is `normaliseTag(tag)`: lower-case, NFC, without '#'. */
export interface HashtagRecord extends SyncMeta {
  /** Display form the team uses, CamelCase kept, without '#'. */
  tag: string;
}

export interface BrandKitRecord extends SyncMeta {
  id: 'brand';
  libraryName: string;
  handles: Partial<Record<PlatformId, string>>;
  signatureHashtags: string[];
  tagline: string;
  website: string;
  linkInBio: string;
  signOff: string;
  /** The library's time zone, written after times ("pukul 10.00 WIB"). Absent before it existed: WIB. */
  timeZone?: LibraryTimeZone;
  /**
   * The library's public contacts (several separated by commas): posts may show them, and the
   * checklist's privacy rule does not flag them as a patron's. Optional: kits saved before they
   * existed have none.
   */
  phone?: string;
  whatsApp?: string;
  email?: string;
}

export type Severity = 'block' | 'warn' | 'info';

export interface ChecklistRuleSetting {
  enabled: boolean;
  severity: Severity;
  required?: boolean;
}

export interface ChecklistSettingsRecord extends SyncMeta {
  id: 'team';
  rules: Record<string, ChecklistRuleSetting>;
  sensitiveWords: { id: string[]; en: string[] };
  bannedHashtags: string[];
  hashtagRanges: Partial<Record<PlatformId, { min: number; max: number }>>;
  knownHashtags?: string[];
  /** The checklist's default severities the rules were saved against (lib/checklist/settings.ts). */
  defaultsVersion?: number;
}

export type DraftStatus = 'draft' | 'ready' | 'posted';

export interface DraftRecord {
  id: string;
  platform: PlatformId;
  /** Which composer on the page (e.g. 'main', 'reply:123'), chosen by the platform adapter. */
  composerKey: string;
  text: string;
  status: DraftStatus;
  templateId?: string;
  checklistTicks: Record<string, boolean>;
  createdAt: number;
  updatedAt: number;
  /**
   * When the page took the text this draft holds, by the page's clock (`takenAt` of the save). A
   * text a closing page stashed is compared with this, not with `updatedAt` (the background's
   * clock, which may have been set differently since).
   */
  textTakenAt?: number;
}

/** One entry of a draft's revision history (table `draftRevisions`). */
export interface DraftRevisionRecord {
  id: string;
  draftId: string;
  text: string;
  /** When this revision window started. */
  startedAt: number;
  /** Last save folded into this revision. */
  savedAt: number;
}

/** The numbers a person copies from a platform's insights for one post; Sapa never reads them. */
export const POST_METRICS = [
  'reach',
  'impressions',
  'likes',
  'comments',
  'shares',
  'saves',
  'follows',
] as const;
export type PostMetric = (typeof POST_METRICS)[number];
/** A number left out was not entered: it is missing, never zero. */
export type PostMetrics = Partial<Record<PostMetric, number>>;

export interface PostLogRecord {
  id: string;
  at: number;
  platform: PlatformId;
  draftId?: string;
  text: string;
  /** The blocking checklist rules the person posted past with Post anyway. */
  override?: { ruleIds: string[] };
  /** The template the post's draft was started from (copied from the draft when posted). */
  templateId?: string;
  /** The checklist's findings at the press, by rule: what the person saw when posting. */
  checks?: { ruleId: string; severity: 'block' | 'warn' }[];
  /** The post's address, when the site showed it after publishing (X's toast). */
  url?: string;
  /** The account the post went out from, as the page showed it at the press (X: `@handle`). */
  account?: string;
  /** Numbers the person typed in from the platform's insights. */
  metrics?: PostMetrics;
  /** A content category chosen by hand (else the template's category counts). */
  category?: string;
  /**
   * The calendar's plan this post was made for (its tab was opened from the plan, or the plan
   * picked in the panel). Not indexed: the report reads a month's entries and looks at it.
   */
  plannedPostId?: string;
  /**
   * The member who posted it (the member id team sync writes in `updatedBy`). Since v6; set on
   * every new entry, and on older ones by the upgrade. Never changes when others annotate.
   */
  postedBy?: string;
  /**
   * Sync fields (since v6, schema version 6 fills them on older entries): the post log travels
   * through team sync when the team shares it (`TeamSettingsRecord.sharePostLog`). Deleting an
   * entry leaves a tombstone, as in the other shared tables.
   */
  updatedAt?: number;
  updatedBy?: string;
  deleted?: boolean;
}

/**
 * The team's own choices, the same for every member (table `teamSettings`, one record `team`,
 * since v6). Shared through team sync and backups, never in packs: a pack goes to other libraries.
 */
export interface TeamSettingsRecord extends SyncMeta {
  id: 'team';
  /** The post log travels through team sync (off unless the team turns it on). */
  sharePostLog: boolean;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

export type SharedTableName =
  | 'templates'
  | 'hashtagSets'
  | 'hashtags'
  | 'brandKit'
  | 'checklistSettings'
  | 'plannedPosts'
  | 'teamMembers'
  | 'teamSettings'
  | 'postLog';

/**
 * The tables team sync shares (the calendar's since schema v5, lib/calendar; the team settings
 * and the post log since v6). The post log is sent only while the team's `sharePostLog` is on.
 */
export const SHARED_TABLES: readonly SharedTableName[] = [
  'templates',
  'hashtagSets',
  'hashtags',
  'brandKit',
  'checklistSettings',
  'plannedPosts',
  'teamMembers',
  'teamSettings',
  'postLog',
];

/** A version that lost a conflict (import or sync); kept so nothing is silently lost. */
export interface ConflictRecord {
  id: string;
  table: SharedTableName;
  recordId: string;
  /** Which side was kept in the table. */
  kept: 'local' | 'incoming';
  /** The full losing record, unknown fields included. */
  loser: Record<string, unknown>;
  /** 'restore': the version a person replaced by restoring an older one from this log. */
  source: 'import' | 'sync' | 'restore';
  createdAt: number;
  /** Set when the user has looked at it and dismissed it. */
  resolved: boolean;
}

/** What a subscription's last check found wrong (kept until a check succeeds). */
export type SubscriptionErrorCode =
  | 'permission' // Sapa may not read that origin (not granted, or revoked)
  | 'unreachable' // network failure, DNS, refused connection, timeout
  | 'not-found' // HTTP 404 / 410
  | 'http' // any other HTTP failure (403, 500…)
  | 'too-large' // the body is over the size limit
  | 'redirect' // the link sent Sapa on to a host it may not read (or over plain http)
  | 'invalid'; // neither a Sapa pack nor a hashtag CSV, or it does not validate

export interface SubscriptionError {
  code: SubscriptionErrorCode;
  /** The message in both UI languages, including the first problems found. */
  message: LocalizedText;
  /** When the failed check happened. */
  at: number;
}

/** A published library Sapa follows (table `subscriptions`, since v3). Personal, not synced. */
export interface SubscriptionRecord {
  id: string;
  /** http(s) URL without credentials or fragment. */
  url: string;
  title: string;
  /** True while the title is Sapa's guess (host name, then the pack's library name). */
  autoTitle: boolean;
  /** What the source turned out to be, once a check succeeded. */
  kind: 'pack' | 'csv' | null;
  /** Validators of the last good copy, sent back as If-None-Match / If-Modified-Since. */
  etag: string | null;
  lastModified: string | null;
  /** Last check, whatever its outcome. */
  lastCheckedAt: number | null;
  /** Last check that found a good copy (new or unchanged). */
  lastOkAt: number | null;
  /** Last check that changed the subscribed items. */
  lastChangedAt: number | null;
  lastError: SubscriptionError | null;
  /** Live items of the last good copy. */
  itemCount: number;
  counts: { templates: number; hashtagSets: number };
  createdAt: number;
}
