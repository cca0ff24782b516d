/** The part of `navigator.storage` Sapa uses; passed in so this runs (and is tested) anywhere. */
export interface StorageManagerLike {
  persisted?: () => Promise<boolean>;
  persist?: () => Promise<boolean>;
  estimate?: () => Promise<{ usage?: number; quota?: number }>;
}

export type PersistResult =
  | { state: 'persisted' } // already persistent, or just granted
  | { state: 'denied' } // the browser said no; data may be evicted under pressure
  | { state: 'unsupported' }; // no storage manager (or it threw)

/** Asks the browser to keep Sapa's data under storage pressure. Never throws. */
export async function requestPersistentStorage(
  storage: StorageManagerLike | undefined,
): Promise<PersistResult> {
  if (!storage?.persist) return { state: 'unsupported' };
  try {
    if (storage.persisted && (await storage.persisted())) return { state: 'persisted' };
    return (await storage.persist()) ? { state: 'persisted' } : { state: 'denied' };
  } catch {
    return { state: 'unsupported' };
  }
}

/** Usage and quota in bytes when the browser reports them. */
export async function storageEstimate(
  storage: StorageManagerLike | undefined,
): Promise<{ usage: number; quota: number } | undefined> {
  try {
    const e = await storage?.estimate?.();
    return e && typeof e.usage === 'number' && typeof e.quota === 'number'
      ? { usage: e.usage, quota: e.quota }
      : undefined;
  } catch {
    return undefined;
  }
}
