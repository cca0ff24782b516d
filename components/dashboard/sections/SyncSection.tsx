import { ConflictLogPanel } from './sync/ConflictLogPanel';
import { SubscriptionsPanel } from './sync/SubscriptionsPanel';
import { TeamSyncPanel } from './sync/TeamSyncPanel';

/**
 * Team sync: the library shared with the team through CouchDB, libraries the team subscribes to
 * by link, and the versions that lost a conflict.
 */
export function SyncSection() {
  return (
    <>
      <TeamSyncPanel />
      <SubscriptionsPanel />
      <ConflictLogPanel />
    </>
  );
}
