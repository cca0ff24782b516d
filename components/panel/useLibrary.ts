import { useEffect, useState } from 'react';
import type { SapaClient, SapaError } from '@/lib/messaging';
import type { LibraryData } from './shared';

const EMPTY_LIBRARY: LibraryData = {
  brandKit: null,
  checklistSettings: null,
  xPremium: false,
  welcomePending: false,
};

/**
 * The brand kit, checklist settings and X Premium setting, loaded on mount and again whenever
 * the person switches tab (cheap, and picks up edits made in the dashboard meanwhile).
 */
export function useLibrary(client: SapaClient, refreshKey: string, fail: (e: SapaError) => void) {
  const [library, setLibrary] = useState<LibraryData>(EMPTY_LIBRARY);
  useEffect(() => {
    let current = true;
    void Promise.all([
      client.request('brandKit.get'),
      client.request('checklistSettings.get'),
      client.request('settings.get'),
    ]).then(([brand, checklist, settings]) => {
      if (!current) return;
      const failed = [brand, checklist, settings].find((r) => !r.ok);
      if (failed && !failed.ok) fail(failed.error);
      // A part that failed keeps what it had, so one error does not blank the others.
      setLibrary((prev) => ({
        brandKit: brand.ok ? brand.data : prev.brandKit,
        checklistSettings: checklist.ok ? checklist.data : prev.checklistSettings,
        xPremium: settings.ok ? settings.data.xPremium : prev.xPremium,
        welcomePending: settings.ok ? settings.data.welcomePending : prev.welcomePending,
      }));
    });
    return () => {
      current = false;
    };
  }, [client, refreshKey, fail]);
  return library;
}
