import type { Handlers } from '@/lib/messaging/define';
import { sapaError, SapaRequestError } from '@/lib/messaging/errors';
import { checkServerUrl } from './server-url';
import type { teamSyncRequests } from './requests';
import type { TeamSync } from './service';

export type TeamSyncControls = Pick<TeamSync, 'status' | 'configure' | 'disconnect' | 'syncNow'>;

/** The dashboard's team sync requests, answered by the service (absent in some tests). */
export function teamSyncHandlers(service?: TeamSyncControls): Handlers<typeof teamSyncRequests> {
  const sync = () => {
    if (!service) throw new Error('team sync is not available in this background');
    return service;
  };
  return {
    'sync.status': () => sync().status(),
    'sync.configure': async (p) => {
      // Before anything is opened: the first request to the server would carry the password.
      if (!checkServerUrl(p.url).ok)
        throw new SapaRequestError(
          sapaError('invalid', { key: 'sync.couch.insecureUrl', detail: `refused ${p.url}` }),
        );
      return sync().configure(p);
    },
    'sync.disconnect': () => sync().disconnect(),
    'sync.now': () => sync().syncNow(),
  };
}
