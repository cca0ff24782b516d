/**
 * The catalogue: every request the background answers, listed from the feature folders that
 * define them (each feature's `requests.ts`, built with `defineRequest`). The client, the router
 * and the compiler read this one list; see lib/messaging/README.md for the rules.
 *
 * No request reads a table wholesale: each maps to one repository call returning data the panel
 * needs. Settings are read through an allow-list (`PANEL_SETTING_KEYS`), so secrets (sync
 * credentials) cannot be read through this protocol.
 */
import { calendarRequests } from '@/lib/calendar/requests';
import { catalogueRequests } from '@/lib/catalogue/requests';
import { dashboardRequests } from '@/lib/dashboard/requests';
import { draftRequests } from '@/lib/drafts/requests';
import { libraryRequests } from '@/lib/library/requests';
import { panelRequests } from '@/lib/panel/requests';
import { shortcutRequests } from '@/lib/quick-insert/requests';
import { searchRequests } from '@/lib/search/requests';
import { subscriptionRequests } from '@/lib/subscriptions/requests';
import { teamSyncRequests } from '@/lib/team-sync/requests';
import type { PayloadInputOf, PayloadOf, ResultOf } from './define';
import { PROTOCOL_VERSION } from './wire';

export const REQUESTS = {
  ...draftRequests,
  ...libraryRequests,
  ...searchRequests,
  ...panelRequests,
  ...dashboardRequests,
  ...teamSyncRequests,
  ...subscriptionRequests,
  ...catalogueRequests,
  ...shortcutRequests,
  ...calendarRequests,
};

export type Requests = typeof REQUESTS;
export type RequestType = keyof Requests;

/** What a caller passes (defaults may be left out). */
export type PayloadInput<T extends RequestType> = PayloadInputOf<Requests[T]>;
/** What a handler receives, after validation and defaults. */
export type Payload<T extends RequestType> = PayloadOf<Requests[T]>;
/** Response data by request type. */
export type ResponseMap = { [T in RequestType]: ResultOf<Requests[T]> };

export type SapaRequestInput<T extends RequestType = RequestType> = {
  sapa: typeof PROTOCOL_VERSION;
  type: T;
  payload: PayloadInput<T>;
};

export * from './wire';
export { MAX_TEXT_CHARS } from './fields';
export type { DraftSummary, RestorableDraft } from '@/lib/drafts/requests';
export type { TemplateView } from '@/lib/library/requests';
export { PANEL_SETTING_KEYS, type PanelSettings } from '@/lib/panel/requests';
export { DASHBOARD_SECTIONS, type DashboardSection } from '@/lib/dashboard/requests';
