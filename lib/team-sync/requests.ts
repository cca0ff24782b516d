/** Team sync's requests: the dashboard only (team servers and credentials). */
import { z } from 'zod';
import { defineRequest } from '@/lib/messaging/define';
import { MAX_NAME_CHARS, MAX_URL_CHARS, noPayload } from '@/lib/messaging/fields';
import type { TeamSyncError, TeamSyncStatus } from './status';
import { checkServerUrl } from './server-url';

/**
 * A server address: http(s), no credentials, query or fragment in it (they go elsewhere). Plain
 * `http://` to another computer passes this schema and is refused by the handler with its own
 * message (server-url.ts).
 */
const serverUrl = () =>
  z
    .string()
    .trim()
    .max(MAX_URL_CHARS)
    .refine((value) => {
      const checked = checkServerUrl(value);
      return checked.ok || checked.problem === 'insecure';
    }, 'not an http(s) address without credentials');

export const teamSyncRequests = {
  'sync.status': defineRequest<TeamSyncStatus>()('dashboard', noPayload),
  /** Connect to a team database; the password goes to the background and never comes back. */
  'sync.configure': defineRequest<{
    connected: boolean;
    status: TeamSyncStatus;
    error?: TeamSyncError;
  }>()('dashboard', () =>
    z
      .object({
        url: serverUrl(),
        database: z
          .string()
          .trim()
          .max(238)
          .regex(/^[a-z][a-z0-9_$()+/-]*$/, 'not a CouchDB database name'),
        username: z.string().trim().max(MAX_NAME_CHARS).optional(),
        password: z.string().max(1_000).optional(),
      })
      .strict(),
  ),
  'sync.disconnect': defineRequest<TeamSyncStatus>()('dashboard', noPayload),
  'sync.now': defineRequest<TeamSyncStatus>()('dashboard', noPayload),
};
